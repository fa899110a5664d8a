/**
 * Highlights and notes: the protocol's annotation part. Content scripts never open the
 * database; they ask the background, which validates every field, sets ids and times itself,
 * and tells every page and the side panel that something changed.
 */
import type { Handlers, RouterContext, Validators } from './context';
import { fail, failAt } from './fields';
import {
  MAX_LABEL, MAX_QUOTE, parseAnnotation, parseAnnotationContent, parseBodyChange, type AnnotationContent,
} from '../lib/records/annotation';
import {
  isEId, isFingerprint, isIsoDate, isOptionalText, isRecord, isUuid, MAX_TEXT, MAX_URL, refusal, within, type Checked,
} from '../lib/records/fields';
import {
  addAnnotation, annotationsForPage, deleteAnnotation, restoreAnnotation, updateAnnotationBody,
} from '../storage/annotations';
import type { AnnotationBody, StoredAnnotation } from '../storage/types';

/** What a page asks to store; the background adds the id and the times. */
export type NewAnnotation = AnnotationContent;

/** How one annotation was placed on the page a tab shows. */
export interface PlacementReport {
  id: string;
  status: 'exact' | 'moved' | 'changed' | 'orphan';
  /** The clause it is in now, its label, and its top-level section (for grouping). */
  eId: string | null;
  label: string | null;
  section: { eId: string; label: string } | null;
  /** Position in the document text, for document order. */
  position: number;
  /** What changed, for "text changed". */
  change?: { expected: string; found: string };
}

/** A page's report of where its document's annotations are. */
export interface PlacementsReport {
  documentId: string;
  url: string;
  title: string | null;
  placements: PlacementReport[];
}

export interface AnnotationProtocol {
  /** The annotations that belong on a page: its document's and its other versions' (same URL, same title and date). */
  'annotations/list': {
    request: { documentId: string; url: string | null; title: string | null; date: string | null };
    response: StoredAnnotation[];
  };
  'annotation/create': { request: { annotation: NewAnnotation }; response: StoredAnnotation };
  'annotation/update': { request: { id: string; body: Partial<AnnotationBody> }; response: StoredAnnotation | null };
  /** Deletes and returns the record, so the caller can offer to undo. */
  'annotation/delete': { request: { id: string }; response: StoredAnnotation | null };
  /**
   * Undo of a delete: puts the record back as it was, or does nothing (null) when a record
   * with its id is there again, which may be newer.
   */
  'annotation/restore': { request: { annotation: StoredAnnotation }; response: StoredAnnotation | null };
  /** A page reports where its annotations are (for the side panel's document view). */
  'annotations/placed': { request: { report: PlacementsReport }; response: { stored: true } };
  /** The side panel asks the page in a tab to scroll to an annotation. */
  'annotation/reveal': { request: { tabId: number; id: string }; response: { revealed: boolean } };
}

const STATUSES: ReadonlySet<unknown> = new Set(['exact', 'moved', 'changed', 'orphan']);
const MAX_PLACEMENTS = 200_000;

/** A page's placement report, rebuilt field by field: the side panel shows and exports it. */
function parsePlacements(raw: unknown): Checked<PlacementsReport> {
  if (!isRecord(raw)) return refusal([], 'not an object');
  const { documentId, url, title, placements } = raw;
  if (!isFingerprint(documentId)) return refusal(['documentId'], 'expected a fingerprint (16 to 64 hex digits)');
  if (typeof url !== 'string' || url.length > MAX_URL) return refusal(['url'], 'expected a URL');
  if (!isOptionalText(title, MAX_TEXT)) return refusal(['title'], 'expected text or null');
  if (!Array.isArray(placements) || placements.length > MAX_PLACEMENTS) return refusal(['placements'], `expected a list of up to ${MAX_PLACEMENTS} placements`);
  const report: PlacementsReport = { documentId, url, title, placements: [] };
  for (const [i, p] of placements.entries()) {
    const placement = parsePlacement(p);
    if (!placement.ok) return { ok: false, problem: within(['placements', i], placement.problem) };
    report.placements.push(placement.value);
  }
  return { ok: true, value: report };
}

function parsePlacement(raw: unknown): Checked<PlacementReport> {
  if (!isRecord(raw)) return refusal([], 'not an object');
  const { id, status, eId, label, section, position, change } = raw;
  if (!isUuid(id)) return refusal(['id'], 'expected a lower-case UUID');
  if (!STATUSES.has(status)) return refusal(['status'], 'expected exact, moved, changed or orphan');
  if (!(eId === null || isEId(eId))) return refusal(['eId'], 'expected an eId or null');
  if (!isOptionalText(label, MAX_LABEL)) return refusal(['label'], `expected a label of up to ${MAX_LABEL} characters, or null`);
  if (!(section === null || (isRecord(section) && isEId(section.eId) && typeof section.label === 'string' && section.label.length <= MAX_LABEL))) {
    return refusal(['section'], 'expected an eId and a label, or null');
  }
  if (!(Number.isSafeInteger(position) && (position as number) >= 0)) return refusal(['position'], 'expected a non-negative integer');
  if (!(change === undefined || (isRecord(change) && isQuote(change.expected) && isQuote(change.found)))) {
    return refusal(['change'], 'expected the text expected and the text found');
  }
  return {
    ok: true,
    value: {
      id,
      status: status as PlacementReport['status'],
      eId,
      label,
      section: section === null ? null : { eId: section.eId as string, label: section.label as string },
      position: position as number,
      ...(change ? { change: { expected: change.expected as string, found: change.found as string } } : {}),
    },
  };
}

function isQuote(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_QUOTE;
}

export const annotationValidators: Validators<keyof AnnotationProtocol> = {
  'annotations/list': (raw) => {
    if (!isFingerprint(raw.documentId)) return fail('documentId: expected a fingerprint');
    if (!(raw.url === null || (typeof raw.url === 'string' && raw.url.length <= MAX_URL))) return fail('url: expected a URL or null');
    if (!isOptionalText(raw.title) || !(raw.date === null || isIsoDate(raw.date))) {
      return fail('title and date: expected text and YYYY-MM-DD, or null');
    }
    return { ok: true, value: { type: 'annotations/list', documentId: raw.documentId, url: raw.url, title: raw.title, date: raw.date } };
  },
  'annotation/create': (raw) => {
    const annotation = parseAnnotationContent(raw.annotation);
    return annotation.ok ? { ok: true, value: { type: 'annotation/create', annotation: annotation.value } } : failAt('annotation', annotation.problem);
  },
  'annotation/update': (raw) => {
    if (!isUuid(raw.id)) return fail('id: expected a UUID');
    const body = parseBodyChange(raw.body);
    return body.ok ? { ok: true, value: { type: 'annotation/update', id: raw.id, body: body.value } } : failAt('body', body.problem);
  },
  'annotation/delete': (raw) =>
    isUuid(raw.id) ? { ok: true, value: { type: 'annotation/delete', id: raw.id } } : fail('id: expected a UUID'),
  'annotation/restore': (raw) => {
    const annotation = parseAnnotation(raw.annotation);
    return annotation.ok ? { ok: true, value: { type: 'annotation/restore', annotation: annotation.value } } : failAt('annotation', annotation.problem);
  },
  'annotations/placed': (raw) => {
    const report = parsePlacements(raw.report);
    return report.ok ? { ok: true, value: { type: 'annotations/placed', report: report.value } } : failAt('report', report.problem);
  },
  'annotation/reveal': (raw) =>
    Number.isInteger(raw.tabId) && isUuid(raw.id)
      ? { ok: true, value: { type: 'annotation/reveal', tabId: raw.tabId as number, id: raw.id } }
      : fail('expected a tab id and an annotation id'),
};

export function annotationHandlers({ db, effects }: RouterContext): Handlers<keyof AnnotationProtocol> {
  const changed = (documentId: string) => effects.annotationsChanged(documentId);
  return {
    'annotations/list': async ({ documentId, url, title, date }) => annotationsForPage(db, { documentId, url, title, date }),
    'annotation/create': async ({ annotation }) => {
      const now = new Date().toISOString();
      const stored: StoredAnnotation = { ...annotation, id: crypto.randomUUID(), created: now, modified: now };
      await addAnnotation(db, stored);
      await changed(stored.documentId);
      return stored;
    },
    'annotation/update': async ({ id, body }) => {
      const updated = await updateAnnotationBody(db, id, body);
      if (updated) await changed(updated.documentId);
      return updated;
    },
    'annotation/delete': async ({ id }) => {
      const deleted = await deleteAnnotation(db, id);
      if (deleted) await changed(deleted.documentId);
      return deleted;
    },
    'annotation/restore': async ({ annotation }) => {
      if (!(await restoreAnnotation(db, annotation))) return null;
      await changed(annotation.documentId);
      return annotation;
    },
    'annotations/placed': async ({ report }, sender) => {
      await effects.rememberPlacements(sender.tabId, report);
      return { stored: true };
    },
    'annotation/reveal': async ({ tabId, id }, sender) => {
      // Only the extension's own pages (the side panel), never a web page's content script, may steer a tab.
      if (!sender.url?.startsWith(effects.extensionOrigin)) throw new Error('refused: only the side panel may reveal annotations');
      return { revealed: await effects.revealAnnotation(tabId, id) };
    },
  };
}

