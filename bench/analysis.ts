/**
 * The analysis in Node: the corpus statement's page (jsdom Document → analyzeDocument, with
 * Readability as the caller wires it), and statements of growing length (analyzeText) to show
 * how the cost grows.
 */
import { analyzeDocument, analyzeText } from '../lib/analysis/analyze';
import { readabilityArticle } from '../lib/analysis/extract-readability';
import { buildStatement, htmlDocument, pageHtml, STATEMENT_PAGE, STATEMENT_URL, statementParts, statementText } from './corpus';
import { growthExponent } from './stats';
import { repeat, timeOnce, type Repetitions, type Timings } from './timing';

/** The seed analysis in Node. */
export interface SeedNodeResult {
  /** analyzeDocument on a freshly parsed Document, warm (after `warmup` runs). */
  ms: Timings;
  /** The very first analysis in this process: cold code, regular expressions not yet compiled. */
  coldMs: number;
  reps: Repetitions;
  /** What the analysis found, to show it did its whole work. */
  found: { adapter: string; diplomatic: boolean; blocks: number; sections: number; clauses: number; references: number };
}

/** Times the analysis of the corpus statement's Xinhua page. Call it first, so that `coldMs` is cold. */
export async function measureSeedNode(reps: Repetitions): Promise<SeedNodeResult> {
  const html = pageHtml(STATEMENT_PAGE);
  const prepare = () => htmlDocument(html, STATEMENT_URL);
  const analyse = (document: Document) => {
    const result = analyzeDocument(document, { url: STATEMENT_URL, readability: readabilityArticle });
    if (!result?.analysis.diplomatic) throw new Error(`${STATEMENT_PAGE} was not analysed as a diplomatic text`);
    return result;
  };
  const coldMs = (await timeOnce(prepare, analyse)).ms;
  const ms = await repeat(reps, prepare, analyse);
  const result = analyse(prepare());
  return {
    ms,
    coldMs,
    reps,
    found: {
      adapter: result.page.adapter,
      diplomatic: result.analysis.diplomatic,
      blocks: result.model.blocks.length,
      sections: result.analysis.sections.length,
      clauses: result.analysis.clauses.length,
      references: result.analysis.references.length,
    },
  };
}

/** One size of the scaling series. */
export interface ScalingPoint {
  /** The size asked for, and the characters of body text the statement really has. */
  target: number;
  characters: number;
  ms: Timings;
  reps: Repetitions;
  /** Median nanoseconds per character. */
  nsPerChar: number;
  found: { sections: number; clauses: number; references: number };
}

/** The scaling series and whether its growth is linear. */
export interface ScalingResult {
  points: ScalingPoint[];
  /** ns/char at the largest size divided by ns/char at the smallest: ≈1 or below is linear. */
  perCharRatio: number;
  /** b in ms ≈ a · chars^b (least squares on the logs): 1 is linear. */
  exponent: number;
  linear: boolean;
}

/** Sizes of the scaling series and how often each is run (fewer runs for the long ones). */
export const SCALING_SIZES: ReadonlyArray<{ size: number; reps: Repetitions }> = [
  { size: 10_000, reps: { warmup: 3, runs: 15 } },
  { size: 50_000, reps: { warmup: 2, runs: 10 } },
  { size: 200_000, reps: { warmup: 2, runs: 7 } },
  { size: 1_000_000, reps: { warmup: 1, runs: 3 } },
];

/** Times analyzeText on statements built from the corpus (see `buildStatement`) of each size. */
export async function measureScaling(sizes = SCALING_SIZES): Promise<ScalingResult> {
  const parts = statementParts();
  const points: ScalingPoint[] = [];
  for (const { size, reps } of sizes) {
    const statement = buildStatement(size, parts);
    const text = statementText(statement);
    const ms = await repeat(reps, () => text, (t) => analyzeText(t));
    const { analysis } = analyzeText(text);
    if (!analysis.diplomatic || analysis.sections.length !== statement.sections) {
      throw new Error(`the ${size}-character statement was analysed with ${analysis.sections.length} sections, not ${statement.sections}`);
    }
    points.push({
      target: size,
      characters: statement.characters,
      ms,
      reps,
      nsPerChar: (ms.median * 1e6) / statement.characters,
      found: { sections: analysis.sections.length, clauses: analysis.clauses.length, references: analysis.references.length },
    });
  }
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const perCharRatio = last.nsPerChar / first.nsPerChar;
  const exponent = growthExponent(points.map((p) => ({ size: p.characters, value: p.ms.median })));
  return { points, perCharRatio, exponent, linear: exponent <= 1.15 && perCharRatio <= 1.5 };
}
