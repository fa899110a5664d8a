/**
 * Shape checks for requests arriving in the background. Anything a content script sends is
 * treated as untrusted input: a page can be hostile, and a compromised content script can
 * send anything. `parseRequest` returns the typed request or says precisely what is wrong.
 */
import type { PageStats, Request } from './protocol';
import type { DocumentSummary } from '../storage/types';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

const MAX_TEXT = 2_000;
const MAX_URL = 8_192;
const KINDS = new Set([
  'joint-statement', 'communique', 'declaration', 'treaty', 'agreement',
  'protocol', 'memorandum', 'resolution', 'decision', 'other',
]);

/** Validates an incoming message and returns it typed, or an error naming the bad field. */
export function parseRequest(raw: unknown): Parsed<Request> {
  if (!isRecord(raw)) return fail('message is not an object');
  switch (raw.type) {
    case 'ping':
      return { ok: true, value: { type: 'ping' } };
    case 'document/seen': {
      const document = parseDocumentSummary(raw.document);
      if (!document.ok) return document;
      const stats = parseStats(raw.stats);
      return stats.ok ? { ok: true, value: { type: 'document/seen', document: document.value, stats: stats.value } } : stats;
    }
    case 'tab/open': {
      const { url } = raw;
      if (typeof url !== 'string' || url.length > MAX_URL || !isOpenableUrl(url)) {
        return fail('tab/open url: expected an http(s) URL or a page of this extension');
      }
      return { ok: true, value: { type: 'tab/open', url } };
    }
    case 'sidepanel/open':
      return { ok: true, value: { type: 'sidepanel/open' } };
    default:
      return fail(`unknown message type ${JSON.stringify(String(raw.type)).slice(0, 60)}`);
  }
}

function parseDocumentSummary(raw: unknown): Parsed<DocumentSummary> {
  if (!isRecord(raw)) return fail('document: not an object');
  const { fingerprint, title, kind, date, language, parties, url } = raw;
  if (typeof fingerprint !== 'string' || !/^[0-9a-f]{16,64}$/.test(fingerprint)) {
    return fail('document.fingerprint: expected a hex string');
  }
  if (!isOptionalText(title)) return fail('document.title: expected a string or null');
  if (!(kind === null || (typeof kind === 'string' && KINDS.has(kind)))) {
    return fail('document.kind: expected a known kind or null');
  }
  if (!(date === null || (typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date)))) {
    return fail('document.date: expected YYYY-MM-DD or null');
  }
  if (typeof language !== 'string' || !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(language)) {
    return fail('document.language: expected a language tag');
  }
  if (!Array.isArray(parties) || parties.length > 200 || !parties.every((p) => typeof p === 'string' && p.length <= 64)) {
    return fail('document.parties: expected a list of short strings');
  }
  if (typeof url !== 'string' || url.length > MAX_URL || !/^(https?|file):/.test(url)) {
    return fail('document.url: expected an http(s) or file URL');
  }
  return {
    ok: true,
    value: { fingerprint, title, kind: kind as DocumentSummary['kind'], date, language, parties: [...parties], url },
  };
}

function parseStats(raw: unknown): Parsed<PageStats> {
  if (!isRecord(raw)) return fail('stats: not an object');
  const { sections, references } = raw;
  if (!isCount(sections) || !isCount(references)) return fail('stats: expected counts of sections and references');
  return { ok: true, value: { sections, references } };
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 1_000_000;
}

/** Only web pages and this extension's own pages may be opened on a content script's request. */
function isOpenableUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'https:' || parsed.protocol === 'http:') return true;
  return (parsed.protocol === 'chrome-extension:' || parsed.protocol === 'moz-extension:') && /^\/[a-z-]+\.html$/.test(parsed.pathname);
}

function isOptionalText(value: unknown): value is string | null {
  return value === null || (typeof value === 'string' && value.length <= MAX_TEXT);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(error: string): { ok: false; error: string } {
  return { ok: false, error };
}
