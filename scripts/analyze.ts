/**
 * `npm run -s analyze -- FILE [--url URL] [--force]`: analyses a page (.html) or a text (.txt;
 * `-` reads stdin) and prints one JSON object (the contract in lib/analysis/types.ts:
 * diplomatic, kind, language, title, date, parties, fingerprint, sections, clauses, references).
 *
 * --url    the page's address, so the site adapter for it is used (default: the file's URL)
 * --force  analyse even when the cheap pre-check says the page is not a diplomatic text
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { analyzeDocument, analyzeText } from '../lib/analysis/analyze';
import { readabilityArticle } from '../lib/analysis/extract-readability';
import { textModelFromElements } from '../lib/text/text-model';
import { foldForFingerprint } from '../lib/text/normalize';
import { hash64 } from '../lib/text/hash';
import type { Analysis } from '../lib/analysis/types';

function usage(message: string): never {
  console.error(`${message}\nusage: npm run -s analyze -- FILE|- [--url URL] [--force]`);
  process.exit(2);
}

function main(): void {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--url');
  const urlIndex = args.indexOf('--url');
  const url = urlIndex >= 0 ? args[urlIndex + 1] : undefined;
  if (urlIndex >= 0 && !url) usage('--url needs an address');
  if (!file) usage('no input file');

  let input: string;
  try {
    input = file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
  } catch (error) {
    usage(`cannot read ${file}: ${(error as Error).message}`);
  }
  const isHtml = file.endsWith('.html') || file.endsWith('.htm') || (file === '-' && /^\s*</.test(input));
  console.log(JSON.stringify(contract(isHtml ? analyzeHtml(input, url ?? (file === '-' ? 'http://localhost/' : pathToFileURL(resolve(file)).href), args.includes('--force')) : analyzeText(input).analysis), null, 2));
}

function analyzeHtml(html: string, url: string, force: boolean): Analysis {
  const document = new JSDOM(html, { url }).window.document;
  const result = analyzeDocument(document, { url, readability: readabilityArticle, force });
  if (result) return result.analysis;
  // Rejected by the pre-check: say so, with the fingerprint of the page's text.
  const text = textModelFromElements([document.body]).blocks.map((b) => b.text).join('');
  const title = document.title.trim() || null;
  return { diplomatic: false, kind: null, language: document.documentElement.lang?.split('-')[0] || 'und', title, date: null, parties: [], fingerprint: hash64(foldForFingerprint(text)), sections: [], clauses: [], references: [] };
}

/** The shape the issue promises, field for field. */
function contract(a: Analysis) {
  return {
    diplomatic: a.diplomatic,
    kind: a.kind,
    language: a.language,
    title: a.title,
    date: a.date,
    parties: a.parties,
    fingerprint: a.fingerprint,
    sections: a.sections.map((s) => ({ eId: s.eId, label: s.label, heading: s.heading })),
    clauses: a.clauses.map((c) => ({ eId: c.eId, label: c.label, text: c.text })),
    references: a.references.map((r) => ({
      kind: r.kind,
      text: r.text,
      eId: r.eId,
      start: r.start,
      end: r.end,
      instrument: r.instrument ? { id: r.instrument.id, title: r.instrument.title } : null,
      articles: r.articles,
      symbols: r.symbols,
      targets: r.targets,
    })),
  };
}

main();
