import { describe, expect, it } from 'vitest';
import type { AnnotationTarget } from '../../lib/anchoring/types';
import { anchorHypothesis, matchQuote } from '../../bench/hypothesis-baseline';

// A short passage that occurs twice, as "双方强调" does in the statement.
const TEXT = '双方强调，要加强合作。\n中方指出，双方强调互信。\n俄方表示支持。';

describe('the Hypothesis baseline', () => {
  it('weighs every exact occurrence by its context and takes the best', () => {
    const second = TEXT.lastIndexOf('双方强调');
    expect(matchQuote(TEXT, '双方强调', { prefix: '中方指出，', suffix: '互信。' })).toMatchObject({ start: second, end: second + 4 });
    // Without context, the position hint decides between them.
    expect(matchQuote(TEXT, '双方强调', { hint: second - 2 })?.start).toBe(second);
  });

  it('falls back to approximate matches within half the quote in errors, scored 50/20/20/2', () => {
    const match = matchQuote(TEXT, '俄方表达支持', { prefix: '', suffix: '' });
    const start = TEXT.indexOf('俄方表示支持');
    // One substitution in six characters, no context given (counted as agreeing): (50 × 5/6 + 20 + 20 + 2) / 92.
    expect(match).toEqual({ start, end: start + 6, score: (50 * (5 / 6) + 42) / 92 });
    expect(matchQuote(TEXT, '美方完全反对这种做法', {})).toBeNull();
  });

  it('uses the position selector when the text there is the quote, else searches with it as the hint', () => {
    const at = TEXT.indexOf('要加强合作');
    const target = (start: number): AnnotationTarget => ({
      source: 'x',
      selector: [
        { type: 'TextQuoteSelector', exact: '要加强合作', prefix: '双方强调，', suffix: '。' },
        { type: 'TextPositionSelector', start, end: start + 5 },
      ],
    });
    expect([anchorHypothesis(TEXT, target(at)), anchorHypothesis(TEXT, target(at + 3))]).toEqual([
      { start: at, end: at + 5, via: 'position' },
      { start: at, end: at + 5, via: 'quote' },
    ]);
  });
});
