/**
 * Links back to a passage (the Markdown export's "open passage", the overlay's "copy link"): the
 * page URL with a WICG text fragment (`#:~:text=`) that Chromium resolves to the passage, as its
 * matcher demands (https://wicg.github.io/scroll-to-text-fragment/#find-a-range-from-a-text-directive):
 *
 * - every term must lie within one block: a passage that spans blocks is always written
 *   `start,end`, `start` from its first block and `end` from its last;
 * - a term is matched only at word boundaries as ICU finds them (`Intl.Segmenter` uses the same
 *   rules; for Chinese, dictionary words): `start` must begin on one unless a `prefix-` term comes
 *   before it, the matched text must end on one unless a `-suffix` term follows, and in the
 *   `start,end` form `start` must end on one and `end` begin on one. A passage cut mid-word
 *   (合作 → 作) is therefore anchored by the context around it: the `prefix-` begins on a word
 *   boundary of the text before the passage and runs up to it, the `-suffix` runs on from it
 *   to a word boundary;
 * - Chromium takes the first match in the page, and a passage may well occur more than once (条约,
 *   "the Treaty", a phrase that is also in the title), so whenever its context is known the
 *   directive carries it: a `prefix-` of whole words (at least 12 characters besides spaces, or 6
 *   Chinese characters, when the block has them) and a `-suffix` likewise. Copies of a document share its fingerprint and so
 *   its text, so the context holds on every copy;
 * - terms are percent-encoded, `-`, `,` and `&` included (the syntax reserves them), and so are
 *   `(` and `)`, so that the URL can stand in a Markdown link.
 *
 * Context comes from the passage's TextQuoteSelector (its `prefix` and `suffix`, cut at the block
 * boundaries they contain; where the stored context was cut short, its cut edge is not taken for
 * a word boundary). Without it, the passage's edges are taken to be word boundaries, which holds
 * for a selection made by whole words, and the link leads to the passage's first occurrence.
 */
import { QUOTE_CONTEXT } from './types';

/** A passage with the document text around it, as a TextQuoteSelector stores it. */
export interface PassageQuote {
  /** The passage; "\n" separates blocks. */
  exact: string;
  /** Document text right before the passage (only the part after its last "\n" is used). */
  prefix?: string;
  /** Document text right after the passage (only the part before its first "\n" is used). */
  suffix?: string;
}

/** The terms of a text directive, unencoded: `prefix-,start,end,-suffix` with the optional parts null. */
export interface TextDirectiveTerms {
  prefix: string | null;
  start: string;
  end: string | null;
  suffix: string | null;
}

/** A passage up to this many characters (on one block) is written whole. */
const WHOLE = 60;
/** The `start` and `end` terms of a longer passage hold at least this many characters. */
const TERM = 20;
/** A context term weighs at least this much (see `weight`), when the block has that much. */
const CONTEXT = 12;

/**
 * The terms of the text directive for a passage, or null when the passage holds no text.
 * `language` is the document's (BCP 47), for word boundaries.
 */
export function directiveTerms(passage: string | PassageQuote, language: string): TextDirectiveTerms | null {
  const quote = typeof passage === 'string' ? { exact: passage } : passage;
  const lines = quote.exact.split(/\r\n|[\n\r\u2028\u2029]/).map(collapse).filter(Boolean);
  if (lines.length === 0) return null;
  const before = collapseEdge(lastLine(quote.prefix ?? ''), 'start');
  const after = collapseEdge(firstLine(quote.suffix ?? ''), 'end');
  const body = lines.join('\n');
  const full = before + body + after;
  const a = before.length;
  const b = a + body.length;
  const bounds = new Boundaries(full, language);
  const first = lines[0]!;
  const last = lines[lines.length - 1]!;
  // Stored context stops after QUOTE_CONTEXT characters, often mid-word: that edge is no boundary.
  const cutBefore = !/[\n\r\u2028\u2029]/.test(quote.prefix ?? '') && (quote.prefix ?? '').length >= QUOTE_CONTEXT - 1;
  const cutAfter = !/[\n\r\u2028\u2029]/.test(quote.suffix ?? '') && (quote.suffix ?? '').length >= QUOTE_CONTEXT - 1;
  const prefix = before ? prefixTerm(full, a, bounds, cutBefore) : null;
  const suffix = after ? suffixTerm(full, b, bounds, cutAfter) : null;

  let start: string;
  let end: string | null = null;
  if (lines.length === 1 && first.length <= WHOLE) {
    start = first;
  } else {
    const firstEnd = a + first.length;
    const lastStart = b - last.length;
    // The start term: the first words of the first block, at least TERM characters, ending on a boundary.
    let e = firstEnd;
    for (let at = bounds.atOrAfter(a + TERM); at <= firstEnd; at = bounds.after(at)) {
      if (!isSpace(full[at - 1])) {
        e = at;
        break;
      }
    }
    // The end term: the last words of the last block, at least TERM characters, starting on a boundary.
    let s = lastStart;
    for (let at = bounds.atOrBefore(b - TERM); at >= lastStart; at = bounds.before(at)) {
      if (!isSpace(full[at])) {
        s = at;
        break;
      }
    }
    if (lines.length === 1 && e >= s) {
      start = first;
    } else {
      // Chromium ends the match at the end term's first occurrence after the start term: lengthen
      // the end term leftwards until that occurrence is the passage's own end.
      for (;;) {
        const found = firstOccurrence(full, full.slice(s, b), e, bounds, suffix === null);
        if (s <= lastStart || found === -1 || found >= s) break;
        let at = bounds.before(s);
        while (at >= lastStart && isSpace(full[at])) at = bounds.before(at);
        s = at >= lastStart ? at : lastStart;
      }
      start = full.slice(a, e);
      end = full.slice(s, b);
    }
  }

  return { prefix, start, end, suffix };
}

/** The text directive (the part after `#:~:text=`) for a passage, percent-encoded; "" for an empty passage. */
export function textDirectiveFor(passage: string | PassageQuote, language: string): string {
  const terms = directiveTerms(passage, language);
  if (!terms) return '';
  const parts = [
    terms.prefix !== null ? `${encodeTerm(terms.prefix)}-` : null,
    encodeTerm(terms.start),
    terms.end !== null ? encodeTerm(terms.end) : null,
    terms.suffix !== null ? `-${encodeTerm(terms.suffix)}` : null,
  ];
  return parts.filter((p) => p !== null).join(',');
}

/**
 * The page URL with a text fragment leading to the passage (any fragment the URL had is
 * replaced). `passage` is the passage's text, or its TextQuoteSelector, whose context then goes
 * into the directive (see the module comment). Returns the URL without a fragment when the passage
 * holds no text.
 */
export function passageLink(url: string, passage: string | PassageQuote, language: string): string {
  const page = url.split('#')[0]!;
  const directive = textDirectiveFor(passage, language);
  return directive ? `${page}#:~:text=${directive}` : page;
}

/**
 * Percent-encodes a term: encodeURIComponent (which takes care of `,` and `&`), then `-`, which
 * the syntax reserves too, and parentheses, so that the URL can stand in a Markdown link.
 */
export function encodeTerm(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/\(/g, '%28').replace(/\)/g, '%29');
}

/**
 * The word boundaries of a text (ICU's, as `Intl.Segmenter` finds them; 0 and the text's length
 * are boundaries), asked for one at a time: segmenting a whole passage with its context costs far
 * more (dictionary segmentation of Chinese) than the few boundaries a directive needs.
 */
export class Boundaries {
  private readonly segments: Intl.Segments;
  private readonly length: number;

  constructor(text: string, language: string) {
    this.segments = segmenter(language).segment(text);
    this.length = text.length;
  }

  /** The first boundary after `at` (the text's length + 1 when there is none). */
  after(at: number): number {
    if (at >= this.length) return this.length + 1;
    if (at < 0) return 0;
    const segment = this.segments.containing(at)!;
    return segment.index + segment.segment.length;
  }

  /** The first boundary at or after `at`. */
  atOrAfter(at: number): number {
    return at <= 0 ? 0 : this.after(at - 1);
  }

  /** The last boundary before `at` (-1 when there is none). */
  before(at: number): number {
    if (at <= 0) return -1;
    if (at > this.length) return this.length;
    return this.segments.containing(at - 1)!.index;
  }

  /** The last boundary at or before `at`. */
  atOrBefore(at: number): number {
    return at >= this.length ? this.length : this.before(at + 1);
  }

  has(at: number): boolean {
    return at >= 0 && at <= this.length && this.atOrBefore(at) === at;
  }
}

/**
 * The prefix term: from a word boundary before `a` up to `a`, at least CONTEXT characters when
 * there are. `cut`: the text's start is where stored context was cut short, no boundary.
 */
function prefixTerm(full: string, a: number, bounds: Boundaries, cut: boolean): string | null {
  const lowest = cut ? 1 : 0;
  // The latest boundary that gives the term its weight, not at a space…
  let chosen = bounds.atOrBefore(weighedFrom(full, a, -1));
  while (chosen >= lowest && isSpace(full[chosen])) chosen = bounds.before(chosen);
  if (chosen < lowest) {
    // …or, when the context is too light for that, the earliest one.
    chosen = bounds.atOrAfter(lowest);
    while (chosen < a && isSpace(full[chosen])) chosen = bounds.after(chosen);
    if (chosen >= a) return null;
  }
  const term = full.slice(chosen, a).trimEnd();
  return term || null;
}

/**
 * The suffix term: from `b` up to a word boundary after it, at least CONTEXT characters when
 * there are. `cut`: the text's end is where stored context was cut short, no boundary.
 */
function suffixTerm(full: string, b: number, bounds: Boundaries, cut: boolean): string | null {
  const highest = full.length - (cut ? 1 : 0);
  // The earliest boundary that gives the term its weight, not after a space…
  let chosen = bounds.atOrAfter(weighedFrom(full, b, 1));
  while (chosen <= highest && isSpace(full[chosen - 1])) chosen = bounds.after(chosen);
  if (chosen > highest) {
    // …or, when the context is too light for that, the latest one.
    chosen = bounds.atOrBefore(highest);
    while (chosen > b && isSpace(full[chosen - 1])) chosen = bounds.before(chosen);
    if (chosen <= b) return null;
  }
  const term = full.slice(b, chosen).trimStart();
  return term || null;
}

/**
 * How far from `from` a context term must reach, going `direction`, to weigh CONTEXT: the
 * position (in UTF-16 units), or one past the text's edge (-1 or its length + 1) when it cannot.
 */
function weighedFrom(full: string, from: number, direction: -1 | 1): number {
  let w = 0;
  let at = from;
  while (w < CONTEXT) {
    if (direction < 0 ? at <= 0 : at >= full.length) return direction < 0 ? -1 : full.length + 1;
    const code = direction < 0 ? full.codePointAt(at - 1 - (isLowSurrogate(full, at - 1) && at >= 2 ? 1 : 0))! : full.codePointAt(at)!;
    const size = code > 0xffff ? 2 : 1;
    at += direction * size;
    w += charWeight(String.fromCodePoint(code));
  }
  return at;
}

function isLowSurrogate(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c >= 0xdc00 && c <= 0xdfff && at > 0 && text.charCodeAt(at - 1) >= 0xd800 && text.charCodeAt(at - 1) <= 0xdbff;
}

/** Where `term` first occurs at or after `from`, starting on a word boundary (and ending on one if asked), or -1. */
function firstOccurrence(text: string, term: string, from: number, bounds: Boundaries, endBounded: boolean): number {
  const lower = text.toLowerCase();
  const needle = term.toLowerCase();
  for (let at = lower.indexOf(needle, from); at !== -1; at = lower.indexOf(needle, at + 1)) {
    if (bounds.has(at) && (!endBounded || bounds.has(at + needle.length))) return at;
  }
  return -1;
}

/** How much a character of a context term tells apart: 1 besides spaces, 2 for Han, kana or Hangul. */
function charWeight(char: string): number {
  return /\s/.test(char) ? 0 : /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(char) ? 2 : 1;
}

/** One word segmenter per language: creating one costs more than segmenting a passage. */
const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(language: string): Intl.Segmenter {
  let s = segmenters.get(language);
  if (!s) {
    try {
      s = new Intl.Segmenter(language || undefined, { granularity: 'word' });
    } catch {
      // Not a well-formed language tag: ICU's root rules still find words in any script.
      s = new Intl.Segmenter(undefined, { granularity: 'word' });
    }
    segmenters.set(language, s);
  }
  return s;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Collapses spaces but keeps one at the edge next to the passage (it tells a word boundary). */
function collapseEdge(text: string, far: 'start' | 'end'): string {
  const collapsed = text.replace(/\s+/g, ' ');
  return far === 'start' ? collapsed.trimStart() : collapsed.trimEnd();
}

function lastLine(text: string): string {
  const parts = text.split(/\r\n|[\n\r\u2028\u2029]/);
  return parts[parts.length - 1]!;
}

function firstLine(text: string): string {
  return text.split(/\r\n|[\n\r\u2028\u2029]/)[0]!;
}

function isSpace(char: string | undefined): boolean {
  return char !== undefined && /\s/.test(char);
}
