/**
 * Second review on untuned plain texts: traditional-Chinese treaties with chapters, MFA
 * communiqués establishing relations, Russian memoranda with "Пункт N" headings, investment
 * treaties with deep nesting, annexes and references to instruments by a defined short name.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../lib/analysis/analyze';
import { fixture } from '../../helpers';

/** One "eId label text…" line per clause, the text cut to its first 12 characters. */
function clauses(text: string): string[] {
  return analyzeText(text).analysis.clauses.map((c) => `${c.eId} ${c.label} ${c.text.slice(0, 12)}`);
}

describe('Chinese signature blocks: a state with 代表, or over a 代表 line', () => {
  it('closes a traditional-Chinese treaty, so the last article keeps one paragraph and the date is found', () => {
    const text = fixture('texts/review2-zh-hant-treaty-signatories.txt');
    expect(analyzeText(text).analysis.date).toBe('2001-07-16');
    expect(clauses(text).slice(-6)).toEqual([
      'art_6 第六條 本條約有效期為二十年。如',
      'conclusions__para_1 結尾 ¶1 本條約於二〇〇一年七月十',
      'conclusions__para_2 結尾 ¶2 中華人民共和國代表',
      'conclusions__para_3 結尾 ¶3 俄羅斯聯邦代表',
      'conclusions__para_4 結尾 ¶4 江澤民',
      'conclusions__para_5 結尾 ¶5 弗·弗·普京',
    ]);
  });

  it('leaves the signatories of a communiqué out of its last section', () => {
    expect(clauses(fixture('texts/review2-zh-communique-signature-columns.txt')).slice(3, 6)).toEqual([
      'sec_4__para_1 §四 ¶1 中华人民共和国政府对洪都',
      'conclusions__para_1 结尾 ¶1 中华人民共和国',
      'conclusions__para_2 结尾 ¶2 洪都拉斯共和国',
    ]);
  });
});

/** One "eId text → instrument targets" line per reference. */
function references(text: string): string[] {
  return analyzeText(text).analysis.references.map((r) => `${r.eId} ${r.text} → ${r.instrument?.id ?? r.instrument?.title ?? '-'} ${r.targets.join(',')}`.trim());
}

describe('a treaty cited by its year or as "the aforementioned Treaty"', () => {
  it('is the instrument the document defined, not the agreement itself', () => {
    expect(references(fixture('texts/review2-en-agreement-year-treaty.txt')).slice(1, 4)).toEqual([
      'art_2__para_1 Article 1 of this Agreement → Agreement between the Government of the People\'s Republic of China and the Government of the Russian Federation on the Mutual Visa-Free Group Tourist Trips art_1',
      'art_2__para_1 Article 16 of the 2001 Treaty → cn-ru-treaty-2001 art_16',
      'art_2__para_2 The aforementioned Treaty → cn-ru-treaty-2001',
    ]);
  });

  it('is left unresolved rather than taken for the document when nothing defines it', () => {
    const text = 'Agreement between the Government of Mongolia and the Government of the Russian Federation on Border Crossings\n\nArticle 1\n\nThe Parties shall act in accordance with Article 3 of the 1993 Treaty.\n\nArticle 2\n\nThis Agreement shall enter into force on the date of signature.';
    expect(analyzeText(text).analysis.references.find((r) => r.text.startsWith('Article 3'))?.instrument).toBeNull();
  });
});

describe('points under points, and lists that run past (h)', () => {
  it('gives (i) (ii) under (c) of a treaty their own eIds: Art. 1(1)(c)(i)', () => {
    const all = analyzeText(fixture('texts/review2-en-bit-nested-points.txt')).analysis.clauses;
    expect(clauses(fixture('texts/review2-en-bit-nested-points.txt')).slice(6, 11)).toEqual([
      'art_1__para_1__point_2 Art. 1(1)(b) shares, stoc',
      'art_1__para_1__point_3 Art. 1(1)(c) claims to mo',
      'art_1__para_1__point_3__point_1 Art. 1(1)(c)(i) loans;',
      'art_1__para_1__point_3__point_2 Art. 1(1)(c)(ii) bonds;',
      'art_1__para_1__point_4 Art. 1(1)(d) intellectual',
    ]);
    expect(new Set(all.map((c) => c.eId)).size).toBe(all.length);
  });

  it('reads (i) after (h) as the letter i, not a first roman point again', () => {
    const labels = analyzeText(fixture('texts/review2-en-unsc-list-past-h.txt')).analysis.clauses.map((c) => `${c.eId} ${c.label}`);
    expect(labels.slice(9, 12)).toEqual(['para_1__list_1__point_8 ¶1 (h)', 'para_1__list_1__point_9 ¶1 (i)', 'para_1__list_1__point_10 ¶1 (j)']);
  });

  it('nests (i) (ii) under (b) in a statement', () => {
    expect(clauses(fixture('texts/review2-en-statement-nested-list.txt')).slice(2, 6)).toEqual([
      'para_1__list_1__point_2 ¶1 (b) investment, ',
      'para_1__list_1__point_2__point_1 ¶1 (b)(i) mining;',
      'para_1__list_1__point_2__point_2 ¶1 (b)(ii) energy;',
      'para_1__list_1__point_3 ¶1 (c) culture.',
    ]);
  });
});

describe('memoranda numbered "Пункт 1." / "PARAGRAPH 1"', () => {
  it('are provisions in Russian, not a preamble that runs to the end: п. 1, п. 3.1', () => {
    expect(clauses(fixture('texts/review2-ru-mou-punkt-headings.txt')).slice(3)).toEqual([
      'art_1 п. 1 Стороны пров',
      'art_2 п. 2 Консультации',
      'art_3__para_1 п. 3.1 Настоящий Ме',
      'art_3__para_2 п. 3.2 Настоящий Ме',
      'conclusions__para_1 Заключение ¶1 Совершено в ',
    ]);
  });

  it('are provisions in English, a sentence starting "Paragraph 1 of" staying a sentence', () => {
    expect(clauses(fixture('texts/review2-en-mou-paragraph-headings.txt')).slice(2, 6)).toEqual([
      'art_1 Para. 1 The objectiv',
      'art_2__para_1 Para. 2(1) The Particip',
      'art_2__para_2 Para. 2(2) Paragraph 1 ',
      'art_3 Para. 3 This Memoran',
    ]);
  });
});

describe('annexes after the closing lines', () => {
  it('are sections of their own, so the date above them is found', () => {
    const { analysis } = analyzeText(fixture('texts/review2-zh-statement-annex.txt'));
    expect(analysis.date).toBe('2024-07-03');
    expect(clauses(fixture('texts/review2-zh-statement-annex.txt')).slice(3)).toEqual([
      'sec_3__para_1 §三 ¶1 双方签署了附件所列合作文',
      'conclusions__para_1 结尾 ¶1 2024年7月3日于阿斯',
      'annex_1__para_1 附件 ¶1 中哈签署的合作文件清单',
      'annex_1__para_2 附件 ¶2 1. 中华人民共和国政府',
      'annex_1__para_3 附件 ¶3 2. 中华人民共和国商务',
    ]);
    expect(analysis.sections.map((s) => `${s.eId} ${s.label}`)).toEqual(['sec_1 §一', 'sec_2 §二', 'sec_3 §三', 'annex_1 附件']);
  });

  it('keep the signatures of a Russian agreement in its closing lines', () => {
    const { analysis } = analyzeText(fixture('texts/review2-ru-agreement-annex.txt'));
    expect(analysis.date).toBe('2023-10-12');
    expect(analysis.clauses.map((c) => c.eId).slice(3)).toEqual([
      'art_2', 'conclusions__para_1', 'conclusions__para_2', 'conclusions__para_3', 'conclusions__para_4', 'conclusions__para_5',
      'annex_1__para_1', 'annex_1__para_2', 'annex_1__para_3', 'annex_1__para_4',
    ]);
  });

  it('are not looked for before the closing lines: an "Annex" caption there stays text', () => {
    const text = 'Joint Statement of Chile and Peru\n\n1. The two sides agreed on the plan set out below.\n\nAnnex\n\n2. The two sides will meet again.\n\nLima, 3 May 2024';
    expect(analyzeText(text).analysis.sections.some((s) => s.eId.startsWith('annex'))).toBe(false);
  });
});

describe('an excerpt that skips articles (Article 2, Article 5, Article 6)', () => {
  it('keeps every article, so no eId repeats', () => {
    const all = analyzeText(fixture('texts/review2-en-bit-excerpt.txt')).analysis.clauses;
    expect(all.map((c) => c.eId).filter((e) => /^art_[256]/u.test(e))).toEqual([
      'art_2__para_1', 'art_2__para_2', 'art_5__para_1', 'art_5__para_2', 'art_5__para_2__point_1', 'art_5__para_2__point_2', 'art_5__para_3', 'art_6',
    ]);
    expect(new Set(all.map((c) => c.eId)).size).toBe(all.length);
  });
});

describe('English citations of points and their points', () => {
  it('resolve "Article 1(1)(c)(i)" and "subparagraph (b) of paragraph 2 of Article 5" to the cited points', () => {
    const refs = analyzeText(fixture('texts/review2-en-bit-nested-points.txt')).analysis.references;
    expect(refs.filter((r) => r.eId === 'art_6').map((r) => `${r.text} → ${r.targets.join(',')}`)).toEqual([
      'Article 1(1)(c)(i) → art_1__para_1__point_3__point_1',
      'subparagraph (b) of paragraph 2 of Article 5 → art_5__para_2__point_2',
    ]);
  });

  it('resolve "subparagraph (a) of paragraph 1 of this Article" inside the article', () => {
    const text = 'Agreement between the Government of Mongolia and the Government of Japan on Air Services\n\nArticle 1\n\n1. Each Party grants the rights listed below:\n\n(a) to fly across its territory;\n\n(b) to make stops.\n\n2. The rights in subparagraph (a) of paragraph 1 of this Article apply to scheduled services.\n\nArticle 2\n\nThis Agreement enters into force on signature.';
    const ref = analyzeText(text).analysis.references.find((r) => r.text.startsWith('subparagraph'));
    expect(ref?.targets).toEqual(['art_1__para_1__point_1']);
  });
});

describe('resolutions listed with their titles in quotes', () => {
  it('keep every number of the list, and no number from inside a title', () => {
    const refs = analyzeText(fixture('texts/review2-ru-sco-declaration.txt')).analysis.references.filter((r) => r.kind === 'resolution');
    expect(refs.map((r) => r.symbols)).toEqual([['S/RES/2231'], ['A/RES/78/238', 'A/RES/76/234'], ['S/RES/1540 (2004)']]);
    const en = analyzeText('Joint Statement of Brazil and Chile\n\n1. The two sides recalled General Assembly resolutions 70/1 "Transforming our world: the 2030 Agenda for Sustainable Development" and 76/300.\n\n2. The two sides will meet again.');
    expect(en.analysis.references.map((r) => r.symbols)).toEqual([['A/RES/70/1', 'A/RES/76/300']]);
  });
});

describe('paragraphs numbered within their section (1.1, 1.2, 2.1)', () => {
  it('are labelled with their own numbers, the eIds and texts unchanged', () => {
    expect(clauses(fixture('texts/review2-en-mou-decimal-paragraphs.txt')).slice(2, 8)).toEqual([
      'sec_1__para_1 §1 ¶1.1 1.1 The obje',
      'sec_1__para_2 §1 ¶1.2 1.2 The Part',
      'sec_2__para_1 §2 ¶2.1 2.1 The Part',
      'sec_2__list_1__point_1 §2 ¶2.1 (a) exploration ',
      'sec_2__list_1__point_2 §2 ¶2.1 (b) processing a',
      'sec_2__para_2 §2 ¶2.2 2.2 Activiti',
    ]);
  });
});

describe('a demonstrative short form (该协定, указанного Договора) in a later section', () => {
  it('points back to the instrument named in an earlier section', () => {
    expect(references(fixture('texts/review2-ru-demonstrative-across-sections.txt')).slice(1)).toEqual([
      'sec_2__para_1 статьи 9 указанного Договора → cn-ru-treaty-2001 art_9',
      // A bare short form is no demonstrative: without a definition it stays unresolved.
      'sec_2__para_2 статью 25 Договора → - art_25',
    ]);
    expect(references(fixture('texts/review2-zh-demonstrative-across-sections.txt')).at(-1)).toBe('sec_4__para_1 该协定第七条 → 中巴投资协定 art_7');
  });
});

describe('前款, 前条, the preceding paragraph, предыдущей статьи', () => {
  it('cite the paragraph or article before the one they stand in', () => {
    expect(references(fixture('texts/review2-zh-hant-treaty-signatories.txt')).filter((r) => r.startsWith('art_4'))).toEqual([
      'art_4__para_1 本條約第三條 → cn-ru-treaty-2001 art_3',
      'art_4__para_2 前款 → cn-ru-treaty-2001 art_4__para_1',
    ]);
    const ru = 'Соглашение между Правительством Российской Федерации и Правительством Монгольской Народной Республики о пунктах пропуска\n\nСтатья 1\n\nСтороны открывают пункты пропуска.\n\nСтатья 2\n\n1. Перечень пунктов пропуска согласовывается Сторонами.\n\n2. Изменения в перечень, указанный в предыдущем пункте, вносятся с учетом положений предыдущей статьи.\n\nСтатья 3\n\nВ целях сохранения целостности текста в текущих условиях Стороны действуют в соответствии с настоящим Соглашением.';
    expect(analyzeText(ru).analysis.references.filter((r) => r.kind === 'article').map((r) => `${r.text} → ${r.targets.join(',')}`)).toEqual([
      'предыдущем пункте → art_2__para_1',
      'предыдущей статьи → art_1',
    ]);
  });

  it('are not read inside other words (目前条件)', () => {
    const text = '中华人民共和国和蒙古国边境口岸协定\n\n第一条\n\n双方开放边境口岸。\n\n第二条\n\n在目前条件下，双方将扩大口岸合作。';
    expect(analyzeText(text).analysis.references.filter((r) => r.kind === 'article')).toEqual([]);
  });
});

describe('a treaty whose chapters have sections (第一章 / 第一节 / 第一条)', () => {
  it('makes 第一节 a section of its chapter, not a clause of the article before it', () => {
    const { structure, analysis } = analyzeText(fixture('texts/review2-zh-treaty-chapter-sections.txt'));
    expect(structure.sections.map((s) => `${s.eId} ${s.label} ${s.heading} ${s.parent}`)).toEqual([
      'chp_1 第一章 总则 null',
      'chp_1__sec_1 第一节 适用范围 chp_1',
      'chp_1__sec_2 第二节 拒绝协助 chp_1',
      'chp_2 第二章 最后条款 null',
    ]);
    expect(analysis.clauses.filter((c) => /节/u.test(c.text.slice(0, 3)))).toEqual([]);
    expect(analysis.clauses.filter((c) => /^art_[23]$|^art_2__para_2/u.test(c.eId)).map((c) => `${c.eId} ${c.section}`)).toEqual([
      'art_2__para_2 chp_1__sec_1',
      'art_3 chp_1__sec_2',
    ]);
  });
});
