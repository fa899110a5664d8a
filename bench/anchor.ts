/**
 * Re-anchoring 1,000 stored highlights on the corpus statement's Xinhua page (its text model,
 * in Node), with Clausemark's `anchorAll` and, side by side, the Hypothesis way
 * (hypothesis-baseline.ts), in two settings:
 *
 * - exact: the same page, unchanged;
 * - changed: the page's text edited in its DOM (one character changed in the passage of 30% of the
 *   highlights, no two changes within 48 characters, and a sentence inserted at the start of §一, so every offset after it shifts), then
 *   analysed again, as a later visit to an edited page would be.
 *
 * The highlights are a realistic mix made with a seeded generator: lengths from 5 to 200
 * characters (most short), spread over every clause, some running on into the next clause, and a
 * tenth of them short passages that occur more than once in the statement. Each is described by
 * `describeRange`, exactly as the extension stores a selection.
 *
 * Besides the time, each method's placements are checked against where each passage really is
 * after the edits, so a fast method that places passages wrongly cannot look good.
 */
import { analyzeDocument, type PageAnalysisResult } from '../lib/analysis/analyze';
import type { Clause } from '../lib/analysis/types';
import { anchorAll } from '../lib/anchoring/anchor';
import { describeRange } from '../lib/anchoring/describe';
import { documentText, toBlockPoint, type DocumentText } from '../lib/anchoring/document-text';
import type { Anchor, AnnotationTarget } from '../lib/anchoring/types';
import type { TextModel } from '../lib/text/text-model';
import { htmlDocument, pageHtml, random, STATEMENT_PAGE, STATEMENT_URL } from './corpus';
import { anchorHypothesis, type HypothesisAnchor } from './hypothesis-baseline';
import { repeat, type Repetitions, type Timings } from './timing';

/** How many highlights, and the share of them whose text is changed in the "changed" setting. */
export const HIGHLIGHTS = 1_000;
const CHANGED_SHARE = 0.3;
/** Edits are at least this far apart (characters): more than a quote's stored context. */
const EDIT_SPACING = 48;
const REPEATED_SHARE = 0.1;
/** The sentence inserted at the start of §一 in the "changed" setting. */
export const INSERTED_SENTENCE = '双方高度评价新时代中俄全面战略协作伙伴关系取得的丰硕成果。';

/** How the placements compare with where the passages really are. */
export interface Placement {
  /** Placed where the passage is. */
  correct: number;
  /** Placed somewhere else. */
  wrong: number;
  /** Not placed (orphans, or no match). */
  unplaced: number;
  /** Passages the inserted sentence went into: no single right place, left out of the three counts above. */
  notComparable: number;
  /** Clausemark's statuses (exact, moved, changed, orphan); Hypothesis's path (position, quote, none). */
  by: Record<string, number>;
}

/** One setting (same page, or edited page): both methods' times and how well they placed the passages. */
export interface AnchorSetting {
  ms: Timings;
  baselineMs: Timings;
  /** baseline median / Clausemark median. */
  speedup: number;
  clausemark: Placement;
  hypothesis: Placement;
  reps: Repetitions;
  baselineReps: Repetitions;
}

/** The anchoring figures: the highlights, and the two settings. */
export interface AnchorResult {
  highlights: number;
  /** Quote lengths: min, median, max, and how many are repeated short passages. */
  lengths: { min: number; median: number; max: number; repeatedShort: number; spanningClauses: number };
  exact: AnchorSetting;
  changed: AnchorSetting & { editedCharacters: number; changedPassages: number; insertedAt: string; straddlingInsertion: number };
}

/** The corpus page analysed in jsdom (it must be a diplomatic text). */
function analysePage(document: Document): PageAnalysisResult {
  const result = analyzeDocument(document, { url: STATEMENT_URL });
  if (!result?.analysis.diplomatic) throw new Error(`${STATEMENT_PAGE} was not analysed as a diplomatic text`);
  return result;
}

/** A highlight as stored, with the document-text span it was made on. */
interface Highlight {
  target: AnnotationTarget;
  start: number;
  end: number;
  repeated: boolean;
}

/** Draws a quote length: most highlights are a phrase or a sentence, a few a whole passage. */
function drawLength(next: () => number): number {
  const r = next();
  const between = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  if (r < 0.35) return between(5, 15);
  if (r < 0.7) return between(16, 60);
  if (r < 0.9) return between(61, 120);
  return between(121, 200);
}

/** Short passages (5–14 characters, within one block) that occur at least twice, with their offsets. */
function repeatedPassages(text: string): Array<{ passage: string; offsets: number[] }> {
  const found = new Map<string, number[]>();
  for (const length of [5, 6, 8, 10, 14]) {
    const seen = new Map<string, number[]>();
    for (let i = 0; i + length <= text.length; i++) {
      const s = text.slice(i, i + length);
      if (s.includes('\n') || /^[\s，。、；：]|[\s，、；]$/u.test(s)) continue;
      const at = seen.get(s);
      if (at) at.push(i);
      else seen.set(s, [i]);
    }
    for (const [s, offsets] of seen) if (offsets.length >= 2) found.set(s, offsets);
  }
  return [...found].map(([passage, offsets]) => ({ passage, offsets }));
}

/** The 1,000 highlights on `result`, drawn with a fixed seed. */
function makeHighlights(result: PageAnalysisResult, count = HIGHLIGHTS): Highlight[] {
  const { model } = result;
  const clauses = result.analysis.clauses;
  const doc = documentText(model);
  const next = random(20210628);
  const repeats = repeatedPassages(doc.text);
  if (repeats.length === 0) throw new Error('the statement has no repeated short passages');
  const spans = clauses.map((c) => ({ start: doc.starts[c.block]! + c.start, end: doc.starts[c.block]! + c.end }));
  const highlights: Highlight[] = [];
  for (let i = 0; highlights.length < count; i++) {
    let start: number;
    let end: number;
    const repeated = next() < REPEATED_SHARE;
    if (repeated) {
      const { passage, offsets } = repeats[Math.floor(next() * repeats.length)]!;
      start = offsets[Math.floor(next() * offsets.length)]!;
      end = start + passage.length;
    } else {
      // Every clause in turn, so that all are covered; where in it and how long, at random.
      const span = spans[i % spans.length]!;
      const length = drawLength(next);
      start = span.start + Math.floor(next() * Math.max(1, span.end - span.start - Math.min(length, 5)));
      // A passage longer than what is left of its clause runs on into the next one, as a reader's would.
      end = Math.min(doc.text.length, start + length);
    }
    try {
      const selector = describeRange(model, clauses, toBlockPoint(doc, start, 'start'), toBlockPoint(doc, end, 'end'));
      // The stored span: describeRange leaves out spaces and block boundaries at the edges.
      const position = selector.find((s) => s.type === 'TextPositionSelector')!;
      highlights.push({ target: { source: result.analysis.fingerprint, selector }, start: position.start, end: position.end, repeated });
    } catch {
      // A span of nothing but spaces and boundaries is not a selection a reader can make: draw another.
    }
  }
  return highlights;
}

/** The place of a text-model position in the DOM: which text node, and where in its data. */
function nodeAt(model: TextModel, doc: DocumentText, offset: number): { node: Text; index: number } {
  const point = toBlockPoint(doc, offset, 'start');
  const block = model.blocks[point.block]!;
  const segment = block.segments.find((s) => s.start <= point.offset && point.offset < s.end) ?? block.segments.find((s) => s.end === point.offset);
  if (!segment?.node) throw new Error(`offset ${offset} is not in a text node`);
  return { node: segment.node, index: segment.nodeStart + point.offset - segment.start };
}

/** A Han character to put in place of `c`. */
function replacement(c: string): string {
  return c === '甲' ? '乙' : '甲';
}

/** The edited page and what the edits were, in the original document text's offsets. */
interface EditedPage {
  result: PageAnalysisResult;
  changedOffsets: Set<number>;
  insertAt: number;
  insertedAt: string;
}

/**
 * Edits the page's DOM text: one Han character changed in CHANGED_SHARE of the highlights'
 * passages, and INSERTED_SENTENCE at the start of §一's first paragraph; then analyses it again.
 * Checks that the new document text is exactly the old one with those edits.
 */
function editPage(highlights: readonly Highlight[], seedResult: PageAnalysisResult): EditedPage {
  const document = htmlDocument(pageHtml(STATEMENT_PAGE), STATEMENT_URL);
  const before = analysePage(document);
  const doc = documentText(before.model);
  if (doc.text !== documentText(seedResult.model).text) throw new Error('the page analysed differently twice');
  const next = random(7);
  const changedOffsets = new Set<number>();
  const taken: number[] = [];
  for (const h of highlights) {
    if (next() >= CHANGED_SHARE) continue;
    // A Han character near the middle of the passage, not within EDIT_SPACING of another edit:
    // a corrected page changes a word here and there, not every other phrase.
    const middle = Math.floor((h.start + h.end) / 2);
    for (let d = 0; d < h.end - h.start; d++) {
      const at = middle + (d % 2 ? -1 : 1) * Math.ceil(d / 2);
      if (at < h.start || at >= h.end || !/\p{Script=Han}/u.test(doc.text[at]!)) continue;
      if (taken.every((t) => Math.abs(t - at) > EDIT_SPACING)) {
        changedOffsets.add(at);
        taken.push(at);
      }
      break;
    }
  }
  for (const at of changedOffsets) {
    const { node, index } = nodeAt(before.model, doc, at);
    node.replaceData(index, 1, replacement(node.data[index]!));
  }
  const clause = before.analysis.clauses.find((c) => c.eId === 'sec_1__para_1');
  if (!clause) throw new Error('the statement has no sec_1__para_1');
  const insertAt = doc.starts[clause.block]! + clause.start;
  const { node, index } = nodeAt(before.model, doc, insertAt);
  node.insertData(index, INSERTED_SENTENCE);

  const result = analysePage(document);
  let expected = '';
  for (let i = 0; i < doc.text.length; i++) {
    if (i === insertAt) expected += INSERTED_SENTENCE;
    expected += changedOffsets.has(i) ? replacement(doc.text[i]!) : doc.text[i]!;
  }
  if (documentText(result.model).text !== expected) throw new Error('editing the page did not give the expected text');
  return { result, changedOffsets, insertAt, insertedAt: clause.eId };
}

/** Where a highlight's passage is after the edits, or null when the inserted sentence is inside it. */
function expectedSpan(h: Highlight, insertAt: number | null): { start: number; end: number } | null {
  if (insertAt === null) return { start: h.start, end: h.end };
  if (h.start < insertAt && insertAt < h.end) return null;
  const shift = (offset: number) => (offset >= insertAt ? offset + INSERTED_SENTENCE.length : offset);
  return { start: shift(h.start), end: h.start >= insertAt ? shift(h.end) : h.end };
}

function tally(
  highlights: readonly Highlight[],
  insertAt: number | null,
  placeOf: (i: number) => { start: number; end: number } | null,
  kindOf: (i: number) => string,
): Placement {
  const placement: Placement = { correct: 0, wrong: 0, unplaced: 0, notComparable: 0, by: {} };
  highlights.forEach((h, i) => {
    const kind = kindOf(i);
    placement.by[kind] = (placement.by[kind] ?? 0) + 1;
    const expected = expectedSpan(h, insertAt);
    const placed = placeOf(i);
    if (!expected) placement.notComparable++;
    else if (!placed) placement.unplaced++;
    else if (placed.start === expected.start && placed.end === expected.end) placement.correct++;
    else placement.wrong++;
  });
  return placement;
}

function clausemarkPlacement(highlights: readonly Highlight[], anchors: readonly Anchor[], insertAt: number | null): Placement {
  return tally(
    highlights,
    insertAt,
    (i) => {
      const a = anchors[i]!;
      return a.status === 'orphan' ? null : { start: a.documentStart, end: a.documentEnd };
    },
    (i) => anchors[i]!.status,
  );
}

function hypothesisPlacement(highlights: readonly Highlight[], anchors: readonly HypothesisAnchor[], insertAt: number | null): Placement {
  return tally(highlights, insertAt, (i) => anchors[i] ?? null, (i) => anchors[i]?.via ?? 'none');
}

/** Times both methods on one page (a fresh text model and clause index each run, as on a page load). */
async function measureSetting(
  page: PageAnalysisResult,
  highlights: readonly Highlight[],
  insertAt: number | null,
  reps: Repetitions,
  baselineReps: Repetitions,
): Promise<AnchorSetting> {
  const targets = highlights.map((h) => h.target);
  const clauses: readonly Clause[] = page.analysis.clauses;
  // A copy of the model is a new key for the caches of the document text and clause index.
  const fresh = (): TextModel => ({ ...page.model });
  const ms = await repeat(reps, fresh, (model) => anchorAll(model, clauses, targets));
  // Hypothesis reads the page's text once per anchoring; here it is built once per run.
  const baselineMs = await repeat(baselineReps, fresh, (model) => {
    const { text } = documentText(model);
    return targets.map((t) => anchorHypothesis(text, t));
  });
  const anchors = anchorAll(fresh(), clauses, targets);
  const { text } = documentText(fresh());
  const baseline = targets.map((t) => anchorHypothesis(text, t));
  return {
    ms,
    baselineMs,
    speedup: baselineMs.median / ms.median,
    clausemark: clausemarkPlacement(highlights, anchors, insertAt),
    hypothesis: hypothesisPlacement(highlights, baseline, insertAt),
    reps,
    baselineReps,
  };
}

/** The highlights, the page they were made on and the same page edited (see the module comment). */
export interface AnchoringWorkload {
  page: PageAnalysisResult;
  edited: PageAnalysisResult;
  targets: AnnotationTarget[];
}

/** Prepares what the anchoring figures run on (for bench/profile.ts). */
export function anchoringWorkload(): AnchoringWorkload {
  const page = analysePage(htmlDocument(pageHtml(STATEMENT_PAGE), STATEMENT_URL));
  const highlights = makeHighlights(page);
  return { page, edited: editPage(highlights, page).result, targets: highlights.map((h) => h.target) };
}

/** Runs both settings. */
export async function measureAnchoring(options: { reps: Repetitions; baselineReps: Repetitions; changedBaselineReps: Repetitions }): Promise<AnchorResult> {
  const page = analysePage(htmlDocument(pageHtml(STATEMENT_PAGE), STATEMENT_URL));
  const highlights = makeHighlights(page);
  const lengths = highlights.map((h) => h.end - h.start).sort((a, b) => a - b);
  const spanning = highlights.filter((h) => h.target.selector.some((s) => s.type === 'ClauseSelector' && s.endEId !== undefined)).length;
  const exact = await measureSetting(page, highlights, null, options.reps, options.baselineReps);
  const edited = editPage(highlights, page);
  const changed = await measureSetting(edited.result, highlights, edited.insertAt, options.reps, options.changedBaselineReps);
  return {
    highlights: highlights.length,
    lengths: {
      min: lengths[0]!,
      median: lengths[Math.floor(lengths.length / 2)]!,
      max: lengths[lengths.length - 1]!,
      repeatedShort: highlights.filter((h) => h.repeated).length,
      spanningClauses: spanning,
    },
    exact,
    changed: {
      ...changed,
      editedCharacters: edited.changedOffsets.size,
      changedPassages: highlights.filter((h) => [...edited.changedOffsets].some((o) => o >= h.start && o < h.end)).length,
      insertedAt: edited.insertedAt,
      straddlingInsertion: highlights.filter((h) => expectedSpan(h, edited.insertAt) === null).length,
    },
  };
}
