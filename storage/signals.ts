/**
 * Small signals between the background and the pages, kept in extension storage so that
 * content scripts and the side panel hear them without holding a connection open.
 */
import { storage } from 'wxt/utils/storage';
import type { PlacementsReport } from '../messaging/annotations';

/** Bumped whenever a document's annotations change: pages showing it reload them. */
export const annotationsChangedSignal = storage.defineItem<{ documentId: string; at: number } | null>('local:annotationsChanged', {
  fallback: null,
});

/** The latest placement report of the page in a tab (session storage: gone when the browser closes). */
export function placementsItem(tabId: number) {
  return storage.defineItem<PlacementsReport | null>(`session:placements-${tabId}`, { fallback: null });
}
