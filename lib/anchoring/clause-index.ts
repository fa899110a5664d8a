/**
 * Clauses placed in the document text: find a clause by eId, or the clause at an offset.
 * Built once per (model, clauses) pair and shared by describing and anchoring.
 */
import type { Clause } from '../analysis/types';
import type { TextModel } from '../text/text-model';
import { documentText, type DocumentText } from './document-text';

/** A clause's span in the document text. */
export interface ClauseSpan {
  clause: Clause;
  /** [start, end) of the clause's text in the document text. */
  start: number;
  end: number;
}

/** The document text with its clauses, indexed. */
export interface ClauseIndex {
  doc: DocumentText;
  byEId: ReadonlyMap<string, ClauseSpan>;
  /** Spans in document order. */
  spans: readonly ClauseSpan[];
}

const cache = new WeakMap<TextModel, WeakMap<readonly Clause[], ClauseIndex>>();

/**
 * Indexes the clauses of a model (cached per model and clause array, so anchoring many targets
 * builds it once). Clauses whose block or offsets do not fit the model are left out.
 */
export function clauseIndex(model: TextModel, clauses: readonly Clause[]): ClauseIndex {
  let perModel = cache.get(model);
  if (!perModel) cache.set(model, (perModel = new WeakMap()));
  let index = perModel.get(clauses);
  if (!index) {
    const doc = documentText(model);
    const spans: ClauseSpan[] = [];
    for (const clause of clauses) {
      const block = model.blocks[clause.block];
      if (!block || clause.start < 0 || clause.end > block.text.length || clause.start > clause.end) continue;
      const start = doc.starts[clause.block]! + clause.start;
      spans.push({ clause, start, end: start + clause.end - clause.start });
    }
    spans.sort((a, b) => a.start - b.start);
    index = { doc, byEId: new Map(spans.map((s) => [s.clause.eId, s])), spans };
    perModel.set(clauses, index);
  }
  return index;
}

/** The clause whose text contains document offset `offset` (start ≤ offset < end), or null. */
export function clauseAt(index: ClauseIndex, offset: number): ClauseSpan | null {
  const span = lastStartingAtOrBefore(index.spans, offset);
  return span && offset < span.end ? span : null;
}

/** The clause whose text contains the end of a span ending at `offset` (start < offset ≤ end), or null. */
export function clauseEndingAt(index: ClauseIndex, offset: number): ClauseSpan | null {
  const span = lastStartingAtOrBefore(index.spans, offset - 1);
  return span && offset <= span.end ? span : null;
}

/** The first clause overlapping [start, end), or null. */
export function firstClauseIn(index: ClauseIndex, start: number, end: number): ClauseSpan | null {
  const { spans } = index;
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  const span = spans[lo];
  return span && span.start < end ? span : null;
}

function lastStartingAtOrBefore(spans: readonly ClauseSpan[], offset: number): ClauseSpan | null {
  let lo = 0;
  let hi = spans.length - 1;
  let found: ClauseSpan | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= offset) [found, lo] = [spans[mid]!, mid + 1];
    else hi = mid - 1;
  }
  return found;
}
