/**
 * Reading documents from untrusted input: what a content script reports (`DocumentSummary`)
 * and a stored record in a backup (`StoredDocument`). Both share the metadata checks and the
 * outline's; each record is rebuilt from the fields it knows.
 */
import { DOCUMENT_KINDS, type DocumentKind, type DocumentOutline } from '../analysis/types';
import type { DocumentSummary, StoredDocument } from '../../storage/types';
import {
  EXPECTED_TIME, isEId, isFingerprint, isIsoDate, isIsoTime, isLanguageTag, isOptionalText, isRecord, isSourceUrl, MAX_TEXT,
  refusal, within, type Checked,
} from './fields';

const KINDS: ReadonlySet<unknown> = new Set(DOCUMENT_KINDS);
const STORED_FIELDS: ReadonlySet<string> = new Set(['id', 'title', 'kind', 'date', 'language', 'parties', 'urls', 'outline', 'analysis', 'created', 'lastSeen', 'modified']);
const MAX_PARTIES = 200;
const MAX_URLS = 10_000;
const EXPECTED_FINGERPRINT = 'expected a fingerprint (16 to 64 hex digits)';
const EXPECTED_URL = 'expected an http(s) or file URL';

type Metadata = Pick<StoredDocument, 'title' | 'kind' | 'date' | 'language' | 'parties'>;

/** A document summary as a content script reports it. */
export function parseDocumentSummary(raw: unknown): Checked<DocumentSummary> {
  if (!isRecord(raw)) return refusal([], 'not an object');
  if (!isFingerprint(raw.fingerprint)) return refusal(['fingerprint'], EXPECTED_FINGERPRINT);
  const metadata = parseMetadata(raw);
  if (!metadata.ok) return metadata;
  if (!isSourceUrl(raw.url)) return refusal(['url'], EXPECTED_URL);
  const outline = parseOptionalOutline(raw.outline);
  if (!outline.ok) return outline;
  return { ok: true, value: { fingerprint: raw.fingerprint, ...metadata.value, url: raw.url, ...outline.value } };
}

/** A document record as stored (and as a backup holds it); unknown fields are refused. */
export function parseStoredDocument(raw: unknown): Checked<StoredDocument> {
  if (!isRecord(raw)) return refusal([], 'expected a document record');
  const { id, urls, created, lastSeen, modified } = raw;
  if (!isFingerprint(id)) return refusal(['id'], EXPECTED_FINGERPRINT);
  const metadata = parseMetadata(raw);
  if (!metadata.ok) return metadata;
  if (!Array.isArray(urls) || urls.length > MAX_URLS) return refusal(['urls'], 'expected a list of URLs');
  const bad = urls.findIndex((u) => !isSourceUrl(u));
  if (bad !== -1) return refusal(['urls', bad], EXPECTED_URL);
  if (!isIsoTime(created)) return refusal(['created'], EXPECTED_TIME);
  if (!isIsoTime(lastSeen)) return refusal(['lastSeen'], EXPECTED_TIME);
  if (!isIsoTime(modified)) return refusal(['modified'], EXPECTED_TIME);
  const outline = parseOptionalOutline(raw.outline);
  if (!outline.ok) return outline;
  const { analysis } = raw;
  if (!(analysis === undefined || (Number.isInteger(analysis) && (analysis as number) >= 1 && (analysis as number) <= 1000))) {
    return refusal(['analysis'], 'expected a version number');
  }
  const extra = Object.keys(raw).find((k) => !STORED_FIELDS.has(k));
  if (extra !== undefined) return refusal([], `unknown field ${JSON.stringify(extra)}`);
  return {
    ok: true,
    value: { id, ...metadata.value, urls: [...(urls as string[])], ...outline.value, ...(analysis === undefined ? {} : { analysis: analysis as number }), created, lastSeen, modified },
  };
}

function parseMetadata(raw: Record<string, unknown>): Checked<Metadata> {
  const { title, kind, date, language, parties } = raw;
  if (!isOptionalText(title)) return refusal(['title'], `expected text up to ${MAX_TEXT.toLocaleString('en')} characters, or null`);
  if (!(kind === null || KINDS.has(kind))) return refusal(['kind'], `expected one of ${DOCUMENT_KINDS.join(', ')}, or null`);
  if (!(date === null || isIsoDate(date))) return refusal(['date'], 'expected YYYY-MM-DD or null');
  if (!isLanguageTag(language)) return refusal(['language'], 'expected a language tag');
  if (!Array.isArray(parties) || parties.length > MAX_PARTIES || !parties.every((p) => typeof p === 'string' && p.length <= 64)) {
    return refusal(['parties'], 'expected a list of short strings');
  }
  return { ok: true, value: { title, kind: kind as DocumentKind | null, date, language, parties: [...(parties as string[])] } };
}

function parseOptionalOutline(raw: unknown): Checked<{ outline?: DocumentOutline }> {
  if (raw === undefined) return { ok: true, value: {} };
  const outline = parseOutline(raw);
  return outline.ok ? { ok: true, value: { outline: outline.value } } : { ok: false, problem: within(['outline'], outline.problem) };
}

const CLAUSE_KINDS: ReadonlySet<unknown> = new Set(['preamble', 'paragraph', 'list-item', 'article', 'article-paragraph', 'point', 'conclusion']);
const REFERENCE_KINDS: ReadonlySet<unknown> = new Set(['article', 'instrument', 'resolution']);
/** Most sections, clauses and references of one outline together. */
const MAX_OUTLINE = 100_000;
/** Most article numbers, and UN symbols, of one reference. */
const MAX_CITED = 10_000;
const MAX_SHORT = 200;

/** A document's outline (`DocumentOutline`), rebuilt from the fields it knows. */
export function parseOutline(raw: unknown): Checked<DocumentOutline> {
  if (!isRecord(raw)) return refusal([], 'not an object');
  const { sections, clauses, references } = raw;
  if (!Array.isArray(sections) || !Array.isArray(clauses) || !Array.isArray(references)) return refusal([], 'expected sections, clauses and references');
  if (sections.length + clauses.length + references.length > MAX_OUTLINE) return refusal([], 'too large');
  const outline: DocumentOutline = { sections: [], clauses: [], references: [] };
  for (const [i, s] of sections.entries()) {
    if (!isRecord(s) || !isEId(s.eId) || !isShort(s.label) || !isOptionalText(s.heading, 500)) return refusal(['sections', i], 'expected eId, label, heading');
    outline.sections.push({ eId: s.eId, label: s.label, heading: s.heading });
  }
  for (const [i, c] of clauses.entries()) {
    if (!isRecord(c) || !isEId(c.eId) || !isShort(c.label) || !(c.section === null || isEId(c.section)) || !CLAUSE_KINDS.has(c.kind)) {
      return refusal(['clauses', i], 'expected eId, label, section, kind');
    }
    outline.clauses.push({ eId: c.eId, label: c.label, section: c.section, kind: c.kind as DocumentOutline['clauses'][number]['kind'] });
  }
  for (const [i, r] of references.entries()) {
    if (!isRecord(r) || !REFERENCE_KINDS.has(r.kind) || typeof r.text !== 'string' || r.text.length > MAX_TEXT || !isEId(r.eId)) {
      return refusal(['references', i], 'expected kind, text, eId');
    }
    const { instrument, articles, symbols } = r;
    if (!(instrument === null || (isRecord(instrument) && isOptionalText(instrument.id, MAX_SHORT) && isOptionalText(instrument.title, MAX_TEXT) && (instrument.self === undefined || typeof instrument.self === 'boolean')))) {
      return refusal(['references', i, 'instrument'], 'expected id and title');
    }
    if (!Array.isArray(articles) || articles.length > MAX_CITED || !articles.every((n) => Number.isInteger(n) && n >= 0 && n < 100_000)) {
      return refusal(['references', i, 'articles'], 'expected numbers');
    }
    if (!Array.isArray(symbols) || symbols.length > MAX_CITED || !symbols.every((x) => typeof x === 'string' && x.length <= 100)) {
      return refusal(['references', i, 'symbols'], 'expected short strings');
    }
    outline.references.push({
      kind: r.kind as DocumentOutline['references'][number]['kind'],
      text: r.text,
      eId: r.eId,
      instrument: instrument === null ? null : { id: instrument.id as string | null, title: instrument.title as string | null, ...(instrument.self === true ? { self: true } : {}) },
      articles: [...(articles as number[])],
      symbols: [...(symbols as string[])],
    });
  }
  return { ok: true, value: outline };
}

function isShort(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_SHORT;
}
