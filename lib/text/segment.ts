/**
 * Sentence segmentation with Intl.Segmenter, and the fix-ups diplomatic text needs: a
 * closing quotation mark after 。 belongs to the sentence it closes (。” ), and an
 * abbreviation such as "Art.", "No." or "п." does not end a sentence.
 */

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(language: string): Intl.Segmenter {
  let s = segmenters.get(language);
  if (!s) {
    s = new Intl.Segmenter(language, { granularity: 'sentence' });
    segmenters.set(language, s);
  }
  return s;
}

// Abbreviations after which a full stop does not end a sentence (compared case-insensitively,
// as the word before the stop).
const ABBREVIATIONS = new Set([
  'art', 'arts', 'no', 'nos', 'para', 'paras', 'p', 'pp', 'cf', 'e.g', 'i.e', 'etc', 'vol', 'mr', 'mrs', 'ms', 'dr',
  'st', 'sec', 'ch', 'res', 'doc', 'ibid', 'op', 'inc', 'ltd', 'co', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
  'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.n', 'ст', 'п', 'пп', 'ч', 'г', 'гг', 'т', 'т.е', 'т.д', 'т.п', 'см', 'им',
  'г-н', 'г-жа', 'н', 'л', 'ред',
]);

const CLOSERS = /^[”’"'»」』）)\]]+/u;

/**
 * The sentences of a clause, as [start, end) offsets in its text; computed when asked for (a
 * sentence segmenter is costly to create, and most pages never need one).
 */
export function clauseSentences(clause: { text: string }, language: string): Array<[number, number]> {
  return splitSentences(clause.text, language);
}

/**
 * Splits text into sentences, returned as [start, end) offsets that cover the text without
 * gaps (trailing spaces stay with the sentence before them).
 */
export function splitSentences(text: string, language: string): Array<[number, number]> {
  if (!text) return [];
  const raw: Array<[number, number]> = [];
  for (const { index, segment } of segmenter(language).segment(text)) raw.push([index, index + segment.length]);

  const merged: Array<[number, number]> = [];
  for (const [start, end] of raw) {
    const previous = merged[merged.length - 1];
    if (previous && shouldJoin(text, previous, start)) previous[1] = end;
    else merged.push([start, end]);
  }

  // A closing quote the segmenter left at the start of the next sentence goes back.
  for (let i = 1; i < merged.length; i++) {
    const [start, end] = merged[i]!;
    const closer = CLOSERS.exec(text.slice(start, end));
    if (closer && /[。！？!?.]\s*$/u.test(text.slice(merged[i - 1]![0], start))) {
      merged[i - 1]![1] = start + closer[0].length;
      merged[i]![0] = start + closer[0].length;
    }
  }
  return merged.filter(([start, end]) => end > start && text.slice(start, end).trim() !== '');
}

function shouldJoin(text: string, previous: [number, number], nextStart: number): boolean {
  const sentence = text.slice(previous[0], nextStart).trimEnd();
  if (!sentence.endsWith('.')) return false;
  const word = /([\p{L}.-]+)\.$/u.exec(sentence)?.[1]?.toLowerCase();
  if (word && ABBREVIATIONS.has(word)) return true;
  // A single capital letter before the stop is an initial ("V. Putin"), not a sentence end.
  if (word && /^\p{Lu}$/u.test(word)) return true;
  // The next sentence starting with a digit or a lower-case letter continues this one.
  return /^\s*[\p{Ll}\d]/u.test(text.slice(nextStart, nextStart + 3));
}
