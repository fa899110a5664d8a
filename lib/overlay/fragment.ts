/**
 * URL text fragments (`#:~:text=`) that lead back to a passage on the page, following the
 * WICG Text Fragments syntax: a short passage whole, a long one as `start,end`.
 */

/** Percent-encodes a text-fragment term, including the characters the syntax reserves (-, &, ,). */
export function encodeFragmentTerm(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

/**
 * The text directive for a passage. Chromium matches the start and end of a directive at word
 * boundaries, so a long passage is cut on word (for Chinese, dictionary word) boundaries.
 */
export function textDirective(passage: string, language: string): string {
  const text = passage.replace(/\s+/g, ' ').trim();
  if (text.length <= 60) return encodeFragmentTerm(text);
  const words = wordEnds(text, language);
  const startEnd = words.find((end) => end >= 20) ?? 20;
  const endStart = [...words].reverse().map((end) => end).find((end) => text.length - end >= 20) ?? text.length - 20;
  if (endStart <= startEnd) return encodeFragmentTerm(text);
  return `${encodeFragmentTerm(text.slice(0, startEnd).trim())},${encodeFragmentTerm(text.slice(endStart).trim())}`;
}

/** The URL of the page with a text fragment for the passage (any existing fragment replaced). */
export function passageUrl(pageUrl: string, passage: string, language: string): string {
  return `${pageUrl.split('#')[0]}#:~:text=${textDirective(passage, language)}`;
}

function wordEnds(text: string, language: string): number[] {
  const ends: number[] = [];
  for (const { index, segment } of new Intl.Segmenter(language, { granularity: 'word' }).segment(text)) {
    ends.push(index + segment.length);
  }
  return ends;
}
