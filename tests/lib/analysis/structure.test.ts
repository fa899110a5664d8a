import { describe, expect, it } from 'vitest';
import { isTraditionalChinese } from '../../../lib/analysis/detect';
import { buildStructure } from '../../../lib/analysis/structure';
import { textModelFromElements, textModelFromString } from '../../../lib/text/text-model';
import { CORPUS_TEXT, fixture, page } from '../../helpers';

/** The outline of a structure: one "eId label" line per section and clause, in order. */
function outline(text: string, language: string, title?: string) {
  const blocks = textModelFromString(text).blocks;
  // The script as the analysis tells it, from the text itself.
  const s = buildStructure(blocks, { language, title: title ?? null, traditional: language === 'zh' && isTraditionalChinese(text) });
  return {
    title: s.titleBlock,
    sections: s.sections.map((x) => `${x.eId} ${x.label}${x.heading ? ` ${x.heading}` : ''}`),
    clauses: s.clauses.map((c) => `${c.eId} ${c.label}`),
  };
}

const CORPUS_SECTIONS = ['一', '二', '三', '四', '五', '六', '七', '八'].map((n, i) => `sec_${i + 1} §${n}`);

describe('the corpus statement', () => {
  it('has a title, a preamble, sections 一 to 八, two task lists and a closing', () => {
    const { title, sections, clauses } = outline(CORPUS_TEXT, 'zh');
    expect(title).toBe(0);
    expect(sections).toEqual(CORPUS_SECTIONS);
    expect(clauses[0]).toBe('preamble__para_1 序言 ¶1');
    expect(clauses.filter((c) => c.startsWith('sec_5__list_1__indent_'))).toHaveLength(10);
    expect(clauses.filter((c) => c.startsWith('sec_7__list_1__indent_'))).toHaveLength(11);
    expect(clauses).toContain('sec_5__para_2 §五 ¶2');
    expect(clauses).toContain('sec_5__list_1__indent_3 §五 ¶2 —3');
    expect(clauses).toContain('sec_8__para_29 §八 ¶29');
    expect(clauses.slice(-2)).toEqual(['conclusions__para_1 结尾 ¶1', 'conclusions__para_2 结尾 ¶2']);
  });

  it('gives the same eIds on the Xinhua page, one <p> per paragraph, as on the flat wire text', () => {
    const doc = page('xinhua-joint-statement-2021.html');
    const blocks = textModelFromElements([doc.querySelector('#detail')!]).blocks;
    const fromPage = buildStructure(blocks, { language: 'zh', title: doc.querySelector('h1')!.textContent });
    const fromText = buildStructure(textModelFromString(CORPUS_TEXT).blocks, { language: 'zh' });
    expect(fromPage.titleBlock).toBeNull();
    expect(fromPage.clauses.map((c) => [c.eId, c.text])).toEqual(fromText.clauses.map((c) => [c.eId, c.text]));
  });

  it('finds the sections when a copy runs each numeral into its first sentence', () => {
    const runIn = CORPUS_TEXT.replace(/\u3000\u3000([一二三四五六七八])\u3000\u3000/g, '\u3000\u3000$1');
    expect(runIn).toContain('五中俄经济合作');
    const { sections, clauses } = outline(runIn, 'zh');
    expect(sections).toEqual(CORPUS_SECTIONS);
    expect(clauses).toEqual(outline(CORPUS_TEXT, 'zh').clauses);
  });

  it('finds the sections even when a copy lost every paragraph break', () => {
    const flat = CORPUS_TEXT.replace(/\u3000\u3000/g, '');
    expect(outline(flat, 'zh').sections).toEqual(CORPUS_SECTIONS);
  });

  it('does not take 一些 or 一致 at the start of a paragraph for a section', () => {
    const text = '关于某事的联合声明\u3000\u3000一些国家认为，应当加强合作。\u3000\u3000一致同意继续对话。\u3000\u3000双方将保持沟通。';
    const { sections, clauses } = outline(text, 'zh');
    expect(sections).toEqual([]);
    expect(clauses).toEqual(['para_1 ¶1', 'para_2 ¶2', 'para_3 ¶3']);
  });

  it('maps every clause back to exactly its text in its block', () => {
    const blocks = textModelFromString(CORPUS_TEXT).blocks;
    const s = buildStructure(blocks, { language: 'zh' });
    for (const c of s.clauses) expect(blocks[c.block]!.text.slice(c.start, c.end)).toBe(c.text);
  });
});

describe('treaties', () => {
  it('reads a treaty in traditional Chinese: one-paragraph articles, 款 and 项, labels as written', () => {
    const { sections, clauses } = outline(fixture('texts/treaty-zh-hant.txt'), 'zh');
    expect(sections).toEqual([]);
    expect(clauses).toEqual([
      'preamble__para_1 序言 ¶1',
      'art_1 第一條',
      // Two 款: the heading line's text is the first.
      'art_2__para_1 第二條第一款',
      'art_2__para_2 第二條第二款',
      'art_3 第三條',
      'art_3__point_1 第三條（一）',
      'art_3__point_2 第三條（二）',
      'art_3__point_3 第三條（三）',
      'art_4 第四條',
      'art_5 第五條',
      'conclusions__para_1 結尾 ¶1',
    ]);
  });

  it('reads a Russian treaty: Статья headings, numbered paragraphs and lettered points', () => {
    const { clauses } = outline(fixture('texts/treaty-ru.txt'), 'ru');
    // "Статья N" lines are headings; a one-paragraph article is the clause art_N.
    expect(clauses).toEqual([
      'preamble__para_1 Преамбула ¶1',
      'art_1__para_1 ст. 1 п. 1',
      'art_1__para_2 ст. 1 п. 2',
      'art_2 ст. 2',
      'art_2__point_1 ст. 2 пп. «а»',
      'art_2__point_2 ст. 2 пп. «б»',
      'art_2__point_3 ст. 2 пп. «в»',
      'art_3 ст. 3',
      'art_4 ст. 4',
      'conclusions__para_1 Заключение ¶1',
    ]);
  });

  it('does not read a sentence that cites an article for an article heading', () => {
    const text = 'Joint Statement\nArticle 5 of the Treaty provides for consultations.\nThe Parties will consult.';
    expect(outline(text, 'en').clauses).toEqual(['para_1 ¶1', 'para_2 ¶2']);
  });
});

describe('statements and resolutions', () => {
  it('reads a UN resolution: preambular paragraphs, numbered operative paragraphs, (a) (b) points, closing lines', () => {
    const { sections, clauses } = outline(fixture('texts/resolution-en.txt'), 'en');
    expect(sections).toEqual([]);
    // The header lines and "The General Assembly," are not paragraphs: "Recalling…" is ¶1, as the UN counts.
    expect(clauses).toEqual([
      'preamble__para_1 Preamble ¶1',
      'preamble__para_2 Preamble ¶2',
      'preamble__para_3 Preamble ¶3',
      'para_1 ¶1',
      'para_2 ¶2',
      'para_3 ¶3',
      'para_3__list_1__point_1 ¶3 (a)',
      'para_3__list_1__point_2 ¶3 (b)',
      'para_4 ¶4',
      'conclusions__para_1 Closing ¶1',
      'conclusions__para_2 Closing ¶2',
    ]);
  });

  it('nests 一、 headed sections, （一） subsections with their own paragraphs, and 1. points', () => {
    const { sections, clauses } = outline(fixture('texts/statement-nested-zh.txt'), 'zh');
    expect(sections).toEqual([
      'sec_1 §一 政治关系',
      'sec_1__subsec_1 §一（一）',
      'sec_1__subsec_2 §一（二）',
      'sec_2 §二 务实合作',
      'sec_2__subsec_1 §二（一）',
      'sec_2__subsec_2 §二（二）',
      'sec_3 §三 国际事务',
    ]);
    expect(clauses).toEqual([
      'preamble__para_1 序言 ¶1',
      'sec_1__subsec_1__para_1 §一（一） ¶1',
      'sec_1__subsec_1__para_2 §一（一） ¶2',
      'sec_1__subsec_2__para_1 §一（二） ¶1',
      'sec_2__subsec_1__para_1 §二（一） ¶1',
      'sec_2__subsec_2__para_1 §二（二） ¶1',
      'sec_2__subsec_2__list_1__point_1 §二（二） ¶1 (1)',
      'sec_2__subsec_2__list_1__point_2 §二（二） ¶1 (2)',
      'sec_3__para_1 §三 ¶1',
      'conclusions__para_1 结尾 ¶1',
    ]);
  });

  it.each([
    ['simplified', '议定如下：'],
    ['traditional', '議定如下：'],
  ])('ends the preamble of unnumbered paragraphs at the enacting formula %s %s', (_script, formula) => {
    const text = [
      '中华人民共和国和俄罗斯联邦关于两国边界线东段的议定书',
      `中华人民共和国和俄罗斯联邦（以下简称“双方”），根据二〇〇四年十月十四日签订的《中华人民共和国和俄罗斯联邦关于中俄国界东段的补充协定》，${formula}`,
      '双方确认，两国边界线东段的勘界工作已经完成。',
      '双方同意，本议定书自签字之日起生效。',
    ].join('\n');
    expect(outline(text, 'zh').clauses).toEqual(['preamble__para_1 序言 ¶1', 'para_1 ¶1', 'para_2 ¶2']);
  });

  it('reads Roman-numeral sections standing alone in an English statement', () => {
    const text = [
      'Joint Statement of the Republic of A and the Republic of B',
      'The Republic of A and the Republic of B (hereinafter referred to as "the Sides") declare as follows:',
      'I',
      'The Sides note the progress of relations.',
      'II',
      'The Sides will expand trade. To this end they agreed:',
      '– to raise the volume of trade;',
      '– to simplify customs procedures.',
      'III',
      'The Sides reaffirm Article 2 of the Treaty.',
      'Beijing, 28 June 2021',
    ].join('\n');
    const { sections, clauses } = outline(text, 'en');
    expect(sections).toEqual(['sec_1 §I', 'sec_2 §II', 'sec_3 §III']);
    expect(clauses).toEqual([
      'preamble__para_1 Preamble ¶1',
      'sec_1__para_1 §I ¶1',
      'sec_2__para_1 §II ¶1',
      'sec_2__list_1__indent_1 §II ¶1 —1',
      'sec_2__list_1__indent_2 §II ¶1 —2',
      'sec_3__para_1 §III ¶1',
      'conclusions__para_1 Closing ¶1',
    ]);
  });
});
