import { describe, expect, it } from 'vitest';
import { blockLength, documentText, toBlockPoint, toDocumentOffset } from '../../../lib/anchoring/document-text';
import { analyzeText } from '../../../lib/analysis/analyze';
import { textModelFromString } from '../../../lib/text/text-model';
import { CORPUS_TEXT } from '../../helpers';

const corpus = analyzeText(CORPUS_TEXT);

describe('documentText', () => {
  it('joins the blocks with "\\n" and knows where each starts', () => {
    const doc = documentText(corpus.model);
    expect(doc.text).toBe(corpus.model.blocks.map((b) => b.text).join('\n'));
    expect(doc.starts).toHaveLength(78);
    expect(corpus.model.blocks.every((b, i) => doc.text.slice(doc.starts[i], doc.starts[i]! + b.text.length) === b.text && blockLength(doc, i) === b.text.length)).toBe(true);
    expect(documentText(corpus.model)).toBe(doc);
  });

  it('maps every block position to a document offset and back', () => {
    const doc = documentText(corpus.model);
    const points = corpus.model.blocks.flatMap((b, block) => [0, b.text.length >> 1, b.text.length].map((offset) => ({ block, offset })));
    const back = points.map((p) => toBlockPoint(doc, toDocumentOffset(doc, p), p.offset === 0 ? 'start' : 'end'));
    expect(back).toEqual(points);
  });

  it('reads a block boundary as the end of the block before it, and a block’s start by bias', () => {
    const doc = documentText(textModelFromString('一\n条约\n二'));
    expect(doc.text).toBe('一\n条约\n二');
    expect([1, 2, 4, 5].map((o) => toBlockPoint(doc, o))).toEqual([
      { block: 0, offset: 1 }, { block: 1, offset: 0 }, { block: 1, offset: 2 }, { block: 2, offset: 0 },
    ]);
    expect(toBlockPoint(doc, 2, 'end')).toEqual({ block: 0, offset: 1 });
  });

  it('refuses positions outside the text', () => {
    const doc = documentText(corpus.model);
    expect(() => toDocumentOffset(doc, { block: 1, offset: 500 })).toThrow(RangeError);
    expect(() => toDocumentOffset(doc, { block: 78, offset: 0 })).toThrow('no block 78');
    expect(() => toBlockPoint(doc, doc.text.length + 1)).toThrow(RangeError);
    expect(() => toBlockPoint(doc, -1)).toThrow(RangeError);
  });
});
