/**
 * Summary statistics for repeated timings: the median and the spread around it. Every figure
 * in bench/results.json is one of these, so the spread is always reported the same way:
 * p10–p90 (linear interpolation between order statistics), min/max and the interquartile range.
 */

/** A sample of repeated measurements, summarised. */
export interface Summary {
  /** How many measurements (after warm-up). */
  n: number;
  median: number;
  p10: number;
  p90: number;
  min: number;
  max: number;
  /** p75 − p25. */
  iqr: number;
}

/**
 * The q-quantile (0 ≤ q ≤ 1) of `values`, interpolating linearly between the two nearest order
 * statistics (the "R-7" definition spreadsheets and NumPy use). Throws a RangeError for an empty
 * sample or a q outside [0, 1].
 */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) throw new RangeError('quantile of an empty sample');
  if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile ${q} is outside [0, 1]`);
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const below = Math.floor(at);
  const above = Math.ceil(at);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (at - below);
}

/** The median of `values` (see `quantile`). */
export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** Summarises a sample. Throws a RangeError when it is empty or holds a value that is not finite. */
export function summarize(values: readonly number[]): Summary {
  if (values.length === 0) throw new RangeError('cannot summarise an empty sample');
  const bad = values.find((v) => !Number.isFinite(v));
  if (bad !== undefined) throw new RangeError(`sample holds a value that is not finite: ${bad}`);
  return {
    n: values.length,
    median: quantile(values, 0.5),
    p10: quantile(values, 0.1),
    p90: quantile(values, 0.9),
    min: Math.min(...values),
    max: Math.max(...values),
    iqr: quantile(values, 0.75) - quantile(values, 0.25),
  };
}

/**
 * The exponent b of the power law ms ≈ a · size^b fitted by least squares on the logarithms:
 * 1 is linear growth, 2 quadratic. Needs at least two distinct sizes with positive values.
 */
export function growthExponent(points: ReadonlyArray<{ size: number; value: number }>): number {
  const usable = points.filter((p) => p.size > 0 && p.value > 0);
  if (new Set(usable.map((p) => p.size)).size < 2) throw new RangeError('a growth exponent needs two distinct sizes');
  const xs = usable.map((p) => Math.log(p.size));
  const ys = usable.map((p) => Math.log(p.value));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  xs.forEach((x, i) => {
    num += (x - mx) * (ys[i]! - my);
    den += (x - mx) ** 2;
  });
  return num / den;
}
