import { describe, expect, it } from 'vitest';
import { offsetOf, rangeFor, textModelFromElements, textModelFromString } from '../../../lib/text/text-model';
import { CORPUS_TEXT, htmlDocument, page } from '../../helpers';

describe('textModelFromString', () => {
  it('splits the flat wire text at its double ideographic spaces and trims the closing date', () => {
    const model = textModelFromString(CORPUS_TEXT);
    expect(model.blocks).toHaveLength(78);
    expect(model.blocks[0]!.text).toBe('中华人民共和国和俄罗斯联邦关于《中俄睦邻友好合作条约》签署二十周年的联合声明');
    expect(model.blocks[2]!.text).toBe('一');
    expect(model.blocks[76]!.text).toBe('二〇二一年六月二十八日');
    expect(model.blocks[77]!.text).toBe('（新华社北京6月28日电）');
    expect(model.blocks.every((b) => b.text === b.text.trim() && !/\s{2}/.test(b.text))).toBe(true);
  });

  it('treats newlines as block breaks and collapses other whitespace', () => {
    const model = textModelFromString('Article 1\n\n  The  Parties\u00a0shall\u200b cooperate.\r\nArticle 2');
    expect(model.blocks.map((b) => b.text)).toEqual(['Article 1', 'The Parties shall cooperate.', 'Article 2']);
  });
});

describe('textModelFromElements', () => {
  it('gives one block per paragraph of a Xinhua article body', () => {
    const doc = page('xinhua-joint-statement-2021.html');
    const model = textModelFromElements([doc.querySelector('#detail')!]);
    expect(model.blocks).toHaveLength(77);
    expect(model.blocks[0]!.text.startsWith('中华人民共和国和俄罗斯联邦（以下称“双方”）')).toBe(true);
    expect(model.blocks[0]!.element!.tagName).toBe('P');
    expect(model.blocks[1]!.text).toBe('一');
  });

  it('maps block offsets back to DOM ranges, across inline elements and collapsed whitespace', () => {
    const doc = htmlDocument('<div id="a"><p>  Under   Article 25 of <em>the</em>\n  Treaty, the Parties<br>agree.</p><p>Next</p></div>');
    const model = textModelFromElements([doc.getElementById('a')!]);
    expect(model.blocks.map((b) => b.text)).toEqual(['Under Article 25 of the Treaty, the Parties', 'agree.', 'Next']);
    const text = model.blocks[0]!.text;
    const start = text.indexOf('Article');
    const end = text.indexOf(',');
    const range = rangeFor(model, 0, start, end, doc)!;
    expect(range.toString().replace(/\s+/g, ' ')).toBe('Article 25 of the Treaty');
    expect(range.startContainer.textContent).toContain('Under');
    expect(range.endContainer.textContent).toContain('Treaty');
  });

  it('splits flat text inside one element at double ideographic spaces, keeping ranges exact', () => {
    const doc = htmlDocument(`<div id="c">${CORPUS_TEXT}</div>`);
    const model = textModelFromElements([doc.getElementById('c')!]);
    expect(model.blocks).toHaveLength(78);
    const block = model.blocks.findIndex((b) => b.text.includes('第二十五条'));
    const text = model.blocks[block]!.text;
    const at = text.indexOf('第二十五条');
    const range = rangeFor(model, block, at, at + 5, doc)!;
    expect(range.toString()).toBe('第二十五条');
    expect(offsetOf(model, range.startContainer, range.startOffset)).toEqual({ block, offset: at });
    expect(offsetOf(model, range.endContainer, range.endOffset)).toEqual({ block, offset: at + 5 });
  });

  it('maps a DOM position inside collapsed whitespace to the next character of the same paragraph', () => {
    // Two paragraphs of the wire text in one text node, the first broken across source lines.
    const [first, second] = textModelFromString(CORPUS_TEXT).blocks.slice(3, 5).map((b) => b.text);
    const data = `${first!.slice(0, 10)}\n      ${first!.slice(10)}\u3000\u3000${second}`;
    const doc = htmlDocument(`<div id="w">${data}</div>`);
    const model = textModelFromElements([doc.getElementById('w')!]);
    expect(model.blocks.map((b) => b.text)).toEqual([`${first!.slice(0, 10)} ${first!.slice(10)}`, second]);
    const node = doc.getElementById('w')!.firstChild!;
    expect([10, 13, 17].map((at) => offsetOf(model, node, at))).toEqual([
      { block: 0, offset: 10 },
      { block: 0, offset: 11 },
      { block: 0, offset: 11 },
    ]);
  });

  it('leaves out scripts, hidden elements and the overlay itself', () => {
    const doc = htmlDocument(
      '<div id="r"><p>Kept<script>var x = "dropped";</script></p><p hidden>hidden</p>' +
        '<p style="display: none">none</p><clausemark-overlay>overlay</clausemark-overlay><p>Also kept</p></div>',
    );
    const model = textModelFromElements([doc.getElementById('r')!]);
    expect(model.blocks.map((b) => b.text)).toEqual(['Kept', 'Also kept']);
  });

  it('does not invent spaces between inline elements of Chinese text', () => {
    const doc = htmlDocument('<p id="p"><span>根据</span><a href="#">条约</a><b>第二十五条</b></p>');
    const model = textModelFromElements([doc.getElementById('p')!]);
    expect(model.blocks[0]!.text).toBe('根据条约第二十五条');
  });
});
