/**
 * What the protocol's validators share beyond the record checks of lib/records: how a request
 * is refused, counts, and which URLs a content script may ask to open. Messages from content
 * scripts are untrusted: every field is checked for type, size and form before anything acts on it.
 */
import { problemText, type Problem } from '../lib/records/fields';

export function fail(error: string): { ok: false; error: string } {
  return { ok: false, error };
}

/** A refusal naming the bad part of the field `root` of a request (`annotation.body.colour: expected …`). */
export function failAt(root: string, problem: Problem): { ok: false; error: string } {
  return fail(problemText(root, problem));
}

export function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 1_000_000;
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
