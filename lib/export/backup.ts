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
import type { AnnotationSelector, TextQuoteSelector } from '../anchoring/types';
import { copySelector, copyTarget, parseAnnotation } from '../records/annotation';
import { parseStoredDocument } from '../records/document';
import { isRecord, isUuid, pathText, problemText, type Path, type Problem } from '../records/fields';
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
const UUID_URN = 'urn:uuid:';
const DOCUMENT_FIELDS = ['id', 'title', 'kind', 'date', 'language', 'parties', 'urls', 'outline', 'analysis', 'created', 'lastSeen', 'modified'] as const;
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

/**
 * What a merge changes: the records to write (added or changed, in import order) and the counts;
 * `added`/`updated`/`unchanged` count annotations, `documentCounts` documents.
 */
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
 * annotation (with the checks every way in shares, lib/records: `parseStoredDocument`,
 * `parseAnnotation`, which also clean tags), duplicate ids, and that `total` matches what is
 * there. On any problem returns every problem found (up to 50), each naming where it is in the
 * file (`first.items[12].clausemark:colour: expected one of …`), and no records at all.
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
      const parsed = parseStoredDocument(raw);
      if (!parsed.ok) return errors.push(problemText(where, parsed.problem));
      const doc = parsed.value;
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
 * Merges imported records into existing ones by id, without touching either input, and returns
 * only what changes: the records to add or replace, in import order. `existing` needs to hold
 * only the records that share an id with an incoming one (others are ignored).
 *
 * - An annotation not there yet is added; one there already is replaced when the imported copy's
 *   `modified` is later, else kept (a tie keeps the existing one).
 * - A document not there yet is added; one there already keeps the fields of whichever copy was
 *   modified later (a tie keeps the existing one), and gets both copies' URLs (existing first),
 *   the earlier `created`, the later `lastSeen` and the later `modified`.
 *
 * Importing the same records again changes nothing (everything is then `unchanged`, and nothing
 * is returned to write).
 */
export function mergeBackup(
  existing: { documents: readonly StoredDocument[]; annotations: readonly StoredAnnotation[] },
  incoming: { documents: readonly StoredDocument[]; annotations: readonly StoredAnnotation[] },
): MergeResult {
  const documentCounts: MergeCounts = { added: 0, updated: 0, unchanged: 0 };
  const documentsHere = new Map(existing.documents.map((d) => [d.id, d] as const));
  const documents = new Map<string, StoredDocument>();
  for (const doc of incoming.documents) {
    const old = documents.get(doc.id) ?? documentsHere.get(doc.id);
    if (old === undefined) {
      documents.set(doc.id, copyDocument(doc));
      documentCounts.added++;
      continue;
    }
    const merged = mergeDocument(old, doc);
    if (sameDocument(old, merged)) {
      documentCounts.unchanged++;
    } else {
      documents.set(doc.id, merged);
      documentCounts.updated++;
    }
  }

  const counts: MergeCounts = { added: 0, updated: 0, unchanged: 0 };
  const annotationsHere = new Map(existing.annotations.map((a) => [a.id, a] as const));
  const annotations = new Map<string, StoredAnnotation>();
  for (const a of incoming.annotations) {
    const old = annotations.get(a.id) ?? annotationsHere.get(a.id);
    if (old === undefined) {
      annotations.set(a.id, copyAnnotation(a));
      counts.added++;
    } else if (Date.parse(a.modified) > Date.parse(old.modified)) {
      annotations.set(a.id, copyAnnotation(a));
      counts.updated++;
    } else {
      counts.unchanged++;
    }
  }
  return { documents: [...documents.values()], annotations: [...annotations.values()], ...counts, documentCounts };
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
  const id = typeof raw.id === 'string' && raw.id.startsWith(UUID_URN) ? raw.id.slice(UUID_URN.length) : undefined;
  if (!isUuid(id)) problems.push(`${where}.id: expected urn:uuid: and a lower-case UUID`);

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
  const bodyAt = (k: number): Path => (Array.isArray(raw.body) ? ['body', k] : ['body']);
  const bodyWhere = (k: number) => `${where}${pathText(bodyAt(k))}`;
  let note = '';
  let noteAt = -1;
  const tags: unknown[] = [];
  const tagAt: number[] = [];
  rawBody.forEach((b, k) => {
    if (!isRecord(b) || b.type !== 'TextualBody') return problems.push(`${bodyWhere(k)}: expected a TextualBody`);
    if (typeof b.value !== 'string') return problems.push(`${bodyWhere(k)}.value: expected text`);
    if (b.purpose === 'tagging') {
      tags.push(b.value);
      return tagAt.push(k);
    }
    if (b.purpose !== 'commenting') return problems.push(`${bodyWhere(k)}.purpose: expected "commenting" or "tagging"`);
    if (noteAt !== -1) return problems.push(`${bodyWhere(k)}: a second note (the first is ${bodyWhere(noteAt)})`);
    if (!(b.format === undefined || b.format === 'text/markdown' || b.format === 'text/plain')) return problems.push(`${bodyWhere(k)}.format: expected text/markdown`);
    note = b.value;
    noteAt = k;
  });

  if (problems.length) {
    errors.push(...problems);
    return null;
  }
  const selector = (target as Record<string, unknown>).selector;
  const quoteAt = Array.isArray(selector) ? selector.findIndex((s) => isRecord(s) && s.type === 'TextQuoteSelector') : -1;
  const quoted = raw['clausemark:quote'] !== undefined;
  const parsed = parseAnnotation({
    id,
    documentId: source,
    motivation: raw.motivation,
    target: { source, selector },
    quote: quoted ? raw['clausemark:quote'] : quoteAt === -1 ? undefined : (selector as Array<{ exact?: unknown }>)[quoteAt]!.exact,
    eId: raw['clausemark:eId'] ?? null,
    label: raw['clausemark:label'] ?? null,
    body: { note, colour: raw['clausemark:colour'], tags },
    created: raw.created,
    modified: raw.modified,
  });
  if (parsed.ok) return parsed.value;
  errors.push(problemText(where, { path: itemPath(parsed.problem, { bodyAt, noteAt, tagAt, quoted, quoteAt }), reason: parsed.problem.reason }));
  return null;
}

/**
 * Where a problem `parseAnnotation` found in a field of the stored record is in the W3C item
 * the field was read from (the body's note and tags are TextualBodies, the colour, clause and
 * label extension properties, the quote a selector's `exact` unless given apart).
 */
function itemPath(
  problem: Problem,
  item: { bodyAt: (k: number) => Path; noteAt: number; tagAt: readonly number[]; quoted: boolean; quoteAt: number },
): Path {
  const [field, part, index] = problem.path;
  switch (field) {
    case 'documentId':
      return ['target', 'source'];
    case 'quote':
      return item.quoted ? ['clausemark:quote'] : ['target', 'selector', item.quoteAt, 'exact'];
    case 'eId':
      return ['clausemark:eId'];
    case 'label':
      return ['clausemark:label'];
    case 'body': {
      if (part === 'colour') return ['clausemark:colour'];
      const k = part === 'note' ? item.noteAt : typeof index === 'number' ? item.tagAt[index] : undefined;
      return k === undefined || k === -1 ? ['body'] : [...item.bodyAt(k), 'value'];
    }
    default:
      // id, motivation, created and modified have the same names; target problems name their own place.
      return problem.path;
  }
}

function copyDocument(d: StoredDocument): StoredDocument {
  return {
    id: d.id, title: d.title, kind: d.kind, date: d.date, language: d.language,
    parties: [...d.parties], urls: [...d.urls], ...(d.outline ? { outline: structuredClone(d.outline) } : {}),
    ...(d.analysis === undefined ? {} : { analysis: d.analysis }),
    created: d.created, lastSeen: d.lastSeen, modified: d.modified,
  };
}

function copyAnnotation(a: StoredAnnotation): StoredAnnotation {
  return {
    id: a.id,
    documentId: a.documentId,
    motivation: a.motivation,
    target: copyTarget(a.target),
    quote: a.quote,
    eId: a.eId,
    label: a.label,
    body: { note: a.body.note, colour: a.body.colour, tags: [...a.body.tags] },
    created: a.created,
    modified: a.modified,
  };
}

function refuse(errors: string[]): ParsedBackup {
  const shown = errors.slice(0, MAX_ERRORS);
  if (errors.length > MAX_ERRORS) shown.push(`… and ${errors.length - MAX_ERRORS} more problems`);
  return { ok: false, errors: shown };
}

