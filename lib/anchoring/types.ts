/**
 * The anchoring contracts: how a highlighted passage is described for storage and export
 * (selectors, shaped after the W3C Web Annotation model) and what re-anchoring it on a page
 * returns (an `Anchor`).
 *
 * The selectors are a storage and export contract: they are written to IndexedDB and into
 * JSON backups, so their shape only ever grows by optional fields. Every offset and every
 * string in them refers to the *document text* of the text model (see `DocumentText` in
 * `document-text.ts`): the blocks' normalised texts joined with "\n".
 */
import { isRecord } from '../records/fields';

/**
 * W3C TextQuoteSelector: the passage's text and up to `QUOTE_CONTEXT` characters on either
 * side, all taken from the document text (so context may cross a block boundary, written "\n").
 */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  /** The passage itself; never empty. */
  exact: string;
  /** Up to 32 characters of document text right before `exact` ("" at the document's start). */
  prefix: string;
  /** Up to 32 characters of document text right after `exact` ("" at the document's end). */
  suffix: string;
}

/**
 * W3C TextPositionSelector: [start, end) in the document text (blocks joined with "\n").
 * Valid only for the copy it was taken from; elsewhere it is a hint for where to look.
 */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/**
 * Clausemark's extension of the W3C model: where the passage is in the document's structure.
 * `start` is an offset in the text of clause `eId` (`Clause.text`, numbering excluded); `end`
 * is an offset in the text of clause `endEId` when present (a passage that runs on into a later
 * clause), else in the text of clause `eId`. Present only when both ends of the passage lie
 * inside clauses. eIds are the same on every copy of a document, so this is the first thing
 * re-anchoring tries.
 */
export interface ClauseSelector {
  type: 'ClauseSelector';
  eId: string;
  start: number;
  end: number;
  /** The clause the passage ends in, when that is not `eId`. */
  endEId?: string;
}

/** Any selector of a stored target. */
export type AnnotationSelector = ClauseSelector | TextQuoteSelector | TextPositionSelector;

/**
 * What an annotation points at: a document (by fingerprint) and the passage, described three
 * ways. The stored JSON is exactly
 *
 * ```json
 * { "source": "566c6255987369c5",
 *   "selector": [
 *     { "type": "ClauseSelector", "eId": "sec_1__para_3", "start": 40, "end": 54 },
 *     { "type": "TextQuoteSelector", "exact": "…", "prefix": "…", "suffix": "…" },
 *     { "type": "TextPositionSelector", "start": 436, "end": 450 } ] }
 * ```
 *
 * `selector` holds exactly one TextQuoteSelector, at most one ClauseSelector and at most one
 * TextPositionSelector, found by `type` (their order is Clause, Quote, Position when written
 * here, but readers must not depend on it — the W3C model gives an array no order).
 */
export interface AnnotationTarget {
  /** The document's fingerprint (`Analysis.fingerprint`). */
  source: string;
  selector: AnnotationSelector[];
}

/** How a stored passage was placed on the page. */
export type AnchorStatus = 'exact' | 'moved' | 'changed' | 'orphan';

/** What changed in a passage that was found only approximately. */
export interface TextChange {
  /** The stored passage (`TextQuoteSelector.exact`). */
  expected: string;
  /** The text now found in its place. */
  found: string;
  /** Edit distance (Levenshtein) between `expected` and `found`. */
  distance: number;
  /** The part that differs, with what the two have in common at both ends taken away. */
  removed: string;
  inserted: string;
  /** Offset in `expected` (and in `found`) where the differing part starts. */
  at: number;
}

/**
 * A passage placed on the page.
 *
 * - `exact`: the stored place (clause eId and offsets, else the text position) still holds the
 *   stored text;
 * - `moved`: the exact text was found elsewhere (another clause, another offset, a copy of the
 *   document with a different structure);
 * - `changed`: only an approximate match was found, close enough and in the right context; what
 *   changed is in `change`.
 */
export interface PlacedAnchor {
  status: 'exact' | 'moved' | 'changed';
  /** Where the passage starts: block index and offset in that block's text. */
  block: number;
  start: number;
  /** Where it ends: block index (equal to `block` unless it spans blocks) and offset. */
  endBlock: number;
  end: number;
  /** The same span in the document text. */
  documentStart: number;
  documentEnd: number;
  /** eId of the clause the passage starts in (or, failing that, the first it overlaps), or null. */
  eId: string | null;
  /** Present when `status` is "changed". */
  change?: TextChange;
}

/** A passage that could not be placed: listed to the user, never deleted. */
export interface OrphanAnchor {
  status: 'orphan';
}

/** The result of re-anchoring one target. */
export type Anchor = PlacedAnchor | OrphanAnchor;

/** Characters of context stored on each side of a quote. */
export const QUOTE_CONTEXT = 32;

/**
 * Why a value is not a valid `AnnotationTarget`, or null when it is. Checks the whole shape
 * (types, non-negative integer offsets with start ≤ end, a non-empty quote, no unknown or
 * duplicated selector types), for import and for data read back from storage.
 */
export function targetProblem(value: unknown): string | null {
  if (!isRecord(value)) return 'target is not an object';
  if (typeof value.source !== 'string' || !value.source) return 'target.source must be a non-empty string';
  if (!Array.isArray(value.selector)) return 'target.selector must be an array';
  const seen = new Set<string>();
  for (const [i, s] of value.selector.entries()) {
    const problem = selectorProblem(s);
    if (problem) return `target.selector[${i}]: ${problem}`;
    const type = (s as AnnotationSelector).type;
    if (seen.has(type)) return `target.selector has more than one ${type}`;
    seen.add(type);
  }
  if (!seen.has('TextQuoteSelector')) return 'target.selector has no TextQuoteSelector';
  return null;
}

/** True when `value` is a valid `AnnotationTarget` (see `targetProblem`). */
export function isAnnotationTarget(value: unknown): value is AnnotationTarget {
  return targetProblem(value) === null;
}

function selectorProblem(s: unknown): string | null {
  if (!isRecord(s)) return 'not an object';
  switch (s.type) {
    case 'TextQuoteSelector':
      if (typeof s.exact !== 'string' || !s.exact) return 'exact must be a non-empty string';
      if (typeof s.prefix !== 'string' || typeof s.suffix !== 'string') return 'prefix and suffix must be strings';
      return null;
    case 'TextPositionSelector':
      return spanProblem(s);
    case 'ClauseSelector':
      if (typeof s.eId !== 'string' || !s.eId) return 'eId must be a non-empty string';
      if (s.endEId !== undefined && (typeof s.endEId !== 'string' || !s.endEId)) return 'endEId must be a non-empty string';
      // Offsets in two different clauses cannot be compared.
      return s.endEId !== undefined && s.endEId !== s.eId ? offsetProblem(s.start, 'start') ?? offsetProblem(s.end, 'end') : spanProblem(s);
    default:
      return `unknown selector type ${JSON.stringify(s.type)}`;
  }
}

function spanProblem(s: Record<string, unknown>): string | null {
  const problem = offsetProblem(s.start, 'start') ?? offsetProblem(s.end, 'end');
  if (problem) return problem;
  return (s.start as number) <= (s.end as number) ? null : 'start must not be after end';
}

function offsetProblem(value: unknown, name: string): string | null {
  return Number.isSafeInteger(value) && (value as number) >= 0 ? null : `${name} must be a non-negative integer`;
}
