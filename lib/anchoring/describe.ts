/**
 * Describing a selection for storage: from two block positions to the selectors of an
 * `AnnotationTarget` (its clause, its quote with context, its position in the document text).
 */
import type { Clause } from '../analysis/types';
import type { TextModel } from '../text/text-model';
import { clauseAt, clauseEndingAt, clauseIndex } from './clause-index';
import { toDocumentOffset, type BlockPoint } from './document-text';
import { QUOTE_CONTEXT, type AnnotationSelector, type AnnotationTarget, type ClauseSelector, type TextPositionSelector, type TextQuoteSelector } from './types';

/**
 * The selectors describing the passage from `start` to `end` (block positions, as `offsetOf`
 * in lib/text/text-model.ts gives them for a DOM selection; the passage may span blocks).
 * Block boundaries and spaces at either edge of the passage are left out. Returns, in this
 * order, a ClauseSelector (only when both ends lie inside clauses), a TextQuoteSelector and a
 * TextPositionSelector; make a target of them with `{ source: analysis.fingerprint, selector }`.
 *
 * Throws a RangeError when a position is outside the model or `end` is before `start`, and an
 * Error when the passage is empty once its edges are trimmed.
 */
export function describeRange(model: TextModel, clauses: readonly Clause[], start: BlockPoint, end: BlockPoint): AnnotationTarget['selector'] {
  const index = clauseIndex(model, clauses);
  const { text } = index.doc;
  let from = toDocumentOffset(index.doc, start);
  let to = toDocumentOffset(index.doc, end);
  if (to < from) throw new RangeError(`the selection ends (block ${end.block}, ${end.offset}) before it starts (block ${start.block}, ${start.offset})`);
  while (from < to && isEdgeSpace(text.charCodeAt(from))) from++;
  while (to > from && isEdgeSpace(text.charCodeAt(to - 1))) to--;
  if (from === to) throw new Error('the selection holds no text');

  const selectors: AnnotationSelector[] = [];
  const first = clauseAt(index, from);
  const last = clauseEndingAt(index, to);
  if (first && last) {
    const clause: ClauseSelector = { type: 'ClauseSelector', eId: first.clause.eId, start: from - first.start, end: to - last.start };
    if (last !== first) clause.endEId = last.clause.eId;
    selectors.push(clause);
  }
  const quote: TextQuoteSelector = {
    type: 'TextQuoteSelector',
    exact: text.slice(from, to),
    prefix: wholeCharacters(text.slice(Math.max(0, from - QUOTE_CONTEXT), from)),
    suffix: wholeCharacters(text.slice(to, to + QUOTE_CONTEXT)),
  };
  const position: TextPositionSelector = { type: 'TextPositionSelector', start: from, end: to };
  selectors.push(quote, position);
  return selectors;
}

function isEdgeSpace(code: number): boolean {
  return code === 10 || code === 32;
}

/** Drops half a surrogate pair cut off at either end, so the context is valid text. */
function wholeCharacters(context: string): string {
  let from = 0;
  let to = context.length;
  if (to > 0 && isLowSurrogate(context.charCodeAt(0))) from = 1;
  if (to > from && isHighSurrogate(context.charCodeAt(to - 1))) to--;
  return context.slice(from, to);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
