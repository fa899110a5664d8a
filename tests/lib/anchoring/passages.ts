/**
 * Helpers for the anchoring tests: passages of the statement described as a user's selection
 * would be, and what an anchor covers.
 */
import { analyzeDocument, analyzeText, type AnalysisResult } from '../../../lib/analysis/analyze';
import type { Clause } from '../../../lib/analysis/types';
import { describeRange } from '../../../lib/anchoring/describe';
import { documentText, type BlockPoint } from '../../../lib/anchoring/document-text';
import type { Anchor, AnnotationTarget } from '../../../lib/anchoring/types';
import { CORPUS_TEXT, page } from '../../helpers';

/** The statement as the Xinhua wire carried it (flat text). */
export const corpus = analyzeText(CORPUS_TEXT);

/** Every copy of the statement among the fixture pages. */
export const COPIES = [
  'xinhua-joint-statement-2021.html',
  'mfa-joint-statement-2021.html',
  'people-joint-statement-2021.html',
  'govcn-joint-statement-2021.html',
  'fmprc-joint-statement-2021.html',
] as const;

/** A fixture page's analysis (it must be a diplomatic text). */
export function analyzedPage(name: string): AnalysisResult & { document: Document } {
  const document = page(name);
  const result = analyzeDocument(document);
  if (!result) throw new Error(`${name} was not analysed`);
  return { ...result, document };
}

/** The clause with this eId. */
export function clause(result: AnalysisResult, eId: string): Clause {
  const found = result.analysis.clauses.find((c) => c.eId === eId);
  if (!found) throw new Error(`no clause ${eId}`);
  return found;
}

/** The block positions of the `occurrence`-th `needle` in clause `eId`. */
export function passage(result: AnalysisResult, eId: string, needle: string, occurrence = 0): { start: BlockPoint; end: BlockPoint } {
  const c = clause(result, eId);
  let at = -1;
  for (let n = 0; n <= occurrence; n++) {
    at = c.text.indexOf(needle, at + 1);
    if (at === -1) throw new Error(`"${needle}" does not occur ${occurrence + 1} times in ${eId}`);
  }
  return { start: { block: c.block, offset: c.start + at }, end: { block: c.block, offset: c.start + at + needle.length } };
}

/** The stored target for a selection from `start` to `end`. */
export function targetOf(result: AnalysisResult, start: BlockPoint, end: BlockPoint): AnnotationTarget {
  return { source: result.analysis.fingerprint, selector: describeRange(result.model, result.analysis.clauses, start, end) };
}

/** The stored target for the `occurrence`-th `needle` in clause `eId`. */
export function targetFor(result: AnalysisResult, eId: string, needle: string, occurrence = 0): AnnotationTarget {
  const { start, end } = passage(result, eId, needle, occurrence);
  return targetOf(result, start, end);
}

/** The quoted text of a target. */
export function quoteOf(target: AnnotationTarget): string {
  const quote = target.selector.find((s) => s.type === 'TextQuoteSelector');
  if (!quote || quote.type !== 'TextQuoteSelector') throw new Error('no quote');
  return quote.exact;
}

/** The same target without its clause selector (a copy whose structure tells nothing). */
export function withoutClause(target: AnnotationTarget): AnnotationTarget {
  return { ...target, selector: target.selector.filter((s) => s.type !== 'ClauseSelector') };
}

/** What an anchor covers in the document, or null for an orphan; checks its two descriptions agree. */
export function textAt(result: AnalysisResult, anchor: Anchor): string | null {
  if (anchor.status === 'orphan') return null;
  const doc = documentText(result.model);
  const byBlocks = result.model.blocks
    .slice(anchor.block, anchor.endBlock + 1)
    .map((b, i, all) => b.text.slice(i === 0 ? anchor.start : 0, i === all.length - 1 ? anchor.end : b.text.length))
    .join('\n');
  const byDocument = doc.text.slice(anchor.documentStart, anchor.documentEnd);
  if (byBlocks !== byDocument) throw new Error(`block span "${byBlocks}" ≠ document span "${byDocument}"`);
  return byDocument;
}

/** Every occurrence of `needle` in the clauses, as (eId, occurrence within the clause). */
export function occurrencesInClauses(result: AnalysisResult, needle: string): Array<{ eId: string; occurrence: number }> {
  const found: Array<{ eId: string; occurrence: number }> = [];
  for (const c of result.analysis.clauses) {
    let n = 0;
    for (let i = c.text.indexOf(needle); i !== -1; i = c.text.indexOf(needle, i + 1)) found.push({ eId: c.eId, occurrence: n++ });
  }
  return found;
}

/** Analyses the statement with `edit` applied to its flat text (which must change it). */
export function editedCorpus(edit: (text: string) => string): AnalysisResult {
  const text = edit(CORPUS_TEXT);
  if (text === CORPUS_TEXT) throw new Error('the edit changed nothing');
  return analyzeText(text);
}
