/**
 * Reading annotations from untrusted input (a content script's message, a backup file): every
 * field checked, the record rebuilt from the fields it knows, tags cleaned. The target's shape
 * is the anchoring contract's (`targetProblem`); the rest is checked here.
 */
import { targetProblem, type AnnotationSelector, type AnnotationTarget } from '../anchoring/types';
import { HIGHLIGHT_COLOURS, type AnnotationBody, type StoredAnnotation } from '../../storage/types';
import {
  EXPECTED_TIME, isEId, isFingerprint, isIsoTime, isOptionalText, isRecord, isUuid, refusal, within, type Checked,
} from './fields';

/** Longest note, and longest quote. */
export const MAX_NOTE = 100_000;
export const MAX_QUOTE = 100_000;
/** Most tags on one annotation, and longest tag. */
export const MAX_TAGS = 50;
export const MAX_TAG = 100;
/** Longest clause label (§五 ¶2 —3). */
export const MAX_LABEL = 200;

/** An annotation without what the background sets: its id and times. */
export type AnnotationContent = Omit<StoredAnnotation, 'id' | 'created' | 'modified'>;

const BODY_FIELDS: ReadonlySet<string> = new Set(['note', 'colour', 'tags']);

/** A whole body: note, colour and tags, the tags cleaned (`cleanTags`). */
export function parseBody(raw: unknown): Checked<AnnotationBody> {
  return checkBody(raw, false) as Checked<AnnotationBody>;
}

/** A change to a body: any of its fields, each checked as in `parseBody`. */
export function parseBodyChange(raw: unknown): Checked<Partial<AnnotationBody>> {
  return checkBody(raw, true);
}

function checkBody(raw: unknown, partial: boolean): Checked<Partial<AnnotationBody>> {
  if (!isRecord(raw)) return refusal([], 'not an object');
  const { note, colour, tags } = raw;
  const body: Partial<AnnotationBody> = {};
  if (!(partial && note === undefined)) {
    if (typeof note !== 'string' || note.length > MAX_NOTE) return refusal(['note'], 'expected text up to 100,000 characters');
    body.note = note;
  }
  if (!(partial && colour === undefined)) {
    if (!(HIGHLIGHT_COLOURS as readonly unknown[]).includes(colour)) return refusal(['colour'], `expected one of ${HIGHLIGHT_COLOURS.join(', ')}`);
    body.colour = colour as AnnotationBody['colour'];
  }
  if (!(partial && tags === undefined)) {
    if (!Array.isArray(tags) || tags.length > MAX_TAGS) return refusal(['tags'], `expected a list of up to ${MAX_TAGS} tags`);
    const bad = tags.findIndex((t) => typeof t !== 'string' || t.trim() === '' || t.length > MAX_TAG || /[\n\r]/.test(t));
    if (bad !== -1) return refusal(['tags', bad], `expected one line of up to ${MAX_TAG} characters, not blank`);
    body.tags = cleanTags(tags as string[]);
  }
  const extra = Object.keys(raw).find((k) => !BODY_FIELDS.has(k));
  if (extra !== undefined) return refusal([], `unknown field ${JSON.stringify(extra)}`);
  return { ok: true, value: body };
}

/** Tags trimmed, without duplicates, in the order written. */
export function cleanTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((t) => t.trim()).filter(Boolean))];
}

/**
 * What a page asks to store as an annotation: its document, motivation, target, quote, clause
 * and body. The target's problems are the anchoring contract's own sentences (`target.selector[1]:
 * start must …`), which name their place from `target` down; they come with the path [].
 */
export function parseAnnotationContent(raw: unknown): Checked<AnnotationContent> {
  if (!isRecord(raw)) return refusal([], 'not an object');
  const { documentId, motivation, target, quote, eId, label } = raw;
  if (!isFingerprint(documentId)) return refusal(['documentId'], 'expected a fingerprint (16 to 64 hex digits)');
  if (motivation !== 'highlighting' && motivation !== 'commenting') return refusal(['motivation'], 'expected highlighting or commenting');
  const problem = targetProblem(target);
  if (problem) return refusal([], problem);
  if ((target as AnnotationTarget).source !== documentId) return refusal(['target', 'source'], 'expected the fingerprint of the annotation’s document');
  if (typeof quote !== 'string' || quote.length > MAX_QUOTE) return refusal(['quote'], 'expected text up to 100,000 characters');
  if (!(eId === null || isEId(eId))) return refusal(['eId'], 'expected an eId or null');
  if (!isOptionalText(label, MAX_LABEL)) return refusal(['label'], `expected a label of up to ${MAX_LABEL} characters, or null`);
  const body = parseBody(raw.body);
  if (!body.ok) return { ok: false, problem: within(['body'], body.problem) };
  return {
    ok: true,
    value: { documentId, motivation, target: copyTarget(target as AnnotationTarget), quote, eId, label, body: body.value },
  };
}

/** A whole stored annotation (an undo's record, a backup's): its id and times too. */
export function parseAnnotation(raw: unknown): Checked<StoredAnnotation> {
  if (!isRecord(raw)) return refusal([], 'not an object');
  const { id, created, modified } = raw;
  if (!isUuid(id)) return refusal(['id'], 'expected a lower-case UUID');
  const content = parseAnnotationContent(raw);
  if (!content.ok) return content;
  if (!isIsoTime(created)) return refusal(['created'], EXPECTED_TIME);
  if (!isIsoTime(modified)) return refusal(['modified'], EXPECTED_TIME);
  return { ok: true, value: { id, ...content.value, created, modified } };
}

/** A copy of a target that holds only the fields of its selectors. */
export function copyTarget(target: AnnotationTarget): AnnotationTarget {
  return { source: target.source, selector: target.selector.map(copySelector) };
}

/** A copy of a selector with only the fields of its type. */
export function copySelector(s: AnnotationSelector): AnnotationSelector {
  switch (s.type) {
    case 'ClauseSelector':
      return s.endEId === undefined ? { type: s.type, eId: s.eId, start: s.start, end: s.end } : { type: s.type, eId: s.eId, start: s.start, end: s.end, endEId: s.endEId };
    case 'TextQuoteSelector':
      return { type: s.type, exact: s.exact, prefix: s.prefix, suffix: s.suffix };
    case 'TextPositionSelector':
      return { type: s.type, start: s.start, end: s.end };
  }
}
