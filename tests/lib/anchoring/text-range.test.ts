import { describe, expect, it } from 'vitest';
import { anchor } from '../../../lib/anchoring/anchor';
import { describeRange } from '../../../lib/anchoring/describe';
import { anchorRanges, selectionPoints } from '../../../lib/anchoring/text-range';
import { analyzedPage, corpus, passage, quoteOf, targetFor, targetOf } from './passages';

describe('anchorRanges', () => {
  const xinhua = analyzedPage('xinhua-joint-statement-2021.html');

  it('gives one DOM Range per block the passage spans, each exactly its part of the page text', () => {
    const target = targetOf(corpus, passage(corpus, 'sec_1__para_3', '同意根据').start, passage(corpus, 'sec_2__para_1', '中俄关系业已').end);
    const placed = anchor(xinhua.model, xinhua.analysis.clauses, target);
    const ranges = anchorRanges(xinhua.model, placed, xinhua.document);
    expect(ranges.map((r) => r.toString())).toEqual(['同意根据条约第二十五条对其予以延期。', '二', '中俄关系业已']);
    expect(ranges.map((r) => (r.startContainer.parentNode as Element).tagName)).toEqual(['P', 'P', 'P']);
  });

  it('draws a passage anchored on another copy, in flat text split into blocks inside one text node', () => {
    const govcn = analyzedPage('govcn-joint-statement-2021.html');
    const target = targetOf(corpus, passage(corpus, 'sec_1__para_3', '并同意').start, passage(corpus, 'sec_2__para_1', '中俄关系').end);
    const ranges = anchorRanges(govcn.model, anchor(govcn.model, govcn.analysis.clauses, target), govcn.document);
    expect(ranges.map((r) => r.toString())).toEqual(['并同意根据条约第二十五条对其予以延期。', '二', '中俄关系']);
    expect(new Set(ranges.map((r) => r.startContainer)).size).toBe(1);
  });

  it('gives nothing for an orphan, or for a model without a DOM', () => {
    expect(anchorRanges(xinhua.model, { status: 'orphan' }, xinhua.document)).toEqual([]);
    const placed = anchor(corpus.model, corpus.analysis.clauses, targetFor(corpus, 'sec_1__para_3', '第二十五条'));
    expect(placed.status).toBe('exact');
    expect(anchorRanges(corpus.model, placed, xinhua.document)).toEqual([]);
  });
});

describe('selectionPoints', () => {
  const xinhua = analyzedPage('xinhua-joint-statement-2021.html');
  const paragraphs = [...xinhua.document.querySelectorAll('#detail p')];

  it('turns a selection inside text into the block positions describeRange takes', () => {
    const p = paragraphs.find((e) => e.textContent!.includes('第二十五条'))!;
    const text = p.firstChild as Text;
    const range = xinhua.document.createRange();
    range.setStart(text, text.data.indexOf('条约第二十五条'));
    range.setEnd(text, text.data.indexOf('条约第二十五条') + 7);
    const points = selectionPoints(xinhua.model, range)!;
    expect(describeRange(xinhua.model, xinhua.analysis.clauses, points.start, points.end)[0]).toEqual({
      type: 'ClauseSelector', eId: 'sec_1__para_3', start: 76, end: 83,
    });
  });

  it('moves ends on element boundaries (whole paragraphs selected) inwards to the text', () => {
    const first = paragraphs.findIndex((e) => e.textContent!.includes('第二十五条'));
    const range = xinhua.document.createRange();
    range.setStartBefore(paragraphs[first]!);
    range.setEndAfter(paragraphs[first + 1]!);
    const points = selectionPoints(xinhua.model, range)!;
    const selectors = describeRange(xinhua.model, xinhua.analysis.clauses, points.start, points.end);
    expect(quoteOf({ source: 'x', selector: selectors })).toBe(`${paragraphs[first]!.textContent!.trim()}\n二`);
  });

  it('gives null for a collapsed selection, or one outside the statement', () => {
    const range = xinhua.document.createRange();
    range.setStart(paragraphs[0]!.firstChild!, 3);
    expect(selectionPoints(xinhua.model, range)).toBeNull();
    const outside = xinhua.document.createRange();
    outside.selectNodeContents(xinhua.document.querySelector('title')!);
    expect(selectionPoints(xinhua.model, outside)).toBeNull();
  });
});
