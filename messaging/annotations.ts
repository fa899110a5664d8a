/**
 * Highlights and notes: the protocol's annotation part. Content scripts never open the
 * database; they ask the background, which validates every field, sets ids and times itself,
 * and tells every page and the side panel that something changed.
 */
import type { Handlers, RouterContext, Validators } from './context';
import { fail, isEId, isFingerprint, isRecord, isOptionalText, MAX_TEXT } from './fields';
import { targetProblem, type AnnotationTarget } from '../lib/anchoring/types';
import {
  addAnnotation, annotationsForPage, deleteAnnotation, restoreAnnotation, updateAnnotationBody,
} from '../storage/annotations';
import { HIGHLIGHT_COLOURS, type AnnotationBody, type HighlightColour, type StoredAnnotation } from '../storage/types';

/** What a page asks to store; the background adds the id and the times. */
export interface NewAnnotation {
  documentId: string;
  motivation: StoredAnnotation['motivation'];
  target: AnnotationTarget;
  quote: string;
  eId: string | null;
  label: string | null;
  body: AnnotationBody;
}

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
  /** Undo of a delete: puts the record back exactly as it was. */
  'annotation/restore': { request: { annotation: StoredAnnotation }; response: StoredAnnotation };
  /** A page reports where its annotations are (for the side panel's document view). */
  'annotations/placed': { request: { report: PlacementsReport }; response: { stored: true } };
  /** The side panel asks the page in a tab to scroll to an annotation. */
  'annotation/reveal': { request: { tabId: number; id: string }; response: { revealed: boolean } };
}

const MAX_NOTE = 100_000;
const MAX_QUOTE = 100_000;
const MAX_TAGS = 50;
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;

/** Checks a body (or part of one, for updates). */
export function bodyProblem(raw: unknown, partial: boolean): string | null {
  if (!isRecord(raw)) return 'body: not an object';
  const { note, colour, tags } = raw;
  if (!(partial && note === undefined) && (typeof note !== 'string' || note.length > MAX_NOTE)) return 'body.note: expected text up to 100,000 characters';
  if (!(partial && colour === undefined) && !(typeof colour === 'string' && (HIGHLIGHT_COLOURS as readonly string[]).includes(colour))) {
    return `body.colour: expected one of ${HIGHLIGHT_COLOURS.join(', ')}`;
  }
  if (!(partial && tags === undefined)) {
    if (!Array.isArray(tags) || tags.length > MAX_TAGS) return 'body.tags: expected a list of up to 50 tags';
    if (!tags.every((t) => typeof t === 'string' && t.trim().length > 0 && t.length <= 100 && !/[\n\r]/.test(t))) return 'body.tags: each tag is one line of up to 100 characters';
  }
  const extra = Object.keys(raw).find((k) => !['note', 'colour', 'tags'].includes(k));
  return extra ? `body: unknown field ${extra}` : null;
}

/** Checks a whole stored annotation (undo, import). */
export function annotationProblem(raw: unknown): string | null {
  if (!isRecord(raw)) return 'annotation: not an object';
  if (typeof raw.id !== 'string' || !ID.test(raw.id)) return 'annotation.id: expected a UUID';
  if (!isFingerprint(raw.documentId)) return 'annotation.documentId: expected a fingerprint';
  if (raw.motivation !== 'highlighting' && raw.motivation !== 'commenting') return 'annotation.motivation: expected highlighting or commenting';
  const target = targetProblem(raw.target);
  if (target) return `annotation.${target}`;
  if ((raw.target as AnnotationTarget).source !== raw.documentId) return 'annotation.target.source: must be the document';
  if (typeof raw.quote !== 'string' || raw.quote.length > MAX_QUOTE) return 'annotation.quote: expected text';
  if (!(raw.eId === null || isEId(raw.eId))) return 'annotation.eId: expected an eId or null';
  if (!isOptionalText(raw.label, 200)) return 'annotation.label: expected a short label or null';
  const body = bodyProblem(raw.body, false);
  if (body) return `annotation.${body}`;
  if (typeof raw.created !== 'string' || !TIME.test(raw.created)) return 'annotation.created: expected an ISO time';
  if (typeof raw.modified !== 'string' || !TIME.test(raw.modified)) return 'annotation.modified: expected an ISO time';
  return null;
}

function newAnnotationProblem(raw: unknown): string | null {
  if (!isRecord(raw)) return 'annotation: not an object';
  const now = new Date().toISOString();
  return annotationProblem({ ...raw, id: '00000000-0000-4000-8000-000000000000', created: now, modified: now });
}

function placementsProblem(raw: unknown): string | null {
  if (!isRecord(raw)) return 'report: not an object';
  if (!isFingerprint(raw.documentId)) return 'report.documentId: expected a fingerprint';
  if (typeof raw.url !== 'string' || raw.url.length > 8192) return 'report.url: expected a URL';
  if (!isOptionalText(raw.title, MAX_TEXT)) return 'report.title: expected text or null';
  if (!Array.isArray(raw.placements) || raw.placements.length > 200_000) return 'report.placements: expected a list';
  for (const p of raw.placements) {
    if (!isRecord(p) || typeof p.id !== 'string' || !ID.test(p.id)) return 'report.placements: each needs an id';
    if (!['exact', 'moved', 'changed', 'orphan'].includes(String(p.status))) return 'report.placements: unknown status';
    if (typeof p.position !== 'number' || !Number.isFinite(p.position)) return 'report.placements: position must be a number';
  }
  return null;
}

export const annotationValidators: Validators<keyof AnnotationProtocol> = {
  'annotations/list': (raw) => {
    if (!isFingerprint(raw.documentId)) return fail('documentId: expected a fingerprint');
    if (!(raw.url === null || (typeof raw.url === 'string' && raw.url.length <= 8192))) return fail('url: expected a URL or null');
    if (!isOptionalText(raw.title) || !(raw.date === null || (typeof raw.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(raw.date)))) {
      return fail('title and date: expected text and YYYY-MM-DD, or null');
    }
    return { ok: true, value: { type: 'annotations/list', documentId: raw.documentId, url: raw.url, title: raw.title, date: raw.date } };
  },
  'annotation/create': (raw) => {
    const problem = newAnnotationProblem(raw.annotation);
    if (problem) return fail(problem);
    const a = raw.annotation as Record<string, unknown>;
    const body = a.body as AnnotationBody;
    const annotation: NewAnnotation = {
      documentId: a.documentId as string,
      motivation: a.motivation as NewAnnotation['motivation'],
      target: a.target as AnnotationTarget,
      quote: a.quote as string,
      eId: a.eId as string | null,
      label: a.label as string | null,
      body: { note: body.note, colour: body.colour, tags: cleanTags(body.tags) },
    };
    return { ok: true, value: { type: 'annotation/create', annotation } };
  },
  'annotation/update': (raw) => {
    if (typeof raw.id !== 'string' || !ID.test(raw.id)) return fail('id: expected a UUID');
    const problem = bodyProblem(raw.body, true);
    if (problem) return fail(problem);
    const body = raw.body as Partial<AnnotationBody>;
    return { ok: true, value: { type: 'annotation/update', id: raw.id, body: body.tags ? { ...body, tags: cleanTags(body.tags) } : body } };
  },
  'annotation/delete': (raw) =>
    typeof raw.id === 'string' && ID.test(raw.id) ? { ok: true, value: { type: 'annotation/delete', id: raw.id } } : fail('id: expected a UUID'),
  'annotation/restore': (raw) => {
    const problem = annotationProblem(raw.annotation);
    return problem ? fail(problem) : { ok: true, value: { type: 'annotation/restore', annotation: raw.annotation as StoredAnnotation } };
  },
  'annotations/placed': (raw) => {
    const problem = placementsProblem(raw.report);
    return problem ? fail(problem) : { ok: true, value: { type: 'annotations/placed', report: raw.report as PlacementsReport } };
  },
  'annotation/reveal': (raw) =>
    Number.isInteger(raw.tabId) && typeof raw.id === 'string' && ID.test(raw.id)
      ? { ok: true, value: { type: 'annotation/reveal', tabId: raw.tabId as number, id: raw.id } }
      : fail('expected a tab id and an annotation id'),
};

/** Tags trimmed, without duplicates, in the order written. */
function cleanTags(tags: string[]): string[] {
  return [...new Set(tags.map((t) => t.trim()).filter(Boolean))];
}

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
      await restoreAnnotation(db, annotation);
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

export type { HighlightColour };
