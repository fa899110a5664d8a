/** What the overlay's and the side panel's annotation views share. */
import type { Box } from '../lib/overlay/geometry';
import type { HighlightColour } from '../storage/types';

/** The swatch of each highlight colour (buttons, chips, highlight boxes). */
export const SWATCH: Record<HighlightColour, string> = {
  yellow: '#fde047',
  green: '#86efac',
  blue: '#93c5fd',
  pink: '#f9a8d4',
  purple: '#c4b5fd',
};

/** The tags typed in a tags field: separated by commas (also full-width ，) or 、, trimmed, empty ones dropped. */
export function parseTags(text: string): string[] {
  return text
    .split(/[,，、]/u)
    .map((tag) => tag.trim())
    .filter(Boolean);
}

/** The style of a focusable box laid over a run of the page's text, a pixel larger all round. */
export function boxStyle(box: Box) {
  return { left: `${box.x - 1}px`, top: `${box.y - 1}px`, width: `${box.width + 2}px`, height: `${box.height + 2}px` };
}
