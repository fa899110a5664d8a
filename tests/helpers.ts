/**
 * Shared helpers for unit tests: fixtures from tests/fixtures, golden files, and DOMs from jsdom.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';

export const FIXTURES = resolve(import.meta.dirname, 'fixtures');

/** Reads a fixture file as UTF-8. */
export function fixture(path: string): string {
  return readFileSync(resolve(FIXTURES, path), 'utf8');
}

/**
 * Whether this run rewrites the golden files (`UPDATE_GOLDEN=1`). Refused in CI (`CI` set): a
 * golden file written and then compared with itself would pass whatever the code does.
 */
export function updatingGolden(): boolean {
  if (!process.env.UPDATE_GOLDEN) return false;
  if (process.env.CI) throw new Error('UPDATE_GOLDEN is refused in CI: update golden files locally, review the diff, commit them');
  return true;
}

/**
 * The golden file tests/fixtures/<path> as text; with `UPDATE_GOLDEN=1` (never in CI) first
 * rewrites it with `actual`. Compare the result with `actual`.
 */
export function golden(path: string, actual: string): string {
  if (updatingGolden()) writeFileSync(resolve(FIXTURES, path), actual);
  return fixture(path);
}

/** The 2021 joint statement as the Xinhua wire carried it: flat text, no line breaks. */
export const CORPUS_TEXT = fixture('corpus/joint-statement-2021-06-28.zh.txt');

/** Parses HTML into a Document, as a browser would at `url`. */
export function htmlDocument(html: string, url = 'http://127.0.0.1/page.html'): Document {
  return new JSDOM(html, { url }).window.document;
}

/** A fixture page from tests/fixtures/pages as a Document at a URL of the real site. */
export function page(name: string, url = `http://127.0.0.1/${name}`): Document {
  return htmlDocument(fixture(`pages/${name}`), url);
}
