import { describe, expect, it } from 'vitest';
import { isAnnotationTarget, targetProblem } from '../../../lib/anchoring/types';
import { fixture } from '../../helpers';

const quote = { type: 'TextQuoteSelector', exact: '第二十五条', prefix: '根据条约', suffix: '对其予以延期' };

describe('targetProblem', () => {
  it('accepts every stored target of the baseline, as JSON read back', () => {
    const baseline = JSON.parse(fixture('anchoring/corpus-targets.json')) as Array<{ target: unknown }>;
    expect(baseline.map((e) => targetProblem(e.target))).toEqual(baseline.map(() => null));
    expect(isAnnotationTarget({ source: 'f', selector: [quote] })).toBe(true);
  });

  it('names what is wrong with a malformed target', () => {
    const cases: unknown[] = [
      null,
      { source: '', selector: [quote] },
      { source: 'f', selector: {} },
      { source: 'f', selector: [] },
      { source: 'f', selector: [{ ...quote, exact: '' }] },
      { source: 'f', selector: [quote, quote] },
      { source: 'f', selector: [quote, { type: 'TextPositionSelector', start: 3, end: 1.5 }] },
      { source: 'f', selector: [quote, { type: 'ClauseSelector', eId: 'sec_1__para_3', start: 9, end: 4 }] },
      { source: 'f', selector: [quote, { type: 'CssSelector', value: 'p' }] },
    ];
    expect(cases.map(targetProblem)).toEqual([
      'target is not an object',
      'target.source must be a non-empty string',
      'target.selector must be an array',
      'target.selector has no TextQuoteSelector',
      'target.selector[0]: exact must be a non-empty string',
      'target.selector has more than one TextQuoteSelector',
      'target.selector[1]: end must be a non-negative integer',
      'target.selector[1]: start must not be after end',
      'target.selector[1]: unknown selector type "CssSelector"',
    ]);
  });

  it('lets a clause selector that ends in another clause end at a smaller offset', () => {
    const across = { type: 'ClauseSelector', eId: 'sec_1__para_3', start: 72, end: 4, endEId: 'sec_2__para_1' };
    expect(targetProblem({ source: 'f', selector: [across, quote] })).toBeNull();
  });
});
