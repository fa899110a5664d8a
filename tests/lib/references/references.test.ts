import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../lib/analysis/analyze';
import { findMentions } from '../../../lib/references/mentions';

/** The references of a short text as rows: span, instrument id (or title, or null), articles or targets, symbols. */
function refs(text: string) {
  return analyzeText(text).analysis.references.map((r) => [
    r.text,
    r.instrument ? (r.instrument.self ? 'self' : (r.instrument.id ?? r.instrument.title)) : null,
    r.targets.length ? r.targets : r.symbols,
  ]);
}

describe('article citations', () => {
  it.each([
    ['第二十五条', [{ article: 25 }]],
    ['第十六条和第十七条', [{ article: 16 }, { article: 17 }]],
    ['第十六条、第十七条及第十九条', [{ article: 16 }, { article: 17 }, { article: 19 }]],
    ['第十六、十七条', [{ article: 16 }, { article: 17 }]],
    ['第十六至十八条', [{ article: 16 }, { article: 17 }, { article: 18 }]],
    ['第一条至第三条', [{ article: 1 }, { article: 2 }, { article: 3 }]],
    ['第二条第一款', [{ article: 2, paragraph: 1 }]],
    ['第二条第一款第（三）项', [{ article: 2, paragraph: 1, point: 3 }]],
    ['第一百零三条', [{ article: 103 }]],
    ['第二十五條', [{ article: 25 }]],
    ['第25条', [{ article: 25 }]],
  ])('zh %s', (text, targets) => {
    expect(findMentions(`根据${text}的规定`, 'zh').filter((m) => m.type === 'article').map((m) => m.type === 'article' && m.targets)).toEqual([targets]);
  });

  it.each([
    ['Article 25', [{ article: 25 }]],
    ['Articles 16 and 17', [{ article: 16 }, { article: 17 }]],
    ['Articles 1 to 3', [{ article: 1 }, { article: 2 }, { article: 3 }]],
    ['Articles 16, 17 and 18', [{ article: 16 }, { article: 17 }, { article: 18 }]],
    ['Article 2(1)', [{ article: 2, paragraph: 1 }]],
    ['Article 2 (1) (a)', [{ article: 2, paragraph: 1, point: 1 }]],
    ['Article 4, paragraph 2', [{ article: 4, paragraph: 2 }]],
    ['paragraph 1 of Article 4', [{ article: 4, paragraph: 1 }]],
    ['article VI', [{ article: 6 }]],
    ['articles VIII,3 and X,2', [{ article: 8, paragraph: 3 }, { article: 10, paragraph: 2 }]],
    ['Art. 5', [{ article: 5 }]],
  ])('en %s', (text, targets) => {
    expect(findMentions(`Under ${text} of the Treaty, the Parties consult.`, 'en').filter((m) => m.type === 'article').map((m) => m.type === 'article' && m.targets)).toEqual([targets]);
  });

  it.each([
    ['статья 25', [{ article: 25 }]],
    ['статьи 16 и 17', [{ article: 16 }, { article: 17 }]],
    ['статьями 16–18', [{ article: 16 }, { article: 17 }, { article: 18 }]],
    ['статей 5, 6 и 7', [{ article: 5 }, { article: 6 }, { article: 7 }]],
    ['пункт 1 статьи 4', [{ article: 4, paragraph: 1 }]],
    ['пунктом 2 статьи 3', [{ article: 3, paragraph: 2 }]],
    ['пункт 1 статьи I', [{ article: 1, paragraph: 1 }]],
    ['подпункт «а» пункта 2 статьи 3', [{ article: 3, paragraph: 2, point: 1 }]],
    ['ст. 12', [{ article: 12 }]],
  ])('ru %s', (text, targets) => {
    expect(findMentions(`В соответствии с ${text} Договора Стороны проводят консультации.`, 'ru').filter((m) => m.type === 'article').map((m) => m.type === 'article' && m.targets)).toEqual([targets]);
  });

  it('does not read resolution numbers, dates or counts as articles', () => {
    expect(findMentions('第2231（2015）号决议通过后第一次会议于2021年举行，共有十六条建议。', 'zh').filter((m) => m.type === 'article')).toEqual([]);
  });
});

describe('UN resolutions', () => {
  it.each([
    ['联合国大会第74/247号决议', 'zh', ['A/RES/74/247']],
    ['安理会第2231（2015）号决议', 'zh', ['S/RES/2231 (2015)']],
    ['联合国安理会第2231号决议', 'zh', ['S/RES/2231']],
    ['74/247号和75/282号决议', 'zh', ['A/RES/74/247', 'A/RES/75/282']],
    ['General Assembly resolution 74/247', 'en', ['A/RES/74/247']],
    ['resolutions 74/247 and 75/282', 'en', ['A/RES/74/247', 'A/RES/75/282']],
    ['Security Council resolution 2231 (2015)', 'en', ['S/RES/2231 (2015)']],
    ['A/RES/74/247', 'en', ['A/RES/74/247']],
    ['S/RES/2231 (2015)', 'en', ['S/RES/2231 (2015)']],
    ['резолюции 74/247', 'ru', ['A/RES/74/247']],
    ['резолюцией СБ ООН 2231 (2015)', 'ru', ['S/RES/2231 (2015)']],
  ])('%s (%s)', (text, language, symbols) => {
    expect(findMentions(`${text}。`, language).filter((m) => m.type === 'resolution').flatMap((m) => (m.type === 'resolution' ? m.symbols : []))).toEqual(symbols);
  });
});

describe('resolving instruments', () => {
  it('reads a treaty citing itself and its own articles (traditional Chinese)', () => {
    const text = [
      '中華人民共和國和某國友好合作條約',
      '中華人民共和國和某國（以下簡稱「締約雙方」），達成協議如下：',
      '第一條　締約雙方發展友好關係。',
      '第二條　締約雙方根據本條約第一條開展合作。',
      '第三條　本條約第一條和第二條不影響締約雙方根據《聯合國憲章》第五十一條享有的權利。',
    ].join('\n');
    expect(refs(text)).toEqual([
      ['本條約第一條', 'self', ['art_1']],
      ['本條約第一條和第二條', 'self', ['art_1', 'art_2']],
      ['《聯合國憲章》第五十一條', 'un-charter', ['art_51']],
    ]);
  });

  it('gives an article citation without an instrument to the treaty that contains it', () => {
    const text = 'Treaty of Friendship\nThe Parties have agreed as follows:\nArticle 1\nThe Parties shall cooperate.\nArticle 2\nThe cooperation under Article 1 shall be reviewed every five years.';
    expect(refs(text)).toEqual([['Article 1', 'self', ['art_1']]]);
  });

  it('resolves a Russian defined term in any grammatical case', () => {
    const text = [
      'Совместное заявление Российской Федерации и Республики Казахстан',
      'Российская Федерация и Республика Казахстан, ссылаясь на Договор о дружбе и сотрудничестве между Российской Федерацией и Республикой Казахстан (далее — Договор), заявляют следующее:',
      'I',
      'Стороны подтверждают приверженность Договору и будут руководствоваться Договором.',
      'Стороны выполняют положения пункта 2 статьи 3 Договора.',
    ].join('\n');
    const rows = refs(text);
    const treaty = 'Договор о дружбе и сотрудничестве между Российской Федерацией и Республикой Казахстан';
    expect(rows).toEqual([
      [treaty, treaty, []],
      ['Договору', treaty, []],
      ['Договором', treaty, []],
      ['пункта 2 статьи 3 Договора', treaty, ['art_3__para_2']],
    ]);
    expect(analyzeText(text).analysis.parties).toEqual(['RU', 'KZ']);
  });

  it('resolves the short form Хартия in any grammatical case to the charter named before it', () => {
    const text = [
      'Совместное заявление Российской Федерации и Республики Казахстан',
      'Российская Федерация и Республика Казахстан заявляют следующее:',
      'I',
      'Стороны руководствуются Хартией Шанхайской организации сотрудничества, подтверждают приверженность Хартии, действуют в соответствии с Хартией и будут и впредь соблюдать Хартию.',
    ].join('\n');
    expect(refs(text)).toEqual([
      ['Хартией Шанхайской организации сотрудничества', 'sco-charter', []],
      ['Хартии', 'sco-charter', []],
      ['Хартией', 'sco-charter', []],
      ['Хартию', 'sco-charter', []],
    ]);
  });

  it('resolves "the Treaty" to the NPT named earlier in the same paragraph, and to the defined term elsewhere', () => {
    const text = [
      'Joint Statement of the Republic of India and the French Republic',
      'The Republic of India and the French Republic, recalling the Treaty of Friendship of 1998 (hereinafter "the Treaty"), declare as follows:',
      'I',
      'The Sides note that the Treaty on the Non-Proliferation of Nuclear Weapons is the cornerstone of the regime and call on all States to strengthen the Treaty.',
      'II',
      'The Sides will implement Article 3 of the Treaty in full.',
    ].join('\n');
    expect(refs(text)).toEqual([
      ['Treaty of Friendship', 'Treaty of Friendship', []],
      ['Treaty on the Non-Proliferation of Nuclear Weapons', 'npt', []],
      ['the Treaty', 'npt', []],
      ['Article 3 of the Treaty', 'Treaty of Friendship', ['art_3']],
    ]);
  });

  it('never guesses a short form across sections when nothing fits', () => {
    const text = [
      '中华人民共和国和某国联合声明',
      '双方声明如下：',
      '一',
      '双方重申恪守《禁止化学武器公约》。',
      '二',
      '双方愿就《公约》的执行开展对话。',
    ].join('\u3000\u3000');
    expect(refs(text)).toEqual([
      ['《禁止化学武器公约》', 'cwc', []],
      ['《公约》', null, []],
    ]);
  });

  it('does not report generic words: 国际条约, 有关协定, a comprehensive convention', () => {
    const text = '中华人民共和国和某国联合声明\u3000\u3000双方声明如下：\u3000\u3000双方遵守各自参加的国际条约和有关协定，推动谈判一项全面公约。';
    expect(refs(text)).toEqual([]);
  });

  it('reads 本协定 and this Agreement as the document itself', () => {
    const zh = '中华人民共和国政府和某国政府经济合作协定\n双方达成协议如下：\n第一条 本协定适用于双方的经济合作。\n第二条 本协定自签字之日起生效。';
    expect(refs(zh)).toEqual([
      ['本协定', 'self', []],
      ['本协定', 'self', []],
    ]);
    const en = 'Agreement on Economic Cooperation\nThe Parties have agreed as follows:\nArticle 1\nThis Agreement applies to economic cooperation.\nArticle 2\nThe present Agreement shall enter into force on signature.';
    expect(refs(en)).toEqual([
      ['This Agreement', 'self', []],
      ['The present Agreement', 'self', []],
    ]);
  });
});
