import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../lib/analysis/analyze';
import { readabilityArticle } from '../../../lib/analysis/extract-readability';
import { articleQueries, readerHref, referenceLink, type FoundArticles } from '../../../lib/library/jump';
import { publicLink } from '../../../lib/references/links';
import { page } from '../../helpers';

const READER = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/reader.html';
const FROM = 'http://www.news.cn/politics/leaders/2021-06/28/c_1127558469.htm';
const statement = analyzeDocument(page('xinhua-joint-statement-2021.html'), { readability: readabilityArticle })!.analysis;
const byText = (text: string) => statement.references.find((r) => r.text === text)!;

const ARTICLE_25 = '本条约须经批准，自互换批准书之日起生效。批准书在北京互换。\n本条约有效期为二十年。';
const found: FoundArticles = new Map([
  ['cn-ru-treaty-2001', new Map([[16, '第十六条的文本'], [17, '第十七条的文本'], [25, ARTICLE_25]])],
]);

describe('the jump from a reference to the article it cites', () => {
  it('asks the library once for every instrument the page cites, with the union of the articles', () => {
    const queries = articleQueries(statement.references);
    expect(queries.find((q) => q.id === 'cn-ru-treaty-2001')).toEqual({ id: 'cn-ru-treaty-2001', articles: [7, 10, 16, 17, 25] });
    expect(new Set(queries.map((q) => q.id)).size).toBe(queries.length);
    expect(articleQueries([])).toEqual([]);
  });

  it('leads 条约第二十五条 to the reader at Article 25 with its text when the library has it', () => {
    expect(referenceLink(byText('条约第二十五条'), 'zh', found, { base: READER, from: FROM })).toEqual({
      href: `${READER}?instrument=cn-ru-treaty-2001&from=${encodeURIComponent(FROM)}#art_25`,
      external: false,
      articles: [{ number: 25, text: ARTICLE_25 }],
    });
  });

  it('shows both texts of 第十六条和第十七条 and leads to the first', () => {
    expect(referenceLink(byText('条约第十六条和第十七条'), 'zh', found, { base: READER })).toEqual({
      href: `${READER}?instrument=cn-ru-treaty-2001#art_16`,
      external: false,
      articles: [
        { number: 16, text: '第十六条的文本' },
        { number: 17, text: '第十七条的文本' },
      ],
    });
  });

  it('keeps the public copy with its text fragment when the library lacks the article or the instrument', () => {
    const tenth = byText('条约第十条');
    expect(referenceLink(tenth, 'zh', found, { base: READER })).toEqual({
      href: 'https://zh.wikisource.org/wiki/%E4%B8%AD%E5%8D%8E%E4%BA%BA%E6%B0%91%E5%85%B1%E5%92%8C%E5%9B%BD%E5%92%8C%E4%BF%84%E7%BD%97%E6%96%AF%E8%81%94%E9%82%A6%E7%9D%A6%E9%82%BB%E5%8F%8B%E5%A5%BD%E5%90%88%E4%BD%9C%E6%9D%A1%E7%BA%A6#:~:text=%E7%AC%AC%E5%8D%81%E6%9D%A1',
      external: true,
      articles: [{ number: 10, text: null }],
    });
    for (const reference of statement.references) {
      const link = referenceLink(reference, 'zh', new Map(), { base: READER });
      expect(link).toEqual({ href: publicLink(reference, 'zh')?.href ?? null, external: true, articles: reference.articles.map((number) => ({ number, text: null })) });
    }
  });

  it('builds reader addresses that carry only a web page to go back to', () => {
    expect(readerHref(READER, 'npt', 6, 'https://example.org/a?b=1#c')).toBe(`${READER}?instrument=npt&from=https%3A%2F%2Fexample.org%2Fa%3Fb%3D1#art_6`);
    expect(readerHref(READER, 'npt', null, 'javascript:alert(1)')).toBe(`${READER}?instrument=npt`);
    expect(readerHref(READER, 'npt', 1, `https://example.org/${'x'.repeat(3000)}`)).toBe(`${READER}?instrument=npt#art_1`);
  });
});
