import { describe, expect, it } from 'vitest';
import { growthExponent, median, quantile, summarize } from '../../bench/stats';

describe('summary statistics', () => {
  it('summarises a sample with its median and spread, interpolating between order statistics', () => {
    expect(summarize([10, 1, 4, 3, 2, 9, 8, 7, 6, 5])).toEqual({ n: 10, median: 5.5, p10: 1.9, p90: 9.1, min: 1, max: 10, iqr: 4.5 });
  });

  it('takes the value itself for a sample of one, and the middle for an odd count', () => {
    expect([quantile([42], 0.9), median([3, 1, 2])]).toEqual([42, 2]);
  });

  it('refuses an empty sample, a quantile outside [0, 1] and values that are not numbers', () => {
    expect(() => summarize([])).toThrow(RangeError);
    expect(() => quantile([1, 2], 1.5)).toThrow(RangeError);
    expect(() => summarize([1, Number.NaN])).toThrow(/not finite/);
  });

  it('fits the exponent of a power law: 1 for linear growth, 2 for quadratic', () => {
    const sizes = [1e4, 5e4, 2e5, 1e6];
    const linear = growthExponent(sizes.map((size) => ({ size, value: 3e-4 * size })));
    const quadratic = growthExponent(sizes.map((size) => ({ size, value: 1e-9 * size * size })));
    expect([linear, quadratic].map((x) => Math.round(x * 1000) / 1000)).toEqual([1, 2]);
    expect(() => growthExponent([{ size: 10, value: 1 }])).toThrow(RangeError);
  });
});
