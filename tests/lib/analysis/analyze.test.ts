import { describe, expect, it } from 'vitest';
import { analyzeDocument, analyzeText } from '../../../lib/analysis/analyze';
import { readabilityArticle } from '../../../lib/analysis/extract-readability';
import type { Analysis } from '../../../lib/analysis/types';
import { CORPUS_TEXT, fixture, htmlDocument, page } from '../../helpers';

const TREATY_2001 = 'cn-ru-treaty-2001';

/** A reference as one readable row: clause, kind, span, instrument id, articles, symbols. */
function rows(a: Analysis) {
  return a.references.map((r) => [r.eId, r.kind, r.text, r.instrument?.id ?? null, r.articles, r.symbols]);
}

/** The corpus statement's references, checked by hand against the text. */
const CORPUS_REFERENCES = [
  ['preamble__para_1', 'instrument', '《中华人民共和国和俄罗斯联邦睦邻友好合作条约》', TREATY_2001, [], []],
  ['preamble__para_1', 'instrument', '条约', TREATY_2001, [], []], // 弘扬条约精神
  ['preamble__para_1', 'instrument', '条约', TREATY_2001, [], []], // 落实条约内容
  ['sec_1__para_1', 'instrument', '条约', TREATY_2001, [], []],
  ['sec_1__para_2', 'instrument', '条约', TREATY_2001, [], []],
  ['sec_1__para_2', 'instrument', '条约', TREATY_2001, [], []],
  ['sec_1__para_3', 'instrument', '条约', TREATY_2001, [], []],
  ['sec_1__para_3', 'instrument', '条约', TREATY_2001, [], []],
  ['sec_1__para_3', 'article', '条约第二十五条', TREATY_2001, [25], []],
  ['sec_2__para_2', 'instrument', '条约', TREATY_2001, [], []],
  ['sec_3__para_1', 'article', '条约第十条', TREATY_2001, [10], []],
  ['sec_4__para_1', 'article', '条约第七条', TREATY_2001, [7], []],
  ['sec_5__para_1', 'article', '条约第十六条和第十七条', TREATY_2001, [16, 17], []],
  ['sec_8__para_3', 'instrument', '联合国宪章', 'un-charter', [], []],
  ['sec_8__para_10', 'instrument', '《不扩散核武器条约》', 'npt', [], []],
  // 继续协力维持并强化条约: here the bare 条约 is the NPT named just before it, not the 2001 Treaty.
  ['sec_8__para_10', 'instrument', '条约', 'npt', [], []],
  ['sec_8__para_12', 'instrument', '《中导条约》', 'inf-treaty', [], []],
  ['sec_8__para_13', 'instrument', '“防止在外空放置武器、对外空物体使用或威胁使用武力条约”草案', 'ppwt', [], []],
  ['sec_8__para_14', 'instrument', '《关于禁止发展、生产、储存和使用化学武器及销毁此种武器的公约》', 'cwc', [], []],
  ['sec_8__para_14', 'instrument', '《公约》', 'cwc', [], []],
  ['sec_8__para_14', 'instrument', '《公约》', 'cwc', [], []],
  ['sec_8__para_15', 'instrument', '《禁止发展、生产及储存细菌（生物）及毒素武器和销毁此种武器公约》', 'bwc', [], []],
  ['sec_8__para_15', 'instrument', '此《公约》', 'bwc', [], []],
  ['sec_8__para_15', 'instrument', '《公约》', 'bwc', [], []],
  ['sec_8__para_15', 'instrument', '《公约》', 'bwc', [], []],
  ['sec_8__para_16', 'instrument', '《制止生化恐怖主义行为国际公约》', 'chemical-biological-terrorism-convention', [], []],
  ['sec_8__para_18', 'instrument', '联合国宪章', 'un-charter', [], []],
  ['sec_8__para_20', 'resolution', '联合国大会74/247号和75/282号决议', null, [], ['A/RES/74/247', 'A/RES/75/282']],
  ['sec_8__para_22', 'instrument', '《全球数据安全倡议》', 'global-data-security-initiative', [], []],
  ['sec_8__para_23', 'instrument', '《中华人民共和国主席和俄罗斯联邦总统关于协作推进信息网络空间发展的联合声明》', 'cn-ru-information-space-statement-2016', [], []],
  ['sec_8__para_23', 'instrument', '《中华人民共和国政府和俄罗斯联邦政府关于在保障国际信息安全领域合作协定》', 'cn-ru-information-security-agreement-2015', [], []],
  // 双方将恪守条约精神: the 2001 Treaty again, although 《中导条约》 was named earlier in the section.
  ['sec_8__para_29', 'instrument', '条约', TREATY_2001, [], []],
];

const CORPUS_COPIES: Array<[string, string]> = [
  ['xinhua-joint-statement-2021.html', 'http://www.news.cn/politics/leaders/2021-06/28/c_1127558469.htm'],
  ['mfa-joint-statement-2021.html', 'https://www.mfa.gov.cn/web/zyxw/202106/t20210628_9137506.shtml'],
  ['fmprc-joint-statement-2021.html', 'https://www.fmprc.gov.cn/web/zyxw/t1888296.shtml'],
  ['people-joint-statement-2021.html', 'http://politics.people.com.cn/n1/2021/0628/c1001-32142941.html'],
  ['govcn-joint-statement-2021.html', 'http://www.gov.cn/xinwen/2021-06/28/content_5621323.htm'],
];

function analysePage(name: string, url: string) {
  const result = analyzeDocument(page(name, url), { url, readability: readabilityArticle });
  if (!result) throw new Error(`${name} was rejected by the pre-check`);
  return result.analysis;
}

describe('the corpus statement', () => {
  const flat = analyzeText(CORPUS_TEXT).analysis;

  it('is a joint statement of China and Russia of 28 June 2021, in Chinese, with sections 一 to 八', () => {
    expect({ ...flat, sections: flat.sections.map((s) => s.label), clauses: flat.clauses.length, references: flat.references.length }).toEqual({
      diplomatic: true,
      kind: 'joint-statement',
      language: 'zh',
      title: '中华人民共和国和俄罗斯联邦关于《中俄睦邻友好合作条约》签署二十周年的联合声明',
      date: '2021-06-28',
      parties: ['CN', 'RU'],
      fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/),
      sections: ['§一', '§二', '§三', '§四', '§五', '§六', '§七', '§八'],
      clauses: 69,
      references: CORPUS_REFERENCES.length,
    });
  });

  it('resolves every reference: articles to the 2001 Treaty, each 《公约》 to its own convention, every bare 条约', () => {
    expect(rows(flat)).toEqual(CORPUS_REFERENCES);
  });

  it('gives offsets that point at the reference in its clause, and Arabic targets for the articles', () => {
    for (const r of flat.references) {
      expect(flat.clauses.find((c) => c.eId === r.eId)!.text.slice(r.start, r.end)).toBe(r.text);
    }
    expect(flat.references.find((r) => r.articles.length === 2)!.targets).toEqual(['art_16', 'art_17']);
    expect(flat.references.find((r) => r.articles[0] === 25)!.instrument).toEqual({ id: TREATY_2001, title: '中华人民共和国和俄罗斯联邦睦邻友好合作条约' });
  });

  it.each(CORPUS_COPIES)('reads the same on %s: same fingerprint, clauses and references', (name, url) => {
    const copy = analysePage(name, url);
    expect(copy.fingerprint).toBe(flat.fingerprint);
    expect(copy.date).toBe('2021-06-28');
    expect(copy.clauses.map((c) => [c.eId, c.label, c.text])).toEqual(flat.clauses.map((c) => [c.eId, c.label, c.text]));
    expect(rows(copy)).toEqual(CORPUS_REFERENCES);
  });

  it('keeps its fingerprint when republished with other whitespace and ASCII punctuation', () => {
    const republished = CORPUS_TEXT.replace(/，/g, ', ').replace(/（/g, ' (').replace(/）/g, ') ').replace(/“|”/g, '"');
    expect(analyzeText(republished).analysis.fingerprint).toBe(flat.fingerprint);
    expect(analyzeText(CORPUS_TEXT.replace('条约第二十五条', '条约第二十六条')).analysis.fingerprint).not.toBe(flat.fingerprint);
  });
});

describe('wire datelines in a traditional copy', () => {
  // The traditional statement of the evaluation set, without its closing date line.
  const HANT = fixture('eval/zh-hant-statement-treaty.txt').replace('\n二〇二六年七月十六日於莫斯科', '');
  const PREAMBLE = '中華人民共和國和俄羅斯聯邦（以下稱「雙方」）';
  const undated = analyzeText(HANT, { date: '2026-07-18' }).analysis;

  it('keeps 新華社…電 opening the first paragraph out of the preamble and the fingerprint', () => {
    const copy = analyzeText(HANT.replace(PREAMBLE, `新華社北京7月16日電\u3000${PREAMBLE}`), { date: '2026-07-18' }).analysis;
    expect([copy.clauses[0]!.eId, copy.clauses[0]!.text.slice(0, PREAMBLE.length), copy.fingerprint]).toEqual([
      'preamble__para_1',
      PREAMBLE,
      undated.fingerprint,
    ]);
  });

  it.each(['新華社', '人民網'])('takes a closing （%s北京7月16日電） for the closing line and its day for the date', (outlet) => {
    const copy = analyzeText(`${HANT}\n（${outlet}北京7月16日電）`, { date: '2026-07-18' }).analysis;
    const last = copy.clauses[copy.clauses.length - 1]!;
    expect([last.eId, last.text, copy.date, copy.fingerprint]).toEqual([
      'conclusions__para_1',
      `（${outlet}北京7月16日電）`,
      '2026-07-16',
      undated.fingerprint,
    ]);
  });
});

describe('statements in English and Russian', () => {
  it('reads the English statement on an english.news.cn page', () => {
    const a = analysePage('english-xinhua-statement-en.html', 'https://english.news.cn/20210628/statement/c.htm');
    expect([a.kind, a.language, a.date, a.parties, a.sections.map((s) => s.label)]).toEqual([
      'joint-statement', 'en', '2021-06-28', ['CN', 'RU'], ['§I', '§II', '§III', '§IV'],
    ]);
    expect(rows(a)).toEqual([
      ['preamble__para_1', 'instrument', "Treaty of Good-Neighborliness and Friendly Cooperation between the People's Republic of China and the Russian Federation", TREATY_2001, [], []],
      ['sec_1__para_1', 'instrument', 'The Treaty', TREATY_2001, [], []],
      ['sec_1__para_2', 'article', 'Article 25 of the Treaty', TREATY_2001, [25], []],
      ['sec_1__para_2', 'instrument', 'the Treaty', TREATY_2001, [], []],
      ['sec_2__para_2', 'article', 'Articles 16 and 17 of the Treaty', TREATY_2001, [16, 17], []],
      ['sec_3__para_1', 'instrument', 'Charter of the United Nations', 'un-charter', [], []],
      ['sec_3__para_2', 'resolution', 'General Assembly resolution 74/247', null, [], ['A/RES/74/247']],
      ['sec_4__para_1', 'instrument', 'the Treaty', TREATY_2001, [], []],
    ]);
  });

  it('reads the Russian statement on a kremlin.ru page, short forms in any case', () => {
    const a = analysePage('kremlin-statement-ru.html', 'http://kremlin.ru/supplement/5678');
    expect([a.kind, a.language, a.date, a.parties, a.sections.map((s) => s.label)]).toEqual([
      'joint-statement', 'ru', '2021-06-28', ['RU', 'CN'], ['§I', '§II', '§III', '§IV'],
    ]);
    expect(rows(a)).toEqual([
      ['sec_1__para_1', 'article', 'статья 25 Договора о добрососедстве, дружбе и сотрудничестве между Российской Федерацией и Китайской Народной Республикой', TREATY_2001, [25], []],
      ['sec_1__para_2', 'instrument', 'Договора', TREATY_2001, [], []],
      ['sec_1__para_3', 'instrument', 'Договор', TREATY_2001, [], []],
      ['sec_2__para_2', 'article', 'статьями 16 и 17 Договора', TREATY_2001, [16, 17], []],
      ['sec_3__para_1', 'instrument', 'Устав ООН', 'un-charter', [], []],
      ['sec_3__para_2', 'resolution', 'резолюция 74/247', null, [], ['A/RES/74/247']],
      ['sec_4__para_1', 'instrument', 'Договора', TREATY_2001, [], []],
    ]);
  });

  it('reads a UN General Assembly resolution by its opening, on a page no adapter knows', () => {
    const a = analysePage('un-resolution-en.html', 'https://press.un.org/en/2021/ga12345.doc.htm');
    expect([a.diplomatic, a.kind, a.parties, a.date]).toEqual([true, 'resolution', [], '2021-12-24']);
    expect(a.clauses.filter((c) => /^para_\d+$/.test(c.eId)).map((c) => c.eId)).toEqual(['para_1', 'para_2', 'para_3', 'para_4', 'para_5', 'para_6']);
    // "Reaffirming…" is preambular paragraph 1: the UN symbol, "Resolution adopted by…" and
    // "The General Assembly," are the resolution's header, not paragraphs.
    expect(a.clauses[0]).toMatchObject({ eId: 'preamble__para_1', text: expect.stringMatching(/^Reaffirming the purposes/) });
    expect(rows(a)).toContainEqual(['preamble__para_1', 'instrument', 'Charter of the United Nations', 'un-charter', [], []]);
  });
});

describe('pages that are not diplomatic texts', () => {
  it.each([
    ['xinhua-sports-news.html', 'http://www.news.cn/sports/2021-06/02/c_1127522.htm'],
    ['blog-not-diplomatic-en.html', 'https://blog.example.org/2021/06/sourdough'],
  ])('rejects %s at the pre-check', (name, url) => {
    expect(analyzeDocument(page(name, url), { url, readability: readabilityArticle })).toBeNull();
  });

  it('does not take a news report about a joint statement for the statement', () => {
    const html = `<html><head><title>中俄元首发表联合声明 宣布《中俄睦邻友好合作条约》延期-新华网</title></head><body>
      <h1>中俄元首发表联合声明 宣布《中俄睦邻友好合作条约》延期</h1>
      <div id="detail"><p>　　新华社北京6月28日电 国家主席习近平28日同俄罗斯总统普京举行视频会晤。两国元首发表联合声明，宣布《中俄睦邻友好合作条约》延期。</p>
      <p>　　习近平指出，条约确立的和平思想同两国人民世代友好的愿望相契合。</p></div></body></html>`;
    const url = 'http://www.news.cn/politics/leaders/2021-06/28/c_1127604.htm';
    const result = analyzeDocument(htmlDocument(html, url), { url, readability: readabilityArticle, force: true });
    expect(result?.analysis.diplomatic).toBe(false);
    expect(result?.analysis.references).toEqual([]);
  });
});

describe('the pre-check', () => {
  it('lets through every page the full detection accepts, among the fixtures and the evaluation set', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { resolve } = await import('node:path');
    const { mayBeDiplomatic } = await import('../../../lib/analysis/precheck');
    const { FIXTURES } = await import('../../helpers');
    const pages = [
      ...readdirSync(resolve(FIXTURES, 'pages')).map((f) => resolve(FIXTURES, 'pages', f)),
      ...readdirSync(resolve(FIXTURES, 'eval')).filter((f) => f.endsWith('.html')).map((f) => resolve(FIXTURES, 'eval', f)),
    ].filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(15);
    let checked = 0;
    for (const file of pages) {
      const doc = htmlDocument(readFileSync(file, 'utf8'), `http://127.0.0.1/${file.split('/').pop()}`);
      const full = analyzeDocument(doc, { readability: readabilityArticle, force: true });
      if (!full?.analysis.diplomatic) continue;
      expect(mayBeDiplomatic(doc), file).toBe(true);
      checked += 1;
    }
    // Every page but the blog, the sports news, the two news reports about a statement, the
    // GB2312 treaty page (read here as UTF-8, so garbled) and the four news pages whose headlines
    // begin with a kind word (detect-*: agreement takes effect, corporate agreement, charter
    // flights, treaty in force), and the UN Press release that quotes its resolution paragraph by
    // paragraph (page-unpress-resolution-quoted: detection does not yet read past the quotes),
    // and a domestic notice on gov.cn (page-govcn-policy-title-suffix).
    expect(checked).toBe(pages.length - 11);
  });
});
