import { describe, expect, it } from 'vitest';
import { analyzeDocument, analyzeText } from '../../../lib/analysis/analyze';
import { readabilityArticle } from '../../../lib/analysis/extract-readability';
import { articleText, libraryArticles, libraryEntry } from '../../../lib/library/articles';
import { fixture, page } from '../../helpers';

const analysePage = (name: string) => analyzeDocument(page(name), { readability: readabilityArticle })!;

describe('a treaty page as library articles', () => {
  it('the MFA copy of the 2001 Treaty goes in under the registry id, its 25 articles with their paragraphs', () => {
    const result = analysePage('treaty-cn-ru-2001-mfa.html');
    const made = libraryEntry(result, { url: 'http://127.0.0.1/treaty-cn-ru-2001-mfa.html' });
    expect(made.ok).toBe(true);
    if (!made.ok) return;
    const { articles, ...entry } = made.entry;
    expect(entry).toEqual({
      instrument: { id: 'cn-ru-treaty-2001', registered: true },
      fingerprint: result.analysis.fingerprint,
      title: '中华人民共和国和俄罗斯联邦睦邻友好合作条约',
      kind: 'treaty',
      language: 'zh',
      date: '2001-07-16',
      source: { url: 'http://127.0.0.1/treaty-cn-ru-2001-mfa.html' },
    });
    expect(articles.map((a) => a.number)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(articles[24]).toEqual({
      number: 25,
      eId: 'art_25',
      heading: '第二十五条',
      caption: null,
      clauses: [
        { eId: 'art_25__para_1', label: '第二十五条第一款', text: '本条约须经批准，自互换批准书之日起生效。批准书在北京互换。' },
        {
          eId: 'art_25__para_2',
          label: '第二十五条第二款',
          text: '本条约有效期为二十年。如缔约任何一方在本条约期满前一年未以书面形式通知缔约另一方要求终止本条约，则本条约将自动延长五年，并依此法顺延。',
        },
      ],
    });
    expect(articles[9]).toEqual({
      number: 10,
      eId: 'art_10',
      heading: '第十条',
      caption: null,
      clauses: [
        {
          eId: 'art_10',
          label: '第十条',
          text: '缔约双方将利用和完善各级定期会晤机制，首先是最高级和高级会晤，定期就双边关系以及共同关心的重大和迫切的国际问题交换意见，协调立场，以加强战略协作伙伴关系。',
        },
      ],
    });
    expect(articleText(articles[24]!)).toBe(
      '本条约须经批准，自互换批准书之日起生效。批准书在北京互换。\n本条约有效期为二十年。如缔约任何一方在本条约期满前一年未以书面形式通知缔约另一方要求终止本条约，则本条约将自动延长五年，并依此法顺延。',
    );
  });

  it('keeps numbering as written and headings on their own line (kremlin.ru markup, an instrument no registry knows)', () => {
    const made = libraryEntry(analysePage('treaty-ru-primeria-kremlin.html'), { url: 'http://kremlin.ru/acts/international/9001' });
    expect(made.ok).toBe(true);
    if (!made.ok) return;
    expect(made.entry.instrument).toEqual({ id: expect.stringMatching(/^local-[0-9a-f]{16}$/), registered: false });
    expect(made.entry.articles.slice(0, 2)).toEqual([
      {
        number: 1,
        eId: 'art_1',
        heading: 'Статья 1',
        caption: null,
        clauses: [
          { eId: 'art_1__para_1', label: 'ст. 1 п. 1', text: '1. Договаривающиеся Стороны развивают отношения дружбы и сотрудничества на основе взаимного уважения суверенитета и территориальной целостности.' },
          { eId: 'art_1__para_2', label: 'ст. 1 п. 2', text: '2. Договаривающиеся Стороны не участвуют в союзах и блоках, направленных против другой Договаривающейся Стороны.' },
        ],
      },
      {
        number: 2,
        eId: 'art_2',
        heading: 'Статья 2',
        caption: null,
        clauses: [
          { eId: 'art_2', label: 'ст. 2', text: 'Договаривающиеся Стороны сотрудничают в следующих областях:' },
          { eId: 'art_2__point_1', label: 'ст. 2 пп. «а»', text: 'а) торговля и инвестиции;' },
          { eId: 'art_2__point_2', label: 'ст. 2 пп. «б»', text: 'б) наука и техника;' },
          { eId: 'art_2__point_3', label: 'ст. 2 пп. «в»', text: 'в) культура и образование.' },
        ],
      },
    ]);
    // The closing line is not an article's text.
    expect(made.entry.articles.at(-1)!.clauses.map((c) => c.text).join(' ')).not.toContain('Совершено в Москве');
  });

  it('keeps an English article\'s caption beside its heading, and points under their paragraph', () => {
    const result = analyzeText(fixture('eval/en-treaty-cl-nz.txt'));
    const articles = libraryArticles(result);
    expect(articles).toHaveLength(10);
    expect(articles[0]).toMatchObject({ heading: 'Article 1', caption: 'Scope of Assistance' });
    expect(articleText(articles[0]!)).toBe(
      [
        '1. The Parties shall, in accordance with this Treaty, grant each other the widest measure of mutual assistance in criminal matters.',
        '2. Assistance shall include:',
        '(a) taking evidence and obtaining statements of persons;',
        '(b) providing information, documents and records;',
        '(c) executing requests for search and seizure.',
        '3. This Treaty shall not apply to the extradition of any person.',
      ].join('\n'),
    );
  });

  it('leaves a joint statement out, even one that cites a treaty\'s articles', () => {
    expect(libraryEntry(analysePage('xinhua-joint-statement-2021.html'), { url: 'http://127.0.0.1/x.html' })).toEqual({ ok: false, reason: 'not-an-instrument' });
  });

  it('refuses an agreement whose text has no articles', () => {
    const text = [
      '中华人民共和国政府和某国政府关于文化合作的协定',
      '中华人民共和国政府和某国政府（以下简称“双方”），为加强两国文化交流，达成协议如下：',
      '一、双方鼓励两国文化机构开展交流。',
      '二、双方支持互办文化节。',
      '三、本协定自签字之日起生效。',
    ].join('\n');
    const result = analyzeText(text);
    expect(result.analysis.kind).toBe('agreement');
    expect(libraryEntry(result, { file: 'agreement.txt' })).toEqual({ ok: false, reason: 'no-articles' });
  });
});
