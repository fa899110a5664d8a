/**
 * Finding a quoted passage in a text: exactly, or approximately within an edit budget, with the
 * candidates weighed by how well their context agrees with the stored prefix and suffix, whether
 * they lie where the passage is expected (its clause) and how far they are from the expected
 * position. Pure string functions, no DOM; `anchor.ts` decides which to call in what order.
 *
 * Approximate search is Myers' bit-parallel algorithm (Myers 1999, in the block form of Hyyrö
 * 2003): the edit-distance matrix of the pattern against the text is advanced one text
 * character at a time as bit vectors of vertical differences, 32 pattern characters per word.
 * Costs, for a pattern of m characters with budget k and a text of n characters:
 *
 * - `findExact`: one `indexOf` scan of the text, O(n), plus O(64) per occurrence to weigh it;
 * - `findApproximate` in text[from, to) (a window, or the whole text): the pigeonhole filter — a
 *   match with at most k errors keeps one of k + 1 disjoint pieces of the pattern intact — so
 *   k + 1 `indexOf` scans of the span, then the Myers scan, O(⌈m/32⌉) word operations per
 *   character, only over the windows of m + 2k characters around each hit (at most
 *   `MAX_PIECE_HITS` per piece, so at most (k + 1) · 64 windows, overlapping ones merged), and one
 *   backward scan of O((m + k) · ⌈m/32⌉) per cluster of end positions to place the start.
 *   Nothing is quadratic in n.
 *
 * What is accepted (the verification): an approximate match needs at most `errorBudget(m)` errors
 * and context that agrees on both sides; an exact match needs no context when the quote is at least
 * `DISTINCTIVE_LENGTH` characters, context on one side when it is at least `CONTEXTUAL_LENGTH`, and
 * context on both sides when it is shorter. A side agrees when the `SIDE_AGREEMENT` (16)
 * characters nearest the match are the stored ones — `REGION_SIDE_AGREEMENT` (8) inside the clause
 * the passage was stored in; fewer where the stored context or the text is shorter — or when all
 * the stored context up to and including the nearest paragraph boundary is (the paragraph before
 * may have been edited, or a new one inserted). Wherever context is needed, at least that many
 * (16, or 8) characters of context must agree in all, so that two paragraph boundaries alone
 * never place a passage. The corpus shows why: sentences of 20 characters repeat verbatim
 * ("合作解决《公约》实施过程中遇到的任何问题"), a whole line repeats ("为此，双方商定落实以下任务："),
 * and the 5 or 6 characters around a sentence boundary ("。\n双方强调") agree by chance.
 */

/** A stored quote: the passage and its context (a TextQuoteSelector without its type). */
export interface Quote {
  exact: string;
  prefix: string;
  suffix: string;
}

/** Where the passage is expected, to weigh candidates. */
export interface QuoteHints {
  /** Expected start offset in the text, or null when nothing suggests one. */
  expected: number | null;
  /** The span the passage is expected to lie in (its clause), or null. */
  region: { start: number; end: number } | null;
}

/** One place a quote was found, weighed. */
export interface QuoteMatch {
  /** [start, end) in the text. */
  start: number;
  end: number;
  /** Edit distance between the quote and text[start, end); 0 for exact matches. */
  errors: number;
  /** How many characters of the stored prefix (from its end) and suffix (from its start) agree. */
  prefixAgreement: number;
  suffixAgreement: number;
  /** Whether it lies inside `QuoteHints.region`. */
  inRegion: boolean;
  /** Higher is better: agreeing context, the region, closeness, fewer errors (see `scoreOf`). */
  score: number;
}

/** An approximate occurrence of a pattern before it is weighed. */
export interface ApproximateMatch {
  start: number;
  end: number;
  errors: number;
}

/** Error budget: 20% of the quote… */
export const MAX_ERROR_RATE = 0.2;
/**
 * …and never more than 32 edits. A passage that differs from what was stored by more than a
 * clause's worth of text (32 characters is a whole clause in Chinese, several words elsewhere)
 * is no longer "the same passage, changed": showing it as such would put a note on text the
 * user never read. Such a passage becomes an orphan, which is listed and can be re-attached.
 * The cap also bounds the pigeonhole filter to 33 pieces.
 */
export const MAX_ERRORS = 32;
/** Quotes at least this long are found without context (nothing this long repeats by chance). */
export const DISTINCTIVE_LENGTH = 32;
/** Quotes at least this long need context on one side; shorter ones on both. */
export const CONTEXTUAL_LENGTH = 16;
/** Characters nearest a match that must agree with the stored context for a side to count. */
export const SIDE_AGREEMENT = 16;
/**
 * The same inside the expected region (the clause the passage was stored in): there, the clause
 * already says where the passage is, and the context only has to tell its occurrences apart, so
 * an edit a few words away does not orphan a short highlight.
 */
export const REGION_SIDE_AGREEMENT = 8;
/** A piece of the pattern that occurs more often than this says nothing about where to look. */
export const MAX_PIECE_HITS = 64;

const REGION_BONUS = 24;
const POSITION_WEIGHT = 8;
const POSITION_SCALE = 2048;
const ERROR_WEIGHT = 2;

/** How many edits a quote of `length` characters may have and still be found: ⌊20%⌋, at most 32. */
export function errorBudget(length: number): number {
  return Math.min(MAX_ERRORS, Math.floor(length * MAX_ERROR_RATE));
}

/**
 * The best acceptable exact occurrence of the quote in `text`, or null. Every occurrence is
 * weighed, so a passage that repeats is placed by its context and position, not on its first
 * occurrence.
 */
export function findExact(text: string, quote: Quote, hints: QuoteHints): QuoteMatch | null {
  const { exact } = quote;
  if (!exact) return null;
  let best: QuoteMatch | null = null;
  for (let i = text.indexOf(exact); i !== -1; i = text.indexOf(exact, i + 1)) {
    const match = weigh(text, quote, hints, i, i + exact.length, 0);
    if (accepts(text, quote, match) && (!best || match.score > best.score)) best = match;
  }
  return best;
}

/**
 * The best acceptable approximate occurrence of the quote whose span lies in text[from, to),
 * or null. Only the windows around exact hits of the k + 1 pieces of the quote are scanned
 * (the pigeonhole filter: a match with at most k errors keeps one piece intact); a piece with
 * more than `MAX_PIECE_HITS` hits is skipped, so a match whose only intact piece is that common
 * can be missed — it has errors in every other piece. Work: k + 1 `indexOf` scans of
 * text[from, to), then O((m + 2k) · ⌈m/32⌉) per hit, with overlapping windows scanned once.
 */
export function findApproximate(text: string, quote: Quote, hints: QuoteHints, from = 0, to = text.length): QuoteMatch | null {
  const m = quote.exact.length;
  const budget = errorBudget(m);
  from = Math.max(0, from);
  to = Math.min(text.length, to);
  if (budget === 0 || to - from < m - budget) return null;
  const windows: Array<[number, number]> = [];
  const pieces = budget + 1;
  // Searched as its own string, so that a piece that is not there costs the span, not the rest of the text.
  const span = from === 0 && to === text.length ? text : text.slice(from, to);
  for (let p = 0; p < pieces; p++) {
    const offset = Math.floor((p * m) / pieces);
    const piece = quote.exact.slice(offset, Math.floor(((p + 1) * m) / pieces));
    const hits: Array<[number, number]> = [];
    for (let i = span.indexOf(piece); i !== -1; i = span.indexOf(piece, i + 1)) {
      if (hits.length === MAX_PIECE_HITS) {
        hits.length = 0;
        break;
      }
      hits.push([Math.max(from, from + i - offset - budget), Math.min(to, from + i - offset + m + budget)]);
    }
    windows.push(...hits);
  }
  if (!windows.length) return null;
  windows.sort((a, b) => a[0] - b[0]);
  const pattern = compilePattern(quote.exact);
  const found: ApproximateMatch[] = [];
  let [start, end] = windows[0]!;
  for (const [next, last] of windows.slice(1)) {
    if (next <= end) end = Math.max(end, last);
    else {
      found.push(...approximateMatches(text, pattern, budget, start, end, quote));
      [start, end] = [next, last];
    }
  }
  found.push(...approximateMatches(text, pattern, budget, start, end, quote));
  return bestOf(text, quote, hints, found);
}

/**
 * How many characters of context agree: the stored prefix from its end against the text before
 * `start`, the stored suffix from its start against the text after `end`.
 */
export function contextAgreement(text: string, start: number, end: number, quote: Quote): { prefix: number; suffix: number } {
  return { prefix: prefixAgreement(text, start, quote.prefix), suffix: suffixAgreement(text, end, quote.suffix) };
}

function prefixAgreement(text: string, start: number, prefix: string): number {
  let n = 0;
  while (n < prefix.length && start - n > 0 && text.charCodeAt(start - n - 1) === prefix.charCodeAt(prefix.length - n - 1)) n++;
  return n;
}

function suffixAgreement(text: string, end: number, suffix: string): number {
  let n = 0;
  while (n < suffix.length && end + n < text.length && text.charCodeAt(end + n) === suffix.charCodeAt(n)) n++;
  return n;
}

/**
 * How many characters of agreement a side needs: `SIDE_AGREEMENT`, or all of the stored context
 * when it is shorter, or all the text there is on that side (a copy may start or end elsewhere).
 */
export function requiredAgreement(
  text: string, start: number, end: number, quote: Quote, side: number = SIDE_AGREEMENT,
): { prefix: number; suffix: number } {
  return {
    prefix: Math.min(side, quote.prefix.length, start),
    suffix: Math.min(side, quote.suffix.length, text.length - end),
  };
}

/** A pattern compiled for the bit-parallel scan: per distinct character, its positions as bits. */
export interface Pattern {
  text: string;
  /** Number of 32-bit words per character's bits. */
  words: number;
  /** The pattern's distinct characters (UTF-16 code units); character r owns row r of `bits`. */
  chars: Uint16Array;
  /** Row r, word w is `bits[r * words + w]`: bit i of word w set where the pattern has chars[r] at 32w + i. */
  bits: Int32Array;
}

/**
 * Row (plus one) of each UTF-16 code unit in the pattern being compiled or scanned, 0 for the
 * rest: an array lookup per text character instead of a Map's. Bound to one pattern at a time and
 * cleared after, so no state survives a call.
 */
const ROWS = new Uint16Array(0x10000);

/** Compiles a pattern (UTF-16 code units) for `approximateEnds` and `editDistance`. */
export function compilePattern(pattern: string): Pattern {
  const words = Math.max(1, Math.ceil(pattern.length / 32));
  const distinct: number[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charCodeAt(i);
    if (ROWS[c] === 0) ROWS[c] = distinct.push(c);
  }
  const bits = new Int32Array(distinct.length * words);
  for (let i = 0; i < pattern.length; i++) bits[(ROWS[pattern.charCodeAt(i)]! - 1) * words + (i >> 5)]! |= 1 << (i & 31);
  for (const c of distinct) ROWS[c] = 0;
  return { text: pattern, words, chars: Uint16Array.from(distinct), bits };
}

/**
 * Levenshtein distance between `a` and `b`, by the same bit-parallel scan (anchored at both
 * ends). O(|b| · ⌈|a|/32⌉).
 */
export function editDistance(a: string, b: string): number {
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  const scores = new Int32Array(b.length);
  scan(compilePattern(a), b, 0, b.length, 1, true, scores);
  return scores[b.length - 1]!;
}

/**
 * For every end position e in (from, to], the least edit distance between the pattern and a
 * substring of `text` ending at e that starts at or after `from`: `result[e − from − 1]`.
 */
export function approximateEnds(text: string, pattern: Pattern, from: number, to: number): Int32Array {
  const scores = new Int32Array(Math.max(0, to - from));
  scan(pattern, text, from, to, 1, false, scores);
  return scores;
}

/**
 * Approximate occurrences of the pattern in text[from, to) with at most `maxErrors` errors, one
 * per cluster of end positions within the budget. Within a cluster the end, and then the start,
 * is the one with the most agreeing context (`quote`'s suffix, then prefix) less `ERROR_WEIGHT`
 * per error, so that an edit at a passage's edge does not pull the match into its context: three
 * substitutions at the start that swallow the context lose to one four-character insertion with
 * the context intact. Without a quote, the fewest errors win.
 */
export function approximateMatches(
  text: string, pattern: Pattern, maxErrors: number, from: number, to: number, quote?: Quote,
): ApproximateMatch[] {
  from = Math.max(0, from);
  to = Math.min(text.length, to);
  const m = pattern.text.length;
  if (m === 0 || to <= from) return [];
  const ends = approximateEnds(text, pattern, from, to);
  const matches: ApproximateMatch[] = [];
  let reversed: Pattern | null = null;
  for (let i = 0; i < ends.length; i++) {
    if (ends[i]! > maxErrors) continue;
    let j = i;
    while (j + 1 < ends.length && ends[j + 1]! <= maxErrors) j++;
    let end = -1;
    let best = -Infinity;
    for (let e = i; e <= j; e++) {
      const at = from + e + 1;
      const worth = (quote ? suffixAgreement(text, at, quote.suffix) : 0) - ERROR_WEIGHT * ends[e]!;
      if (worth > best) [end, best] = [at, worth];
    }
    // Reversed by code units, the way `scan` reads the text.
    reversed ??= compilePattern(pattern.text.split('').reverse().join(''));
    const match = startOf(text, pattern, reversed, from, end, maxErrors, quote);
    if (match) matches.push(match);
    i = j;
  }
  return matches;
}

/** Where a match ending at `end` best starts (see `approximateMatches`), scanning backwards. */
function startOf(
  text: string, pattern: Pattern, reversed: Pattern, from: number, end: number, maxErrors: number, quote?: Quote,
): ApproximateMatch | null {
  const m = pattern.text.length;
  const lowest = Math.max(from, end - m - maxErrors);
  const scores = new Int32Array(end - lowest);
  scan(reversed, text, lowest, end, -1, true, scores);
  let match: ApproximateMatch | null = null;
  let best = -Infinity;
  for (let i = 0; i < scores.length; i++) {
    const errors = scores[i]!;
    if (errors > maxErrors) continue;
    const start = end - i - 1;
    const worth = (quote ? prefixAgreement(text, start, quote.prefix) : 0) - ERROR_WEIGHT * errors;
    const better = worth > best || (worth === best && match !== null
      && (errors < match.errors || (errors === match.errors && Math.abs(end - start - m) < Math.abs(match.end - match.start - m))));
    if (better) [match, best] = [{ start, end, errors }, worth];
  }
  return match;
}

/**
 * Myers' algorithm, one text character (column) at a time, from `from` up (dir 1) or from
 * `to − 1` down (dir −1). Writes the last row of the matrix after each column into `out`.
 * `anchored`: the match must start at the first column scanned (row 0 grows by one per column);
 * otherwise it may start anywhere (row 0 is all zeros).
 */
function scan(pattern: Pattern, text: string, from: number, to: number, dir: 1 | -1, anchored: boolean, out: Int32Array): void {
  const { chars } = pattern;
  for (let r = 0; r < chars.length; r++) ROWS[chars[r]!] = r + 1;
  try {
    if (pattern.words === 1) scanOneWord(pattern, text, from, to, dir, anchored, out);
    else scanWords(pattern, text, from, to, dir, anchored, out);
  } finally {
    for (let r = 0; r < chars.length; r++) ROWS[chars[r]!] = 0;
  }
}

/** `scan` for patterns of up to 32 characters, with the state in locals (the common case). */
function scanOneWord(pattern: Pattern, text: string, from: number, to: number, dir: 1 | -1, anchored: boolean, out: Int32Array): void {
  const high = 1 << ((pattern.text.length - 1) & 31);
  const { bits } = pattern;
  const carry = anchored ? 1 : 0;
  let pv = -1;
  let mv = 0;
  let score = pattern.text.length;
  const count = to - from;
  for (let n = 0; n < count; n++) {
    const row = ROWS[text.charCodeAt(dir === 1 ? from + n : to - 1 - n)]!;
    const eq = row === 0 ? 0 : bits[row - 1]!;
    const xv = eq | mv;
    const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    const mh = (pv & xh) << 1;
    if (ph & high) score++;
    else if ((pv & xh) & high) score--;
    ph = (ph << 1) | carry;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
    out[n] = score;
  }
}

/** `scan` for longer patterns: Hyyrö's blocks of 32 rows, linked by the horizontal difference. */
function scanWords(pattern: Pattern, text: string, from: number, to: number, dir: 1 | -1, anchored: boolean, out: Int32Array): void {
  const { words, bits } = pattern;
  // Vertical differences of the current column, +1 and −1 bits: column 0 is 0, 1, …, m.
  const pv = new Int32Array(words).fill(-1);
  const mv = new Int32Array(words);
  const lastBit = 1 << ((pattern.text.length - 1) & 31);
  let score = pattern.text.length;
  const count = to - from;
  for (let n = 0; n < count; n++) {
    const row = ROWS[text.charCodeAt(dir === 1 ? from + n : to - 1 - n)]!;
    const base = (row - 1) * words;
    // Horizontal difference entering the top of the first word: row 0 of the matrix.
    let hin = anchored ? 1 : 0;
    for (let w = 0; w < words; w++) {
      const high = w === words - 1 ? lastBit : 0x80000000 | 0;
      let eq = row === 0 ? 0 : bits[base + w]!;
      const p = pv[w]!;
      const q = mv[w]!;
      const xv = eq | q;
      if (hin < 0) eq |= 1;
      const xh = ((((eq & p) + p) | 0) ^ p) | eq;
      let ph = q | ~(xh | p);
      let mh = p & xh;
      const hout = ph & high ? 1 : mh & high ? -1 : 0;
      ph <<= 1;
      mh <<= 1;
      if (hin < 0) mh |= 1;
      else if (hin > 0) ph |= 1;
      pv[w] = mh | ~(xv | ph);
      mv[w] = ph & xv;
      hin = hout;
    }
    score += hin;
    out[n] = score;
  }
}

/** Weighs the best acceptable of several approximate matches. */
function bestOf(text: string, quote: Quote, hints: QuoteHints, found: readonly ApproximateMatch[]): QuoteMatch | null {
  let best: QuoteMatch | null = null;
  for (const f of found) {
    const match = weigh(text, quote, hints, f.start, f.end, f.errors);
    if (accepts(text, quote, match) && (!best || match.score > best.score)) best = match;
  }
  return best;
}

function weigh(text: string, quote: Quote, hints: QuoteHints, start: number, end: number, errors: number): QuoteMatch {
  const agreement = contextAgreement(text, start, end, quote);
  const inRegion = !!hints.region && start >= hints.region.start && end <= hints.region.end;
  const match = { start, end, errors, prefixAgreement: agreement.prefix, suffixAgreement: agreement.suffix, inRegion, score: 0 };
  match.score = scoreOf(match, hints);
  return match;
}

/**
 * A match's weight, in characters of evidence: agreeing context (up to 64), 24 for lying in the
 * expected region (the clause: worth most of one side's context, so a passage whose context
 * repeats elsewhere stays in its clause), up to 8 for closeness to the expected position (the
 * tie-breaker), less 2 per error.
 */
function scoreOf(match: Omit<QuoteMatch, 'score'>, hints: QuoteHints): number {
  const closeness = hints.expected === null ? 0 : Math.max(0, 1 - Math.abs(match.start - hints.expected) / POSITION_SCALE);
  return match.prefixAgreement + match.suffixAgreement + (match.inRegion ? REGION_BONUS : 0) + POSITION_WEIGHT * closeness - ERROR_WEIGHT * match.errors;
}

/** The verification rules in the module comment. */
function accepts(text: string, quote: Quote, match: QuoteMatch): boolean {
  const length = quote.exact.length;
  const side = match.inRegion ? REGION_SIDE_AGREEMENT : SIDE_AGREEMENT;
  const required = requiredAgreement(text, match.start, match.end, quote, side);
  const before = match.prefixAgreement >= required.prefix || match.prefixAgreement >= throughBoundary(quote.prefix, 'prefix');
  const after = match.suffixAgreement >= required.suffix || match.suffixAgreement >= throughBoundary(quote.suffix, 'suffix');
  const enough = match.prefixAgreement + match.suffixAgreement >= Math.min(side, required.prefix + required.suffix);
  if (match.errors > 0) return match.errors <= errorBudget(length) && before && after && enough;
  if (length >= DISTINCTIVE_LENGTH) return true;
  if (length >= CONTEXTUAL_LENGTH) return (before || after) && enough;
  return before && after && enough;
}

/**
 * How many characters of stored context reach from the passage through the nearest block
 * boundary ("\n"), or Infinity when the context has none: text beyond a paragraph's end belongs
 * to another paragraph, which may have changed (or been inserted) on its own.
 */
function throughBoundary(context: string, side: 'prefix' | 'suffix'): number {
  const at = side === 'prefix' ? context.lastIndexOf('\n') : context.indexOf('\n');
  if (at === -1) return Infinity;
  return side === 'prefix' ? context.length - at : at + 1;
}
