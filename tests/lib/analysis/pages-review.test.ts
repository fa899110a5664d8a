/**
 * Pages as the sites mark up statements today and in older layouts, with the clutter around
 * and inside the body: what the extract stage keeps, and what the whole analysis makes of it.
 */
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../lib/analysis/analyze';
import { extractPage } from '../../../lib/analysis/extract';
import { readabilityArticle } from '../../../lib/analysis/extract-readability';
import { mayBeDiplomatic } from '../../../lib/analysis/precheck';
import { textModelFromElements } from '../../../lib/text/text-model';
import { page } from '../../helpers';

/** The analysis of a fixture page at a URL of its site, with the Readability fallback wired in. */
function analyse(name: string, url: string) {
  const result = analyzeDocument(page(name, url), { url, readability: readabilityArticle });
  if (!result) throw new Error(`${name}: rejected by the pre-check`);
  const { analysis } = result;
  return {
    summary: {
      diplomatic: analysis.diplomatic,
      kind: analysis.kind,
      title: analysis.title,
      date: analysis.date,
      clauses: analysis.clauses.length,
      first: analysis.clauses[0]?.text,
      last: analysis.clauses.at(-1)?.text,
    },
    text: result.model.blocks.map((b) => b.text).join('\n'),
  };
}

describe('furniture lines inside the body', () => {
  it('Xinhua (2023 layout): the photo caption and the end mark are not clauses', () => {
    const url = 'http://www.news.cn/politics/leaders/20230322/a1b2c3d4e5f60718293a4b5c6d7e8f90/c.html';
    const { summary, text } = analyse('page-xinhua-zh-2023-caption.html', url);
    expect(summary).toEqual({
      diplomatic: true,
      kind: 'joint-statement',
      title: '中华人民共和国和俄罗斯联邦关于深化新时代全面战略协作伙伴关系的联合声明',
      date: '2023-03-21',
      clauses: 7,
      first: '中华人民共和国和俄罗斯联邦关于深化新时代全面战略协作伙伴关系的联合声明',
      last: '2023年3月21日于莫斯科',
    });
    for (const clutter of ['谢环驰 摄', '（完）', '纠错', '责任编辑', '相关新闻', '字体']) expect(text).not.toContain(clutter);
  });

  it('english.news.cn: "Enditem" is not the last clause', () => {
    const url = 'https://english.news.cn/20240516/0a1b2c3d4e5f40718293a4b5c6d7e8f9/c.html';
    const { summary, text } = analyse('page-xinhua-en-enditem.html', url);
    expect(summary).toEqual({
      diplomatic: true,
      kind: 'joint-statement',
      title:
        "Joint Statement of the People's Republic of China and the Russian Federation on Deepening the Comprehensive Strategic Partnership of Coordination for the New Era on the Occasion of the 75th Anniversary of the Establishment of Diplomatic Relations",
      date: '2024-05-16',
      clauses: 5,
      first:
        "At the invitation of President Xi Jinping of the People's Republic of China, President Vladimir Putin of the Russian Federation paid a state visit to China from May 16 to 17, 2024. The People's Republic of China and the Russian Federation (hereinafter referred to as \"the two sides\") state as follows:",
      last: 'The two sides stress that all countries have the right to independently choose their development paths.',
    });
    for (const clutter of ['Enditem', 'Editor: Gu Liping', 'Facebook', 'Related']) expect(text).not.toContain(clutter);
  });

  it("People's Daily: the print-edition line is not part of the last section", () => {
    const url = 'http://politics.people.com.cn/n1/2023/1214/c1001-40138295.html';
    const { summary, text } = analyse('page-people-paper-line.html', url);
    expect(summary).toEqual({
      diplomatic: true,
      kind: 'joint-statement',
      title: '中华人民共和国和越南社会主义共和国关于进一步深化和提升全面战略合作伙伴关系、构建具有战略意义的中越命运共同体的联合声明',
      date: '2023-12-14',
      clauses: 4,
      first:
        '应越南共产党中央委员会总书记阮富仲和越南社会主义共和国主席武文赏邀请，中国共产党中央委员会总书记、中华人民共和国主席习近平于2023年12月12日至13日对越南进行国事访问。',
      last: '双方同意保持高层密切交往。',
    });
    for (const clutter of ['人民日报 》', '02 版', '责编', '分享到']) expect(text).not.toContain(clutter);
  });
});

describe('pages no adapter knows (Readability)', () => {
  it('flat text with 　　 separators: the date and source line is the date, not the first clause; related links are left out', () => {
    const url = 'https://news.example.com/2021/0628/a.html';
    const { summary, text } = analyse('page-readability-flat-zh-info-line.html', url);
    expect(summary).toEqual({
      diplomatic: true,
      kind: 'joint-statement',
      title: '中俄联合声明',
      date: '2021-06-28',
      clauses: 8,
      first: '中华人民共和国和俄罗斯联邦关于《中俄睦邻友好合作条约》签署二十周年的联合声明',
      last: '（新华社北京6月28日电）',
    });
    for (const clutter of ['来源', '22:41', '相关阅读', '外交部：中俄关系是成熟', '分享到']) expect(text).not.toContain(clutter);
    expect(extractPage(page('page-readability-flat-zh-info-line.html', url), { url, readability: readabilityArticle }).date).toBe('2021-06-28');
  });
});

describe('press.un.org: a resolution quoted paragraph by paragraph', () => {
  const url = 'https://press.un.org/en/2023/sc15539.doc.htm';

  it('passes the pre-check: the quotation marks do not hide "The Security Council, Recalling"', () => {
    expect(mayBeDiplomatic(page('page-unpress-resolution-quoted.html', url))).toBe(true);
  });

  it('extracts the release without its end mark and its disclaimer', () => {
    const extraction = extractPage(page('page-unpress-resolution-quoted.html', url), { url, readability: readabilityArticle });
    const blocks = textModelFromElements(extraction.roots, { skip: extraction.skip }).blocks.map((b) => b.text);
    expect({ title: extraction.title, date: extraction.date, count: blocks.length, last: blocks.at(-1) }).toEqual({
      title: "Security Council Adopts Resolution 2719 (2023), Welcoming Secretary-General's Report on Financing African Union-led Peace Support Operations",
      date: '2023-12-21',
      count: 8,
      last: '"3. Decides to remain actively seized of the matter."',
    });
    for (const clutter of ['* *** *', 'Not an official record', 'Security Council Press Statement on Somalia', 'Fraud Alert']) {
      expect(blocks.join('\n')).not.toContain(clutter);
    }
  });
});

describe('paragraphs separated by <br><br> in one element (info.gov.hk, traditional Chinese)', () => {
  const url = 'https://www.info.gov.hk/gia/general/202411/21/P2024112100512.htm';

  it('the headline, left-out paragraphs and the body are blocks of their own; each <br><br> paragraph is one block', () => {
    const extraction = extractPage(page('page-hk-gia-br-paragraphs.html', url), { url, readability: readabilityArticle });
    const blocks = textModelFromElements(extraction.roots, { skip: extraction.skip }).blocks.map((b) => b.text);
    expect(blocks.slice(0, 5)).toEqual([
      '香港特別行政區政府與新加坡共和國政府聯合聲明',
      '香港特別行政區政府與新加坡共和國政府今日（十一月二十一日）在香港舉行第三次香港－新加坡合作會議。雙方發表聯合聲明如下：',
      '一、雙方同意進一步加強在金融服務方面的合作。',
      '二、雙方歡迎簽署《香港特別行政區政府與新加坡共和國政府關於智慧城市合作的諒解備忘錄》。',
      '三、雙方同意於二○二五年在新加坡舉行下一次會議。',
    ]);
    expect(extraction.title).toBe('香港特別行政區政府與新加坡共和國政府聯合聲明');
  });

  it('is analysed as a joint statement whose first clause is the text, not the rule of asterisks under the headline', () => {
    const { summary, text } = analyse('page-hk-gia-br-paragraphs.html', url);
    expect({ diplomatic: summary.diplomatic, kind: summary.kind, title: summary.title, first: summary.first }).toEqual({
      diplomatic: true,
      kind: 'joint-statement',
      title: '香港特別行政區政府與新加坡共和國政府聯合聲明',
      first: '香港特別行政區政府與新加坡共和國政府今日（十一月二十一日）在香港舉行第三次香港－新加坡合作會議。雙方發表聯合聲明如下：',
    });
    expect(text).not.toContain('***');
  });
});

describe('mid.ru (Readability): the date printed above the body', () => {
  const url = 'https://mid.ru/ru/foreign_policy/news/2015436/';

  it('reads "08.05.2025 14:20" from the <article> around the body; the body is the statement alone', () => {
    const extraction = extractPage(page('page-mid-ru-article-info-date.html', url), { url, readability: readabilityArticle });
    const blocks = textModelFromElements(extraction.roots, { skip: extraction.skip }).blocks.map((b) => b.text);
    expect({ title: extraction.title, date: extraction.date, adapter: extraction.adapter, first: blocks[0], last: blocks.at(-1), count: blocks.length }).toEqual({
      title: 'Совместное заявление Российской Федерации и Китайской Народной Республики о глобальной стратегической стабильности',
      date: '2025-05-08',
      adapter: 'readability',
      first: 'Российская Федерация и Китайская Народная Республика (далее – Стороны),',
      last: 'Москва, 8 мая 2025 года',
      count: 7,
    });
    for (const clutter of ['Версия для печати', 'Поделиться', 'Telegram', 'Дополнительные материалы', '14:20']) expect(blocks.join('\n')).not.toContain(clutter);
  });
});

describe('a page with no <p>: the statement in one <div>, paragraphs separated by <br><br>', () => {
  const url = 'http://ru.china-embassy.gov.cn/eng/xw/202505/t20250508_1.htm';

  it('passes the pre-check by its opening, and each paragraph is one clause', () => {
    expect(mayBeDiplomatic(page('page-br-paragraphs-no-p-en.html', url))).toBe(true);
    const { summary, text } = analyse('page-br-paragraphs-no-p-en.html', url);
    expect({ diplomatic: summary.diplomatic, title: summary.title, date: summary.date, clauses: summary.clauses, first: summary.first, last: summary.last }).toEqual({
      diplomatic: true,
      title: 'China, Russia issue statement on strategic stability',
      date: '2025-05-08',
      clauses: 5,
      first: 'The People\'s Republic of China and the Russian Federation (hereinafter referred to as "the two sides") state as follows:',
      last: 'Moscow, 8 May 2025',
    });
    for (const clutter of ['Consular Services', 'Copyright', '2025/05/08']) expect(text).not.toContain(clutter);
  });
});

describe('www.gov.cn policy layout (/zhengce/content/)', () => {
  const url = 'https://www.gov.cn/zhengce/content/2022-02/14/content_5673424.htm';

  it('strips the column name the <title> ends with; the body is #UCAP-CONTENT without the editor line', () => {
    const extraction = extractPage(page('page-govcn-policy-title-suffix.html', url), { url, readability: readabilityArticle });
    const blocks = textModelFromElements(extraction.roots, { skip: extraction.skip }).blocks.map((b) => b.text);
    expect({ title: extraction.title, date: extraction.date, adapter: extraction.adapter, first: blocks[0], last: blocks.at(-1), count: blocks.length }).toEqual({
      title: '国务院关于印发《“十四五”国家应急体系规划》的通知（国发〔2021〕36号）',
      date: '2022-02-14',
      adapter: 'govcn',
      first: '国务院关于印发《“十四五”国家应急体系规划》的通知',
      last: '2021年12月30日',
      count: 6,
    });
    expect(blocks.join('\n')).not.toContain('责任编辑');
  });

  it('is turned down at the pre-check: a domestic notice is no diplomatic text', () => {
    expect(mayBeDiplomatic(page('page-govcn-policy-title-suffix.html', url))).toBe(false);
  });
});

describe('a known site whose body container the adapter does not know', () => {
  const url = 'https://english.news.cn/20240516/0a1b2c3d4e5f40718293a4b5c6d7e8f9/c.html';

  it('takes the body from Readability but the headline, date and outlet from the Xinhua adapter', () => {
    const extraction = extractPage(page('page-xinhua-en-unknown-body-container.html', url), { url, readability: readabilityArticle });
    const blocks = textModelFromElements(extraction.roots, { skip: extraction.skip }).blocks.map((b) => b.text);
    expect({ title: extraction.title, date: extraction.date, source: extraction.source, adapter: extraction.adapter, last: blocks.at(-1) }).toEqual({
      title:
        "Full text: Joint Statement of the People's Republic of China and the Russian Federation on Deepening the Comprehensive Strategic Partnership of Coordination for the New Era on the Occasion of the 75th Anniversary of the Establishment of Diplomatic Relations",
      date: '2024-05-16',
      source: 'Xinhua',
      adapter: 'readability',
      last: 'The two sides stress that all countries have the right to independently choose their development paths.',
    });
  });
});
