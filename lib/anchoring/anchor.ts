/**
 * Re-anchoring: placing stored targets on a document (the same page on a later visit, or
 * another copy of the same statement on another site), in layers, cheapest and surest first:
 *
 * 1. the stored place: the clause eId and offsets (else the text position) still hold the quote,
 *    and the context right next to it is not contradicted (see `holds`) → "exact";
 * 2. the exact quote anywhere, every occurrence weighed by context, by lying in the expected
 *    clause and by closeness to the expected position → "moved";
 * 3. an approximate match in a window around the expected position (within its clause, when the
 *    clause is known) → "changed";
 * 4. for quotes of at least `DISTINCTIVE_LENGTH` characters, an approximate match anywhere
 *    (pigeonhole-filtered) → "changed";
 * 5. otherwise → "orphan": never a guess.
 *
 * Every found place passes the verification in match-quote.ts (edit budget, context on the
 * sides a quote of its length needs); an approximate one is verified once more by recomputing
 * its edit distance, which is reported with what changed.
 *
 * Work per target, for a quote of m characters with error budget k ≤ 32 in a document of n:
 * step 1 is O(m); step 2 one `indexOf` scan, O(n), plus O(64) per occurrence; step 3 k + 1
 * `indexOf` scans of a window of at most 3m + 512 characters and the bit-parallel scan of
 * O((m + 2k) · ⌈m/32⌉) around each hit; step 4 the same over the whole text (k + 1 scans of n,
 * at most 64 hits per piece). The document text and the clause index are built
 * once per model and shared by every target (`anchorAll`, or repeated `anchor` calls on the same
 * model and clause array). Most targets on an unchanged page end at step 1.
 */
import type { Clause } from '../analysis/types';
import type { TextModel } from '../text/text-model';
import { clauseAt, clauseIndex, firstClauseIn, type ClauseIndex } from './clause-index';
import { toBlockPoint } from './document-text';
import {
  CONTEXTUAL_LENGTH, DISTINCTIVE_LENGTH, contextAgreement, editDistance, errorBudget, findApproximate, findExact,
  type Quote, type QuoteHints, type QuoteMatch,
} from './match-quote';
import {
  targetProblem, type Anchor, type AnnotationTarget, type ClauseSelector, type PlacedAnchor, type TextChange, type TextPositionSelector,
  type TextQuoteSelector,
} from './types';

/** Characters searched on either side of the expected place, beyond the quote's own length… */
const WINDOW_MARGIN = 256;
/** …but no further than this beyond the clause the passage was stored in, when it is known. */
const REGION_MARGIN = 32;
/** At the stored place, this much agreeing context on a side confirms the quote. */
const STORED_PLACE_AGREEMENT = 4;

/**
 * Places one stored target on the document described by `model` and its `clauses`. Throws a
 * TypeError naming the problem when `target` is not a valid AnnotationTarget.
 */
export function anchor(model: TextModel, clauses: readonly Clause[], target: AnnotationTarget): Anchor {
  check(target);
  return anchorIn(clauseIndex(model, clauses), target);
}

/**
 * Places many stored targets, sharing the document text and clause index between them. Throws
 * (before placing any) when one of them is not a valid AnnotationTarget.
 */
export function anchorAll(model: TextModel, clauses: readonly Clause[], targets: readonly AnnotationTarget[]): Anchor[] {
  targets.forEach(check);
  const index = clauseIndex(model, clauses);
  return targets.map((target) => anchorIn(index, target));
}

function check(target: AnnotationTarget): void {
  const problem = targetProblem(target);
  if (problem) throw new TypeError(`invalid annotation target: ${problem}`);
}

/** The layers of the module comment, for a target already checked. */
function anchorIn(index: ClauseIndex, target: AnnotationTarget): Anchor {
  const { text } = index.doc;
  const quote = selectorOf<TextQuoteSelector>(target, 'TextQuoteSelector')!;
  const clauseSelector = selectorOf<ClauseSelector>(target, 'ClauseSelector');
  const position = selectorOf<TextPositionSelector>(target, 'TextPositionSelector');
  const hints: QuoteHints = { expected: null, region: null };

  // 1. The stored place.
  const stored = clauseSelector ? clausePlace(index, clauseSelector) : null;
  if (stored) {
    hints.expected = stored.start;
    hints.region = stored.region;
    if (stored.valid && holds(text, stored.start, stored.end, quote)) return placed(index, 'exact', stored.start, stored.end);
  } else if (position) {
    hints.expected = Math.min(position.start, text.length);
    if (position.end <= text.length && holds(text, position.start, position.end, quote)) {
      return placed(index, 'exact', position.start, position.end);
    }
  }

  // 2. The exact quote, wherever it is.
  const exact = findExact(text, quote, hints);
  // Exact text outside the clause it belongs to might be a repeated sentence, while the passage
  // itself was edited in place: let an approximate match in the clause compete.
  const settled = exact && (exact.inRegion || !hints.region);
  if (settled) return placed(index, 'moved', exact.start, exact.end);

  // 3. Approximately, near where it should be.
  const length = quote.exact.length;
  let approximate: QuoteMatch | null = null;
  if (hints.expected !== null && errorBudget(length) > 0) {
    let from = hints.expected - (length + WINDOW_MARGIN);
    let to = hints.expected + 2 * length + WINDOW_MARGIN;
    if (hints.region) {
      from = Math.max(from, hints.region.start - REGION_MARGIN);
      to = Math.min(to, hints.region.end + REGION_MARGIN);
    }
    approximate = findApproximate(text, quote, hints, Math.max(0, from), Math.min(text.length, to));
  }
  if (exact && (!approximate || approximate.score <= exact.score)) return placed(index, 'moved', exact.start, exact.end);
  const near = approximate && changed(index, quote, approximate);
  if (near) return near;

  // 4. Approximately, anywhere, when the quote is long enough to be told apart.
  const anywhere = length >= DISTINCTIVE_LENGTH ? findApproximate(text, quote, hints) : null;
  return (anywhere && changed(index, quote, anywhere)) || { status: 'orphan' };
}

function selectorOf<T extends AnnotationTarget['selector'][number]>(target: AnnotationTarget, type: T['type']): T | undefined {
  return target.selector.find((s) => s.type === type) as T | undefined;
}

/**
 * Where a clause selector points in this document: the expected span (clamped into the clause
 * texts), the clauses' span as the region, and whether the offsets fit the clauses as they are.
 */
function clausePlace(index: ClauseIndex, selector: ClauseSelector): { start: number; end: number; region: { start: number; end: number }; valid: boolean } | null {
  const first = index.byEId.get(selector.eId);
  const last = selector.endEId === undefined ? first : index.byEId.get(selector.endEId);
  if (!first || !last || last.start < first.start) return null;
  const start = first.start + Math.min(selector.start, first.end - first.start);
  const end = last.start + Math.min(selector.end, last.end - last.start);
  const valid = selector.start <= first.end - first.start && selector.end <= last.end - last.start && start <= end;
  return { start, end: Math.max(start, end), region: { start: first.start, end: last.end }, valid };
}

/**
 * Whether text[start, end) is the quote and its context is not contradicted next to it: a
 * quote shorter than `CONTEXTUAL_LENGTH` needs the `STORED_PLACE_AGREEMENT` characters on both
 * sides to agree, a longer one on one side, one of `DISTINCTIVE_LENGTH` none. Without this, a
 * short passage that repeats would be "exact" on its other occurrence when exactly the distance
 * between the two was inserted before it, or on the next paragraph's identical opening words
 * when its own paragraph was removed and the eIds shifted.
 */
function holds(text: string, start: number, end: number, quote: Quote): boolean {
  const length = quote.exact.length;
  if (end - start !== length || !text.startsWith(quote.exact, start)) return false;
  if (length >= DISTINCTIVE_LENGTH) return true;
  const agreement = contextAgreement(text, start, end, quote);
  const before = agreement.prefix >= Math.min(STORED_PLACE_AGREEMENT, quote.prefix.length, start);
  const after = agreement.suffix >= Math.min(STORED_PLACE_AGREEMENT, quote.suffix.length, text.length - end);
  return length >= CONTEXTUAL_LENGTH ? before || after : before && after;
}

/** A "changed" anchor after verifying the edit distance once more, or null when it fails. */
function changed(index: ClauseIndex, quote: Quote, match: QuoteMatch): PlacedAnchor | null {
  const { text } = index.doc;
  const [start, end] = trimBoundaries(text, match.start, match.end);
  const found = text.slice(start, end);
  const distance = editDistance(quote.exact, found);
  if (start === end || distance > errorBudget(quote.exact.length)) return null;
  if (distance === 0) return placed(index, 'moved', start, end);
  return placed(index, 'changed', start, end, difference(quote.exact, found, distance));
}

/** An approximate match may begin or end on a block boundary: the passage does not. */
function trimBoundaries(text: string, start: number, end: number): [number, number] {
  while (start < end && text.charCodeAt(start) === 10) start++;
  while (end > start && text.charCodeAt(end - 1) === 10) end--;
  return [start, end];
}

/** What changed: the two texts without what they share at both ends. */
function difference(expected: string, found: string, distance: number): TextChange {
  let head = 0;
  while (head < expected.length && head < found.length && expected[head] === found[head]) head++;
  let tail = 0;
  while (tail < expected.length - head && tail < found.length - head && expected[expected.length - 1 - tail] === found[found.length - 1 - tail]) tail++;
  return {
    expected,
    found,
    distance,
    removed: expected.slice(head, expected.length - tail),
    inserted: found.slice(head, found.length - tail),
    at: head,
  };
}

function placed(index: ClauseIndex, status: PlacedAnchor['status'], start: number, end: number, change?: TextChange): PlacedAnchor {
  const from = toBlockPoint(index.doc, start, 'start');
  const to = toBlockPoint(index.doc, end, 'end');
  const clause = clauseAt(index, start) ?? firstClauseIn(index, start, end);
  const anchor: PlacedAnchor = {
    status,
    block: from.block,
    start: from.offset,
    endBlock: to.block,
    end: to.offset,
    documentStart: start,
    documentEnd: end,
    eId: clause?.clause.eId ?? null,
  };
  if (change) anchor.change = change;
  return anchor;
}
