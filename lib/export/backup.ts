/**
 * The JSON backup: every document record and annotation as one W3C Web Annotation collection
 * (https://www.w3.org/TR/annotation-model/), with what Clausemark needs to restore itself
 * exactly, and the import side: a whole-file validation, then a pure merge by id.
 *
 * The format, version `clausemark-backup/1`:
 *
 * ```json
 * { "@context": ["http://www.w3.org/ns/anno.jsonld", { …CLAUSEMARK_CONTEXT… }],
 *   "id": "urn:clausemark:backup:2025-03-01T09:30:00.000Z",
 *   "type": "AnnotationCollection",
 *   "label": "Clausemark backup",
 *   "clausemark:version": "clausemark-backup/1",
 *   "generator": { "type": "Software", "name": "Clausemark", "homepage": "https://clausemark.app/" },
 *   "generated": "2025-03-01T09:30:00.000Z",
 *   "total": 1,
 *   "clausemark:documents": [ { …a StoredDocument record, as stored… } ],
 *   "first": {
 *     "id": "urn:clausemark:backup:2025-03-01T09:30:00.000Z:page:1",
 *     "type": "AnnotationPage", "startIndex": 0,
 *     "items": [ {
 *       "id": "urn:uuid:0b7e…", "type": "Annotation", "motivation": "highlighting",
 *       "created": "…", "modified": "…",
 *       "body": [
 *         { "type": "TextualBody", "purpose": "commenting", "format": "text/markdown", "value": "the note" },
 *         { "type": "TextualBody", "purpose": "tagging", "value": "energy" } ],
 *       "clausemark:colour": "green",
 *       "clausemark:eId": "sec_5__list_1__indent_2",
 *       "clausemark:label": "§五 ¶2 —2",
 *       "target": {
 *         "source": "urn:clausemark:document:566c6255987369c5",
 *         "scope": ["http://www.news.cn/…"],
 *         "selector": [
 *           { "type": "ClauseSelector", "eId": "sec_5__list_1__indent_2", "start": 0, "end": 16 },
 *           { "type": "TextQuoteSelector", "exact": "…", "prefix": "…", "suffix": "…" },
 *           { "type": "TextPositionSelector", "start": 912, "end": 928 } ] } } ] } }
 * ```
 *
 * - Each annotation is a W3C Annotation: its id is `urn:uuid:<id>`; its note (when not empty) a
 *   TextualBody with purpose `commenting` and format `text/markdown`; each tag a TextualBody with
 *   purpose `tagging`, in order (no body at all for a bare highlight).
 * - Its target's `source` names the document by fingerprint, `urn:clausemark:document:<fingerprint>`;
 *   `scope` lists the URLs the document was seen at (W3C: the resources it appeared in).
 * - `selector` holds the stored selectors unchanged: W3C TextQuoteSelector and
 *   TextPositionSelector (offsets in the document text, blocks joined by "\n"), and Clausemark's
 *   extension `ClauseSelector` (`clausemark:ClauseSelector`): `eId` names a clause (Akoma Ntoso
 *   style, the same on every copy of the document), `start`/`end` are offsets in that clause's
 *   text, `endEId` names the clause `end` is in when it is another one. The array's selectors are
 *   alternatives describing the same passage, as the W3C model has it; tools that do not know
 *   ClauseSelector use the other two.
 * - Extension properties (prefix `clausemark:`, https://clausemark.app/ns/backup#):
 *   `clausemark:colour` (the highlight colour), `clausemark:eId` and `clausemark:label` (the clause
 *   the annotation was made in, and its label then; absent when null), `clausemark:quote` (only when
 *   the stored quote differs from the TextQuoteSelector's `exact`), `clausemark:documents` (the
 *   document records exactly as stored, a JSON literal) and `clausemark:version`.
 * - `total` is the number of annotations; all of them are in `first` (a single page).
 */
import { DOCUMENT_KINDS } from '../analysis/types';
import type { AnnotationSelector, TextQuoteSelector } from '../anchoring/types';
import { annotationProblem } from '../../messaging/annotations';
import { isFingerprint, isOptionalText, MAX_URL, outlineProblem } from '../../messaging/fields';
import type { AnnotationBody, StoredAnnotation, StoredDocument } from '../../storage/types';

/** The format version written to and required in `clausemark:version`. */
export const BACKUP_VERSION = 'clausemark-backup/1';

/** The W3C Web Annotation JSON-LD context. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** Clausemark's JSON-LD context: its namespace, the ClauseSelector terms, the document records as a JSON literal. */
export const CLAUSEMARK_CONTEXT = {
  '@version': 1.1,
  clausemark: 'https://clausemark.app/ns/backup#',
  ClauseSelector: 'clausemark:ClauseSelector',
  eId: 'clausemark:eId',
  endEId: 'clausemark:endEId',
  'clausemark:documents': { '@type': '@json' },
} as const;

const DOCUMENT_URN = 'urn:clausemark:document:';
const UUID_URN = /^urn:uuid:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;
const TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;
const KINDS = new Set<string>(DOCUMENT_KINDS);
const DOCUMENT_FIELDS = ['id', 'title', 'kind', 'date', 'language', 'parties', 'urls', 'outline', 'created', 'lastSeen', 'modified'] as const;
const MAX_ERRORS = 50;

/** A TextualBody of a backup annotation. */
export interface BackupBody {
  type: 'TextualBody';
  purpose: 'commenting' | 'tagging';
  value: string;
  format?: 'text/markdown';
}

/** One annotation of a backup (W3C Annotation with Clausemark's extension properties). */
export interface BackupAnnotation {
  id: string;
  type: 'Annotation';
  motivation: StoredAnnotation['motivation'];
  created: string;
  modified: string;
  body?: BackupBody[];
  'clausemark:colour': AnnotationBody['colour'];
  'clausemark:eId'?: string;
  'clausemark:label'?: string;
  'clausemark:quote'?: string;
  target: { source: string; scope?: string[]; selector: AnnotationSelector[] };
}

/** A backup file's content (see the module comment). */
export interface Backup {
  '@context': [typeof ANNO_CONTEXT, typeof CLAUSEMARK_CONTEXT];
  id: string;
  type: 'AnnotationCollection';
  label: string;
  'clausemark:version': typeof BACKUP_VERSION;
  generator: { type: 'Software'; name: string; homepage: string };
  generated: string;
  total: number;
  'clausemark:documents': StoredDocument[];
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: BackupAnnotation[] };
}

/** What `parseBackup` returns: everything, or nothing and why. */
export type ParsedBackup =
  | { ok: true; documents: StoredDocument[]; annotations: StoredAnnotation[] }
  | { ok: false; errors: string[] };

/** What `mergeBackup` did to one kind of record. */
export interface MergeCounts {
  added: number;
  updated: number;
  unchanged: number;
}

/** The merged records; `added`/`updated`/`unchanged` count annotations, `documentCounts` documents. */
export interface MergeResult extends MergeCounts {
  documents: StoredDocument[];
  annotations: StoredAnnotation[];
  documentCounts: MergeCounts;
}

/**
 * The backup of these documents and annotations, in the given order, as a plain object ready for
 * `JSON.stringify`. Records are written as they are (`parseBackup` is what checks them).
 */
export function exportBackup(documents: readonly StoredDocument[], annotations: readonly StoredAnnotation[], exportedAt: Date): Backup {
  const generated = exportedAt.toISOString();
  const id = `urn:clausemark:backup:${generated}`;
  const urls = new Map(documents.map((d) => [d.id, d.urls] as const));
  return {
    '@context': [ANNO_CONTEXT, CLAUSEMARK_CONTEXT],
    id,
    type: 'AnnotationCollection',
    label: 'Clausemark backup',
    'clausemark:version': BACKUP_VERSION,
    generator: { type: 'Software', name: 'Clausemark', homepage: 'https://clausemark.app/' },
    generated,
    total: annotations.length,
    'clausemark:documents': documents.map(copyDocument),
    first: { id: `${id}:page:1`, type: 'AnnotationPage', startIndex: 0, items: annotations.map((a) => toW3C(a, urls.get(a.documentId) ?? [])) },
  };
}

function toW3C(a: StoredAnnotation, urls: readonly string[]): BackupAnnotation {
  const body: BackupBody[] = [];
  if (a.body.note !== '') body.push({ type: 'TextualBody', purpose: 'commenting', format: 'text/markdown', value: a.body.note });
  for (const tag of a.body.tags) body.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  const exact = a.target.selector.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector')?.exact;
  const item: BackupAnnotation = {
    id: `urn:uuid:${a.id}`,
    type: 'Annotation',
    motivation: a.motivation,
    created: a.created,
    modified: a.modified,
    ...(body.length ? { body } : {}),
    'clausemark:colour': a.body.colour,
    ...(a.eId !== null ? { 'clausemark:eId': a.eId } : {}),
    ...(a.label !== null ? { 'clausemark:label': a.label } : {}),
    ...(a.quote !== exact ? { 'clausemark:quote': a.quote } : {}),
    target: {
      source: `${DOCUMENT_URN}${a.target.source}`,
      ...(urls.length ? { scope: [...urls] } : {}),
      selector: a.target.selector.map(copySelector),
    },
  };
  return item;
}

/**
 * Reads a backup (its JSON text, or the value parsed from it). Checks the whole file before
 * returning anything: the version, the collection's shape, every document record and every
 * annotation (with the same checks as the protocol, `annotationProblem`), duplicate ids, and that
 * `total` matches what is there. On any problem returns every problem found (up to 50), each
 * naming where it is (`first.items[12].target.selector[0].start: expected a non-negative
 * integer`), and no records at all.
 */
export function parseBackup(json: unknown): ParsedBackup {
  let data: unknown = json;
  if (typeof json === 'string') {
    if (json.trim() === '') return refuse(['the file is empty']);
    try {
      data = JSON.parse(json);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const truncated = /end of (?:JSON )?input|Unterminated|Expected .* after/i.test(message);
      return refuse([`the file is not valid JSON${truncated ? ': it ends too early (truncated?)' : ''} — ${message}`]);
    }
  }
  if (!isRecord(data)) return refuse(['the file is not a Clausemark backup: expected a JSON object']);
  const version = data['clausemark:version'];
  if (version === undefined) return refuse([`clausemark:version: missing — this is not a Clausemark backup (expected "${BACKUP_VERSION}")`]);
  if (version !== BACKUP_VERSION) {
    return refuse([`clausemark:version: ${JSON.stringify(version)} is not a version this Clausemark can read (it reads "${BACKUP_VERSION}")`]);
  }

  const errors: string[] = [];
  const context = data['@context'];
  if (!(context === ANNO_CONTEXT || (Array.isArray(context) && context.includes(ANNO_CONTEXT)))) {
    errors.push(`@context: expected the Web Annotation context ${ANNO_CONTEXT}`);
  }
  if (data.type !== 'AnnotationCollection') errors.push('type: expected "AnnotationCollection"');

  const documents: StoredDocument[] = [];
  const rawDocuments = data['clausemark:documents'];
  if (!Array.isArray(rawDocuments)) {
    errors.push('clausemark:documents: expected a list of document records');
  } else {
    const seen = new Map<string, number>();
    rawDocuments.forEach((raw, i) => {
      const where = `clausemark:documents[${i}]`;
      const problem = documentProblem(raw);
      if (problem) return errors.push(`${where}${problem}`);
      const doc = copyDocument(raw as StoredDocument);
      const before = seen.get(doc.id);
      if (before !== undefined) return errors.push(`${where}.id: ${doc.id} is already the id of clausemark:documents[${before}]`);
      seen.set(doc.id, i);
      documents.push(doc);
    });
  }

  const annotations: StoredAnnotation[] = [];
  const first = data.first;
  if (!isRecord(first)) {
    errors.push('first: expected the AnnotationPage holding the annotations');
  } else {
    if (first.type !== 'AnnotationPage') errors.push('first.type: expected "AnnotationPage"');
    if (first.next !== undefined) errors.push('first.next: a backup holds all its annotations in one page; this one refers to more');
    if (!Array.isArray(first.items)) {
      errors.push('first.items: expected a list of annotations');
    } else {
      if (!(Number.isSafeInteger(data.total) && (data.total as number) >= 0)) {
        errors.push('total: expected the number of annotations');
      } else if (data.total !== first.items.length) {
        errors.push(`total: the backup says ${data.total as number} annotations but first.items holds ${first.items.length} — the file is incomplete or was edited`);
      }
      const seen = new Map<string, number>();
      first.items.forEach((raw, i) => {
        const where = `first.items[${i}]`;
        const annotation = parseItem(raw, where, errors);
        if (!annotation) return;
        const before = seen.get(annotation.id);
        if (before !== undefined) return errors.push(`${where}.id: urn:uuid:${annotation.id} is already the id of first.items[${before}]`);
        seen.set(annotation.id, i);
        annotations.push(annotation);
      });
    }
  }
  if (errors.length) return refuse(errors);
  return { ok: true, documents, annotations };
}

/**
 * Merges imported records into existing ones by id, without touching either input.
 *
 * - An annotation not there yet is added; one there already is replaced when the imported copy's
 *   `modified` is later, else kept (a tie keeps the existing one).
 * - A document not there yet is added; one there already keeps the fields of whichever copy was
 *   modified later (a tie keeps the existing one), and gets both copies' URLs (existing first),
 *   the earlier `created`, the later `lastSeen` and the later `modified`.
 * - Order: the existing records in their order, then the added ones in import order.
 *
 * Importing the same records again changes nothing (everything is then `unchanged`).
 */
export function mergeBackup(
  existing: { documents: readonly StoredDocument[]; annotations: readonly StoredAnnotation[] },
  incoming: { documents: readonly StoredDocument[]; annotations: readonly StoredAnnotation[] },
): MergeResult {
  const documentCounts: MergeCounts = { added: 0, updated: 0, unchanged: 0 };
  const documents = existing.documents.map(copyDocument);
  const documentAt = new Map(documents.map((d, i) => [d.id, i] as const));
  for (const doc of incoming.documents) {
    const at = documentAt.get(doc.id);
    if (at === undefined) {
      documentAt.set(doc.id, documents.length);
      documents.push(copyDocument(doc));
      documentCounts.added++;
      continue;
    }
    const old = documents[at]!;
    const merged = mergeDocument(old, doc);
    if (sameDocument(old, merged)) {
      documentCounts.unchanged++;
    } else {
      documents[at] = merged;
      documentCounts.updated++;
    }
  }

  const counts: MergeCounts = { added: 0, updated: 0, unchanged: 0 };
  const annotations = existing.annotations.map(copyAnnotation);
  const annotationAt = new Map(annotations.map((a, i) => [a.id, i] as const));
  for (const a of incoming.annotations) {
    const at = annotationAt.get(a.id);
    if (at === undefined) {
      annotationAt.set(a.id, annotations.length);
      annotations.push(copyAnnotation(a));
      counts.added++;
    } else if (Date.parse(a.modified) > Date.parse(annotations[at]!.modified)) {
      annotations[at] = copyAnnotation(a);
      counts.updated++;
    } else {
      counts.unchanged++;
    }
  }
  return { documents, annotations, ...counts, documentCounts };
}

function mergeDocument(old: StoredDocument, doc: StoredDocument): StoredDocument {
  const newer = Date.parse(doc.modified) > Date.parse(old.modified) ? doc : old;
  return {
    ...copyDocument(newer),
    id: old.id,
    urls: [...new Set([...old.urls, ...doc.urls])],
    created: earlier(old.created, doc.created),
    lastSeen: later(old.lastSeen, doc.lastSeen),
    modified: later(old.modified, doc.modified),
  };
}

function sameDocument(a: StoredDocument, b: StoredDocument): boolean {
  return DOCUMENT_FIELDS.every((k) => JSON.stringify(a[k]) === JSON.stringify(b[k]));
}

function earlier(a: string, b: string): string {
  return Date.parse(b) < Date.parse(a) ? b : a;
}

function later(a: string, b: string): string {
  return Date.parse(b) > Date.parse(a) ? b : a;
}

/** One W3C item as a stored annotation, or null after adding what is wrong with it to `errors`. */
function parseItem(raw: unknown, where: string, errors: string[]): StoredAnnotation | null {
  if (!isRecord(raw)) {
    errors.push(`${where}: expected an annotation object`);
    return null;
  }
  const problems: string[] = [];
  if (raw.type !== 'Annotation') problems.push(`${where}.type: expected "Annotation"`);
  const id = typeof raw.id === 'string' ? UUID_URN.exec(raw.id)?.[1] : undefined;
  if (!id) problems.push(`${where}.id: expected urn:uuid: and a lower-case UUID`);

  const target = raw.target;
  let source: string | undefined;
  if (!isRecord(target)) {
    problems.push(`${where}.target: expected an object with source and selector`);
  } else {
    if (typeof target.source === 'string' && target.source.startsWith(DOCUMENT_URN)) source = target.source.slice(DOCUMENT_URN.length);
    else problems.push(`${where}.target.source: expected ${DOCUMENT_URN}<fingerprint>`);
    if (target.scope !== undefined && !(Array.isArray(target.scope) && target.scope.every((u) => typeof u === 'string'))) {
      problems.push(`${where}.target.scope: expected a list of URLs`);
    }
  }

  const rawBody = raw.body === undefined ? [] : Array.isArray(raw.body) ? raw.body : [raw.body];
  const bodyWhere = (k: number) => (Array.isArray(raw.body) ? `${where}.body[${k}]` : `${where}.body`);
  let note = '';
  let noteAt = -1;
  const tags: string[] = [];
  rawBody.forEach((b, k) => {
    if (!isRecord(b) || b.type !== 'TextualBody') return problems.push(`${bodyWhere(k)}: expected a TextualBody`);
    if (typeof b.value !== 'string') return problems.push(`${bodyWhere(k)}.value: expected text`);
    if (b.purpose === 'tagging') return tags.push(b.value);
    if (b.purpose !== 'commenting') return problems.push(`${bodyWhere(k)}.purpose: expected "commenting" or "tagging"`);
    if (noteAt !== -1) return problems.push(`${bodyWhere(k)}: a second note (the first is ${bodyWhere(noteAt)})`);
    if (!(b.format === undefined || b.format === 'text/markdown' || b.format === 'text/plain')) return problems.push(`${bodyWhere(k)}.format: expected text/markdown`);
    note = b.value;
    noteAt = k;
  });

  const eId = raw['clausemark:eId'] ?? null;
  const label = raw['clausemark:label'] ?? null;
  if (problems.length) {
    errors.push(...problems);
    return null;
  }
  const selector = (target as Record<string, unknown>).selector;
  const exact = Array.isArray(selector)
    ? (selector.find((s) => isRecord(s) && s.type === 'TextQuoteSelector') as { exact?: unknown } | undefined)?.exact
    : undefined;
  const candidate = {
    id: id!,
    documentId: source!,
    motivation: raw.motivation,
    target: { source: source!, selector },
    quote: raw['clausemark:quote'] ?? exact,
    eId,
    label,
    body: { note, colour: raw['clausemark:colour'], tags },
    created: raw.created,
    modified: raw.modified,
  };
  const problem = annotationProblem(candidate);
  if (problem) {
    errors.push(located(where, problem, { noteAt, bodyIsList: Array.isArray(raw.body), quoted: raw['clausemark:quote'] !== undefined }));
    return null;
  }
  return copyAnnotation(candidate as StoredAnnotation);
}

/**
 * Turns a problem `annotationProblem` found in the stored shape into one that names the place in
 * the W3C item: `annotation.target.selector[0]: start must be a non-negative integer` →
 * `first.items[3].target.selector[0].start: expected a non-negative integer`.
 */
function located(where: string, problem: string, item: { noteAt: number; bodyIsList: boolean; quoted: boolean }): string {
  const match = /^annotation\.([\w.[\]]+)(?::\s*|\s+)(.*)$/s.exec(problem);
  if (!match) return `${where}: ${problem}`;
  let path = match[1]!;
  let text = match[2]!;
  const field = /^(\w+) must (be )?(.*)$/s.exec(text);
  if (field) {
    path += `.${field[1]}`;
    text = field[2] ? `expected ${field[3]}` : `must ${field[3]}`;
  } else {
    text = text.replace(/^must be /, 'expected ');
  }
  const body = item.bodyIsList ? `body[${item.noteAt}]` : 'body';
  const renamed: Record<string, string> = {
    documentId: 'target.source',
    quote: item.quoted ? 'clausemark:quote' : 'target.selector',
    eId: 'clausemark:eId',
    label: 'clausemark:label',
    'body.note': `${body}.value`,
    'body.colour': 'clausemark:colour',
    'body.tags': 'body',
  };
  return `${where}.${renamed[path] ?? path}: ${text}`;
}

/** Why a value is not a StoredDocument record (as ".field: problem"), or null. */
function documentProblem(raw: unknown): string | null {
  if (!isRecord(raw)) return ': expected a document record';
  const { id, title, kind, date, language, parties, urls } = raw;
  if (!isFingerprint(id)) return '.id: expected a fingerprint (16 to 64 hex digits)';
  if (!isOptionalText(title)) return '.title: expected text up to 2,000 characters, or null';
  if (!(kind === null || (typeof kind === 'string' && KINDS.has(kind)))) return `.kind: expected one of ${DOCUMENT_KINDS.join(', ')}, or null`;
  if (!(date === null || (typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date)))) return '.date: expected YYYY-MM-DD or null';
  if (typeof language !== 'string' || !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(language)) return '.language: expected a language tag';
  if (!Array.isArray(parties) || parties.length > 200 || !parties.every((p) => typeof p === 'string' && p.length <= 64)) {
    return '.parties: expected a list of short strings';
  }
  if (!Array.isArray(urls) || urls.length > 10_000) return '.urls: expected a list of URLs';
  const bad = urls.findIndex((u) => typeof u !== 'string' || u.length > MAX_URL || !/^(https?|file):/.test(u));
  if (bad !== -1) return `.urls[${bad}]: expected an http(s) or file URL`;
  for (const key of ['created', 'lastSeen', 'modified'] as const) {
    if (typeof raw[key] !== 'string' || !TIME.test(raw[key] as string)) return `.${key}: expected an ISO time (UTC)`;
  }
  if (raw.outline !== undefined) {
    const problem = outlineProblem(raw.outline);
    if (problem) return `.outline${problem}`;
  }
  const extra = Object.keys(raw).find((k) => !(DOCUMENT_FIELDS as readonly string[]).includes(k));
  return extra ? `: unknown field ${JSON.stringify(extra)}` : null;
}

function copyDocument(d: StoredDocument): StoredDocument {
  return {
    id: d.id, title: d.title, kind: d.kind, date: d.date, language: d.language,
    parties: [...d.parties], urls: [...d.urls], ...(d.outline ? { outline: structuredClone(d.outline) } : {}),
    created: d.created, lastSeen: d.lastSeen, modified: d.modified,
  };
}

function copyAnnotation(a: StoredAnnotation): StoredAnnotation {
  return {
    id: a.id,
    documentId: a.documentId,
    motivation: a.motivation,
    target: { source: a.target.source, selector: a.target.selector.map(copySelector) },
    quote: a.quote,
    eId: a.eId,
    label: a.label,
    body: { note: a.body.note, colour: a.body.colour, tags: [...a.body.tags] },
    created: a.created,
    modified: a.modified,
  };
}

function copySelector(s: AnnotationSelector): AnnotationSelector {
  switch (s.type) {
    case 'ClauseSelector':
      return s.endEId === undefined ? { type: s.type, eId: s.eId, start: s.start, end: s.end } : { type: s.type, eId: s.eId, start: s.start, end: s.end, endEId: s.endEId };
    case 'TextQuoteSelector':
      return { type: s.type, exact: s.exact, prefix: s.prefix, suffix: s.suffix };
    case 'TextPositionSelector':
      return { type: s.type, start: s.start, end: s.end };
  }
}

function refuse(errors: string[]): ParsedBackup {
  const shown = errors.slice(0, MAX_ERRORS);
  if (errors.length > MAX_ERRORS) shown.push(`… and ${errors.length - MAX_ERRORS} more problems`);
  return { ok: false, errors: shown };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
