/**
 * Field checks shared by the protocol's validators. Messages from content scripts are
 * untrusted: every field is checked for type, size and form before anything acts on it.
 */
import type { Parsed } from './context';
import type { DocumentSummary } from '../storage/types';
import { DOCUMENT_KINDS } from '../lib/analysis/types';

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
  return { ok: true, value: { fingerprint, title, kind: kind as DocumentSummary['kind'], date, language, parties: [...parties], url } };
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
