/**
 * Field checks shared by the protocol's validators. Messages from content scripts are
 * untrusted: every field is checked for type, size and form before anything acts on it.
 */
import type { Parsed } from './context';
import type { DocumentSummary } from '../storage/types';
import { DOCUMENT_KINDS, type DocumentOutline } from '../lib/analysis/types';

export const MAX_TEXT = 2_000;
export const MAX_URL = 8_192;
const KINDS = new Set<string>(DOCUMENT_KINDS);

export function fail(error: string): { ok: false; error: string } {
  return { ok: false, error };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isOptionalText(value: unknown, max = MAX_TEXT): value is string | null {
  return value === null || (typeof value === 'string' && value.length <= max);
}

export function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 1_000_000;
}

export function isFingerprint(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{16,64}$/.test(value);
}

/** An eId: lower-case words and numbers joined by underscores (art_25, sec_5__list_1__indent_3). */
export function isEId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 200 && /^[a-z]+(?:_[0-9a-z]+)*(?:__[a-z]+(?:_[0-9a-z]+)*)*$/.test(value);
}

/** A document summary as a content script reports it. */
export function parseDocumentSummary(raw: unknown): Parsed<DocumentSummary> {
  if (!isRecord(raw)) return fail('document: not an object');
  const { fingerprint, title, kind, date, language, parties, url } = raw;
  if (!isFingerprint(fingerprint)) return fail('document.fingerprint: expected a hex string');
  if (!isOptionalText(title)) return fail('document.title: expected a string or null');
  if (!(kind === null || (typeof kind === 'string' && KINDS.has(kind)))) return fail('document.kind: expected a known kind or null');
  if (!(date === null || (typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date)))) return fail('document.date: expected YYYY-MM-DD or null');
  if (typeof language !== 'string' || !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(language)) return fail('document.language: expected a language tag');
  if (!Array.isArray(parties) || parties.length > 200 || !parties.every((p) => typeof p === 'string' && p.length <= 64)) {
    return fail('document.parties: expected a list of short strings');
  }
  if (typeof url !== 'string' || url.length > MAX_URL || !/^(https?|file):/.test(url)) return fail('document.url: expected an http(s) or file URL');
  let outline: DocumentOutline | undefined;
  if (raw.outline !== undefined) {
    const problem = outlineProblem(raw.outline);
    if (problem) return fail(`document.outline${problem}`);
    outline = raw.outline as DocumentOutline;
  }
  return { ok: true, value: { fingerprint, title, kind: kind as DocumentSummary['kind'], date, language, parties: [...parties], url, ...(outline ? { outline } : {}) } };
}

const CLAUSE_KINDS = new Set(['preamble', 'paragraph', 'list-item', 'article', 'article-paragraph', 'point', 'conclusion']);
const MAX_OUTLINE = 100_000;

/** Why a value is not a document outline (a path and a reason), or null. */
export function outlineProblem(raw: unknown): string | null {
  if (!isRecord(raw)) return ': not an object';
  const { sections, clauses, references } = raw;
  if (!Array.isArray(sections) || !Array.isArray(clauses) || !Array.isArray(references)) return ': expected sections, clauses and references';
  if (sections.length + clauses.length + references.length > MAX_OUTLINE) return ': too large';
  for (const [i, s] of sections.entries()) {
    if (!isRecord(s) || !isEId(s.eId) || typeof s.label !== 'string' || s.label.length > 200 || !isOptionalText(s.heading, 500)) return `.sections[${i}]: expected eId, label, heading`;
  }
  for (const [i, c] of clauses.entries()) {
    if (!isRecord(c) || !isEId(c.eId) || typeof c.label !== 'string' || c.label.length > 200 || !(c.section === null || isEId(c.section)) || !CLAUSE_KINDS.has(String(c.kind))) {
      return `.clauses[${i}]: expected eId, label, section, kind`;
    }
  }
  for (const [i, r] of references.entries()) {
    if (!isRecord(r) || !['article', 'instrument', 'resolution'].includes(String(r.kind)) || typeof r.text !== 'string' || r.text.length > MAX_TEXT || !isEId(r.eId)) {
      return `.references[${i}]: expected kind, text, eId`;
    }
    const instrument = r.instrument;
    if (!(instrument === null || (isRecord(instrument) && isOptionalText(instrument.id, 200) && isOptionalText(instrument.title, MAX_TEXT)))) return `.references[${i}].instrument: expected id and title`;
    if (!Array.isArray(r.articles) || !r.articles.every((n) => Number.isInteger(n) && n >= 0 && n < 100_000)) return `.references[${i}].articles: expected numbers`;
    if (!Array.isArray(r.symbols) || !r.symbols.every((x) => typeof x === 'string' && x.length <= 100)) return `.references[${i}].symbols: expected short strings`;
  }
  return null;
}

/** Only web pages and this extension's own pages may be opened on a content script's request. */
export function isOpenableUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'https:' || parsed.protocol === 'http:') return true;
  return (parsed.protocol === 'chrome-extension:' || parsed.protocol === 'moz-extension:') && /^\/[a-z-]+\.html$/.test(parsed.pathname);
}
