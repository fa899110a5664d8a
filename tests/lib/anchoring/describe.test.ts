import { describe, expect, it } from 'vitest';
import { anchorAll } from '../../../lib/anchoring/anchor';
import { describeRange } from '../../../lib/anchoring/describe';
import { documentText } from '../../../lib/anchoring/document-text';
import type { AnnotationTarget } from '../../../lib/anchoring/types';
import { fixture } from '../../helpers';
import { COPIES, analyzedPage, clause, corpus, passage, quoteOf, targetFor, targetOf, textAt } from './passages';

const clauses = corpus.analysis.clauses;

describe('describeRange', () => {
  it('describes a passage in one clause by its clause, its quote with 32 characters of context, and its position', () => {
    const { start, end } = passage(corpus, 'sec_1__para_3', '条约第二十五条');
    const at = documentText(corpus.model).text.indexOf('条约第二十五条');
    expect(describeRange(corpus.model, clauses, start, end)).toEqual([
      { type: 'ClauseSelector', eId: 'sec_1__para_3', start: 76, end: 83 },
      {
        type: 'TextQuoteSelector',
        exact: '条约第二十五条',
        prefix: '展提供有力支撑。中俄元首高度评价条约的历史和现实价值，并同意根据',
        suffix: '对其予以延期。\n二\n中俄关系业已达到历史最高水平，其特质是成熟、',
      },
      { type: 'TextPositionSelector', start: at, end: at + 7 },
    ]);
  });

  it('describes a passage across blocks with its boundaries and the clause it ends in', () => {
    const selectors = describeRange(corpus.model, clauses, passage(corpus, 'sec_1__para_3', '同意根据').start, passage(corpus, 'sec_2__para_1', '中俄关系').end);
    expect(selectors[0]).toEqual({ type: 'ClauseSelector', eId: 'sec_1__para_3', start: 72, end: 4, endEId: 'sec_2__para_1' });
    expect(selectors[1]).toMatchObject({ exact: '同意根据条约第二十五条对其予以延期。\n二\n中俄关系' });
  });

  it('leaves block boundaries and spaces at the edges out of the passage', () => {
    const c = clause(corpus, 'sec_1__para_3');
    const next = clause(corpus, 'sec_2__para_1');
    // From the very end of one block to the start of the one after the heading "二".
    const selectors = describeRange(corpus.model, clauses, { block: c.block, offset: c.end - 3 }, { block: next.block, offset: 0 });
    expect(selectors.find((s) => s.type === 'TextQuoteSelector')).toMatchObject({ exact: '延期。\n二' });
    expect(selectors.find((s) => s.type === 'ClauseSelector')).toBeUndefined();
    // The heading "二" is in no clause, so no clause selector: quote and position say it all.
    expect(selectors.map((s) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
  });

  it('gives no clause selector for a passage starting in a list item’s dash', () => {
    const item = clause(corpus, 'sec_5__list_1__indent_1');
    expect(corpus.model.blocks[item.block]!.text.slice(0, item.start)).toBe('——');
    const selectors = describeRange(corpus.model, clauses, { block: item.block, offset: 0 }, { block: item.block, offset: item.start + 7 });
    expect(selectors).toEqual([
      expect.objectContaining({ type: 'TextQuoteSelector', exact: '——提高双边贸易额' }),
      expect.objectContaining({ type: 'TextPositionSelector' }),
    ]);
  });

  it('stops the context at the document’s edges', () => {
    const first = describeRange(corpus.model, clauses, { block: 0, offset: 0 }, { block: 0, offset: 4 });
    expect(first[0]).toEqual({ type: 'TextQuoteSelector', exact: '中华人民', prefix: '', suffix: '共和国和俄罗斯联邦关于《中俄睦邻友好合作条约》签署二十周年的联合' });
    const last = clause(corpus, 'conclusions__para_2');
    expect(describeRange(corpus.model, clauses, { block: last.block, offset: 1 }, { block: last.block, offset: last.end })).toContainEqual(
      expect.objectContaining({ type: 'TextQuoteSelector', exact: '新华社北京6月28日电）', suffix: '' }),
    );
  });

  it('refuses an empty, reversed or out-of-range selection with a clear message', () => {
    const c = clause(corpus, 'sec_1__para_1');
    expect(() => describeRange(corpus.model, clauses, { block: c.block, offset: 5 }, { block: c.block, offset: 5 })).toThrow('the selection holds no text');
    expect(() => describeRange(corpus.model, clauses, { block: c.block, offset: 5 }, { block: c.block, offset: 2 })).toThrow(/ends .* before it starts/);
    expect(() => describeRange(corpus.model, clauses, { block: c.block, offset: 0 }, { block: c.block, offset: 999 })).toThrow(RangeError);
    expect(() => describeRange(corpus.model, clauses, { block: 500, offset: 0 }, { block: 500, offset: 1 })).toThrow('no block 500');
  });
});

describe('stored targets (the storage and export contract)', () => {
  type Entry = { passage: { eId: string; needle: string; occurrence: number } | { from: [string, string]; to: [string, string] }; target: AnnotationTarget };
  const baseline = JSON.parse(fixture('anchoring/corpus-targets.json')) as Entry[];

  it('are described today exactly as they were stored', () => {
    expect(baseline).toHaveLength(11);
    const today = baseline.map(({ passage: p }) => 'eId' in p
      ? targetFor(corpus, p.eId, p.needle, p.occurrence)
      : targetOf(corpus, passage(corpus, p.from[0], p.from[1]).start, passage(corpus, p.to[0], p.to[1]).end));
    expect(JSON.parse(JSON.stringify(today))).toEqual(baseline.map((e) => e.target));
  });

  it.each(COPIES)('anchor exactly on %s', (name) => {
    const copy = analyzedPage(name);
    const targets = baseline.map((e) => e.target);
    const anchors = anchorAll(copy.model, copy.analysis.clauses, targets);
    expect(anchors.map((a, i) => [a.status, textAt(copy, a) === quoteOf(targets[i]!)])).toEqual(targets.map(() => ['exact', true]));
  });
});
