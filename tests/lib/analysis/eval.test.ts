/**
 * Evaluation on texts the analysis was not tuned to (tests/fixtures/eval). Each document has
 * an expected result in tests/fixtures/eval/expected/<name>.json, written by hand before the
 * analysis was run on it: detection, top-level sections, every clause (eId and text) and every
 * reference. The notes in each expected file say which conventions were assumed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { analyzeDocument, analyzeText } from '../../../lib/analysis/analyze';
import { readabilityArticle } from '../../../lib/analysis/extract-readability';
import type { Analysis, Reference } from '../../../lib/analysis/types';
import { FIXTURES } from '../../helpers';

const EVAL = resolve(FIXTURES, 'eval');

interface ExpectedReference {
  kind: Reference['kind'];
  text: string;
  eId: string;
  start: number;
  end: number;
  instrument: { id: string | null; title: string | null; self?: boolean } | null;
  articles: number[];
  symbols: string[];
  targets: string[];
}

interface Expected {
  file: string;
  url?: string;
  diplomatic: boolean;
  kind: string | null;
  language: string | null;
  title?: string;
  date?: string | null;
  parties?: string[];
  sections: Array<{ eId: string; label: string; heading: string | null }>;
  clauses: Array<{ eId: string; text: string }>;
  references: ExpectedReference[];
  notes: string[];
}

function analyse(expected: Expected): Analysis | null {
  const input = readFileSync(resolve(EVAL, expected.file), 'utf8');
  if (expected.file.endsWith('.txt')) return analyzeText(input).analysis;
  const url = expected.url ?? `http://127.0.0.1/${expected.file}`;
  const document = new JSDOM(input, { url }).window.document;
  return analyzeDocument(document, { url, readability: readabilityArticle })?.analysis ?? null;
}

/** A reference in the expected shape; `self` only when the analysis says so. */
function shape(r: Reference): ExpectedReference {
  return {
    kind: r.kind,
    text: r.text,
    eId: r.eId,
    start: r.start,
    end: r.end,
    instrument: r.instrument
      ? { id: r.instrument.id, title: r.instrument.title, ...(r.instrument.self ? { self: true } : {}) }
      : null,
    articles: r.articles,
    symbols: r.symbols,
    targets: r.targets,
  };
}

function inDocumentOrder(refs: ExpectedReference[], order: string[]): ExpectedReference[] {
  return [...refs].sort((a, b) => order.indexOf(a.eId) - order.indexOf(b.eId) || a.start - b.start || a.end - b.end);
}

const files = readdirSync(resolve(EVAL, 'expected')).filter((f) => f.endsWith('.json')).sort();

describe('evaluation on untuned texts', () => {
  it('has at least 14 documents', () => {
    expect(files.length).toBeGreaterThanOrEqual(14);
  });

  for (const file of files) {
    const expected = JSON.parse(readFileSync(resolve(EVAL, 'expected', file), 'utf8')) as Expected;

    describe(expected.file, () => {
      const analysis = analyse(expected);

      it('detect: diplomatic or not, kind', () => {
        expect({ diplomatic: analysis?.diplomatic ?? false, kind: analysis?.kind ?? null }).toEqual({
          diplomatic: expected.diplomatic,
          kind: expected.kind,
        });
      });

      if (expected.diplomatic) {
        it('detect: language, title, date, parties', () => {
          expect(analysis).not.toBeNull();
          const got = { language: analysis!.language, date: analysis!.date, parties: analysis!.parties } as Record<string, unknown>;
          const want = { language: expected.language, date: expected.date, parties: expected.parties } as Record<string, unknown>;
          if (expected.title !== undefined) {
            got.title = analysis!.title;
            want.title = expected.title;
          }
          expect(got).toEqual(want);
        });

        it('structure: top-level sections', () => {
          expect(analysis!.sections.map((s) => ({ eId: s.eId, label: s.label, heading: s.heading }))).toEqual(expected.sections);
        });

        it('structure: clause eIds', () => {
          expect(analysis!.clauses.map((c) => c.eId)).toEqual(expected.clauses.map((c) => c.eId));
        });

        it('structure: clause texts', () => {
          expect(analysis!.clauses.map((c) => ({ eId: c.eId, text: c.text }))).toEqual(expected.clauses);
        });

        it('references', () => {
          const order = expected.clauses.map((c) => c.eId);
          expect(inDocumentOrder(analysis!.references.map(shape), order)).toEqual(inDocumentOrder(expected.references, order));
        });

        it('references: spans match their clause text', () => {
          const byId = new Map(analysis!.clauses.map((c) => [c.eId, c.text]));
          for (const r of analysis!.references) expect(byId.get(r.eId)?.slice(r.start, r.end)).toBe(r.text);
        });
      } else {
        it('nothing is structured or referenced on a page that is not a diplomatic text', () => {
          expect({ sections: analysis?.sections ?? [], clauses: analysis?.clauses ?? [], references: analysis?.references ?? [] }).toEqual({
            sections: [],
            clauses: [],
            references: [],
          });
        });
      }
    });
  }
});
