/**
 * The baseline for the anchoring figures: the same stored selectors placed the way the
 * Hypothesis client places them (hypothesis/client, BSD-2-Clause:
 * src/annotator/anchoring/html.ts `anchor` and match-quote.ts `matchQuote`), re-implemented here
 * with its rules and constants:
 *
 * - the TextPositionSelector first, accepted when the text at that position is the quote;
 * - otherwise `matchQuote(text, exact, { prefix, suffix, hint: position.start })` over the whole
 *   document text: every exact occurrence (an `indexOf` loop), or, when there is none, every
 *   best approximate match from approx-string-match with at most `min(256, quote.length / 2)`
 *   errors; each candidate scored by 50 × quote similarity + 20 × prefix similarity + 20 ×
 *   suffix similarity + 2 × closeness to the hint (similarities from the same search, with up
 *   to the context's length in errors), normalised by 92; the best score wins, whatever it is.
 *
 * One difference of setting, not of method: Hypothesis searches `root.textContent`; here the
 * text is Clausemark's document text (blocks joined with "\n"), which is what the selectors'
 * offsets and quotes refer to, so both methods get the same text and the same selectors.
 */
import approxSearch from 'approx-string-match';
import type { AnnotationTarget, TextPositionSelector, TextQuoteSelector } from '../lib/anchoring/types';

/** A place in the text with Hypothesis's score for it (0–1). */
export interface QuoteMatch {
  start: number;
  end: number;
  score: number;
}

/** What `matchQuote` weighs candidates with. */
export interface QuoteContext {
  prefix?: string;
  suffix?: string;
  /** Where the quote is expected to start. */
  hint?: number;
}

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const MAX_SCORE = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

/** Every exact occurrence of `pattern` (overlapping ones too), else approx-string-match's best matches. */
function candidates(text: string, pattern: string, maxErrors: number): Candidate[] {
  const exact: Candidate[] = [];
  for (let at = text.indexOf(pattern); at !== -1; at = text.indexOf(pattern, at + 1)) {
    exact.push({ start: at, end: at + pattern.length, errors: 0 });
  }
  return exact.length ? exact : approxSearch(text, pattern, maxErrors);
}

/** How alike `pattern` is to the best place for it in `text`: 1 − errors / length; 0 when either is empty. */
function similarity(text: string, pattern: string): number {
  if (!pattern || !text) return 0;
  // With as many errors allowed as the pattern has characters there is always a match.
  const best = candidates(text, pattern, pattern.length)[0]!;
  return 1 - best.errors / pattern.length;
}

/**
 * The best place for `quote` in `text` by Hypothesis's scoring, or null when approximate search
 * finds nothing within `min(256, quote.length / 2)` errors (or the quote is empty).
 */
export function matchQuote(text: string, quote: string, context: QuoteContext = {}): QuoteMatch | null {
  if (!quote) return null;
  const found = candidates(text, quote, Math.min(256, quote.length / 2));
  let best: QuoteMatch | null = null;
  for (const c of found) {
    const prefix = context.prefix ? similarity(text.slice(Math.max(0, c.start - context.prefix.length), c.start), context.prefix) : 1;
    const suffix = context.suffix ? similarity(text.slice(c.end, c.end + context.suffix.length), context.suffix) : 1;
    const position = typeof context.hint === 'number' ? 1 - Math.abs(c.start - context.hint) / text.length : 1;
    const score = (QUOTE_WEIGHT * (1 - c.errors / quote.length) + PREFIX_WEIGHT * prefix + SUFFIX_WEIGHT * suffix + POSITION_WEIGHT * position) / MAX_SCORE;
    // Hypothesis sorts by score, highest first, and takes the first: on a tie, the earlier candidate.
    if (!best || score > best.score) best = { start: c.start, end: c.end, score };
  }
  return best;
}

/** Where the Hypothesis way placed a target, and by which selector; null when it could not. */
export type HypothesisAnchor = { start: number; end: number; via: 'position' | 'quote' } | null;

/**
 * Places one stored target as Hypothesis's `anchor(root, selectors)` does: the position
 * selector when the text there is the quote, else `matchQuote` with the position as the hint.
 */
export function anchorHypothesis(text: string, target: AnnotationTarget): HypothesisAnchor {
  const quote = target.selector.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  const position = target.selector.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
  if (position && position.end <= text.length && (!quote || text.slice(position.start, position.end) === quote.exact)) {
    return { start: position.start, end: position.end, via: 'position' };
  }
  if (!quote) return null;
  const match = matchQuote(text, quote.exact, { prefix: quote.prefix, suffix: quote.suffix, hint: position?.start });
  return match && { start: match.start, end: match.end, via: 'quote' };
}
