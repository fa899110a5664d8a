/**
 * The figures of a benchmark run, each beside its target, and the table `npm run bench` prints.
 */
import type { Summary } from './stats';

/**
 * A target to reach: the figure must be at most (`<=`) or at least (`>=`) `value`. It is checked
 * on the median, or on the worst run (`on: 'max'`) when the target says "no … above".
 */
export interface Target {
  op: '<=' | '>=';
  value: number;
  on?: 'median' | 'max';
}

/** One figure of the run. */
export interface Figure {
  /** Stable name, as in results.json (`analysis_seed_browser_ms`). */
  name: string;
  /** What it is, in a few words. */
  label: string;
  unit: 'ms' | 'KB' | 'MB' | '×' | 'ns/char';
  /** The median (or the single value). */
  value: number;
  /** The spread of the repeated measurements, when there were any. */
  spread?: Pick<Summary, 'n' | 'p10' | 'p90' | 'min' | 'max' | 'iqr'>;
  target?: Target;
  /** Whether the target is met (absent when there is none). */
  met?: boolean;
  note?: string;
}

/** A figure from a summary, with its target checked against the median. */
export function figure(name: string, label: string, unit: Figure['unit'], value: Summary | number, extra: { target?: Target; note?: string } = {}): Figure {
  const summary = typeof value === 'number' ? null : value;
  const out: Figure = { name, label, unit, value: summary ? summary.median : (value as number) };
  if (summary) out.spread = { n: summary.n, p10: summary.p10, p90: summary.p90, min: summary.min, max: summary.max, iqr: summary.iqr };
  if (extra.target) {
    out.target = extra.target;
    out.met = meets(extra.target.on === 'max' && summary ? summary.max : out.value, extra.target);
  }
  if (extra.note) out.note = extra.note;
  return out;
}

/** Whether `value` meets `target`. */
export function meets(value: number, target: Target): boolean {
  return target.op === '<=' ? value <= target.value : value >= target.value;
}

/** A number with as many decimals as its size deserves. */
export function formatNumber(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 100) return value.toFixed(0);
  if (abs >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

function cell(f: Figure): { value: string; spread: string; target: string; met: string } {
  const unit = f.unit === '×' ? '×' : ` ${f.unit}`;
  return {
    value: `${formatNumber(f.value)}${unit}`,
    spread: f.spread ? (f.spread.n > 1 ? `${formatNumber(f.spread.p10)}–${formatNumber(f.spread.p90)} (n=${f.spread.n})` : `n=1`) : '',
    target: f.target ? `${f.target.op === '<=' ? '≤' : '≥'} ${formatNumber(f.target.value)}${unit}${f.target.on === 'max' ? ' (max)' : ''}` : '',
    met: f.met === undefined ? '' : f.met ? 'yes' : 'NO',
  };
}

/** Display width: CJK and other wide characters take two columns. */
function width(text: string): number {
  let w = 0;
  for (const c of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(c) ? 2 : 1;
  return w;
}

function pad(text: string, to: number, right = false): string {
  const fill = ' '.repeat(Math.max(0, to - width(text)));
  return right ? fill + text : text + fill;
}

/** The table: figure, median, p10–p90, target, met, then the notes under it. */
export function formatTable(figures: readonly Figure[]): string {
  const rows = figures.map((f) => ({ name: f.name, label: f.label, ...cell(f) }));
  const head = { name: 'figure', label: 'what', value: 'median', spread: 'p10–p90', target: 'target', met: 'met' };
  const all = [head, ...rows];
  const w = (k: keyof typeof head) => Math.max(...all.map((r) => width(r[k])));
  const line = (r: typeof head) =>
    [pad(r.name, w('name')), pad(r.label, w('label')), pad(r.value, w('value'), true), pad(r.spread, w('spread')), pad(r.target, w('target')), r.met].join('  ').trimEnd();
  const rule = '-'.repeat(width(line(head)) + 2);
  const notes = figures.filter((f) => f.note).map((f) => `  ${f.name}: ${f.note}`);
  return [line(head), rule, ...rows.map(line), ...(notes.length ? ['', 'Notes:', ...notes] : [])].join('\n');
}
