import { describe, expect, it } from 'vitest';
import { extractPage, pageLanguage, type PageExtraction, type ReadabilityFn } from '../../../lib/analysis/extract';
import { readabilityArticle } from '../../../lib/analysis/extract-readability';
import { textModelFromElements, textModelFromString } from '../../../lib/text/text-model';
import { CORPUS_TEXT, htmlDocument, page } from '../../helpers';

/** The corpus statement's paragraphs as the text model normalises them (title first, Xinhua's dateline last). */
const CORPUS = textModelFromString(CORPUS_TEXT).blocks.map((b) => b.text);
const TITLE = '中华人民共和国和俄罗斯联邦关于《中俄睦邻友好合作条约》签署二十周年的联合声明';

/** The block texts later stages will see. */
function blocks(result: PageExtraction): string[] {
  return textModelFromElements(result.roots, { skip: result.skip }).blocks.map((b) => b.text);
}

/** Everything but the roots and the skip function. */
function metadata(result: PageExtraction): Omit<PageExtraction, 'roots' | 'skip'> {
  const { roots: _roots, skip: _skip, ...rest } = result;
  return rest;
}

/** Each text is on the page, and none of them is in the extracted text. */
function expectLeftOut(document: Document, result: PageExtraction, texts: string[]): void {
  const pageText = document.body.textContent!.replace(/\s+/g, ' ');
  const extracted = blocks(result).join('\n');
  for (const text of texts) {
    expect(pageText, `the page has ${text}`).toContain(text);
    expect(extracted, `the extraction leaves out ${text}`).not.toContain(text);
  }
}

describe('extractPage with site adapters', () => {
  it('reads a Xinhua page: header date, source line, headline, #detail without the editor line', () => {
    const url = 'http://www.news.cn/politics/leaders/2021-06/28/c_1127558469.htm';
    const doc = page('xinhua-joint-statement-2021.html', url);
    const result = extractPage(doc);
    expect(metadata(result)).toEqual({
      title: TITLE, source: '新华网', date: '2021-06-28', language: null, url, adapter: 'xinhua',
    });
    expect(result.roots).toEqual([doc.getElementById('detail')]);
    expect(blocks(result)).toEqual(CORPUS.slice(1));
    expectLeftOut(doc, result, ['【责任编辑:王晓】', '相关新闻', '外交部：中俄关系历久弥坚', 'XINHUANET.com']);
  });

  it('reads an ordinary Xinhua news page the same way', () => {
    const url = 'http://www.news.cn/sports/2021-06/02/c_1127520071.htm';
    const result = extractPage(page('xinhua-sports-news.html', url));
    expect(metadata(result)).toEqual({
      title: '中国女排3比0战胜日本队 取得联赛三连胜', source: '新华网', date: '2021-06-02', language: null, url, adapter: 'xinhua',
    });
    expect(blocks(result).map((text) => text.slice(0, 12))).toEqual(['新华社意大利里米尼6月1', '本场比赛，中国队主教练郎', '第二局日本队加强了发球冲', '赛后，郎平表示，球队正在']);
  });

  it('reads an English Xinhua page: "Source: Xinhua", Content-Language, Roman-numeral sections', () => {
    const url = 'https://english.news.cn/20210628/5d8a9c27e3b14f0b9a6c1d2e3f4a5b6c/c.html';
    const doc = page('english-xinhua-statement-en.html', url);
    const result = extractPage(doc);
    expect(metadata(result)).toEqual({
      title: "Joint Statement of the People's Republic of China and the Russian Federation on the 20th Anniversary of the Treaty of Good-Neighborliness and Friendly Cooperation",
      source: 'Xinhua', date: '2021-06-28', language: 'en', url, adapter: 'xinhua',
    });
    expect(blocks(result)).toEqual([
      "BEIJING, June 28 (Xinhua) -- The following is the full text of the joint statement of the People's Republic of China and the Russian Federation on the 20th anniversary of the Treaty of Good-Neighborliness and Friendly Cooperation.",
      "The People's Republic of China and the Russian Federation (hereinafter referred to as \"the two sides\"), on the occasion of the 20th anniversary of the signing of the Treaty of Good-Neighborliness and Friendly Cooperation between the People's Republic of China and the Russian Federation of July 16, 2001 (hereinafter referred to as the Treaty), state as follows:",
      'I',
      'The Treaty combines the historical experience of the development of China-Russia relations with the universally recognized principles of international law, and has served as the cornerstone of the comprehensive strategic partnership of coordination between the two countries.',
      'In accordance with Article 25 of the Treaty, the heads of state have agreed to extend the Treaty for another five years.',
      'II',
      "The two sides reaffirm their commitment to mutual respect for sovereignty and territorial integrity, non-interference in each other's internal affairs, equality and mutual benefit.",
      'Pursuant to Articles 16 and 17 of the Treaty, the two sides will deepen cooperation in trade, investment, energy, science and technology, and people-to-people exchanges.',
      'III',
      'The two sides stress that the purposes and principles of the Charter of the United Nations remain the foundation of international relations, and support the central role of the United Nations in international affairs.',
      'The two sides will support the work of the ad hoc intergovernmental committee of experts established pursuant to General Assembly resolution 74/247, with a view to elaborating a comprehensive international convention on countering the use of information and communications technologies for criminal purposes.',
      'IV',
      'The two sides are convinced that the faithful implementation of the Treaty serves the fundamental interests of the two peoples and contributes to peace, stability and development in the Asia-Pacific region and the world at large.',
      'Moscow and Beijing, June 28, 2021',
    ]);
    expectLeftOut(doc, result, ['Editor: huaxia', 'Xi, Putin hold video talks', 'Sci-Tech', 'All rights reserved']);
  });

  it('reads an older xinhuanet.com page (.h-title, .h-time, #source, #p-detail) and dates it from the URL when it must', () => {
    const html = `<html><head><title>外交部：中俄关系历久弥坚-新华网</title></head><body>
      <div class="h-news"><div class="h-title">外交部：中俄关系历久弥坚</div>
      <div class="h-info"><span class="h-time">2019-06-05 21:37:23</span> <span>来源： <em id="source">新华网</em></span></div></div>
      <div id="p-detail"><p>　　新华社北京6月5日电　外交部发言人表示，中俄关系处于历史最好时期。</p>
      <div class="p-right left"><div id="articleEdit">【纠错】 <span class="editor">责任编辑： 王晓</span></div></div></div>
      </body></html>`;
    const result = extractPage(htmlDocument(html, 'http://www.xinhuanet.com/world/2019-06/05/c_1124588471.htm'));
    expect(metadata(result)).toEqual({
      title: '外交部：中俄关系历久弥坚', source: '新华网', date: '2019-06-05', language: null,
      url: 'http://www.xinhuanet.com/world/2019-06/05/c_1124588471.htm', adapter: 'xinhua',
    });
    expect(blocks(result)).toEqual(['新华社北京6月5日电 外交部发言人表示，中俄关系处于历史最好时期。']);

    const undated = htmlDocument(html.replace(/<span class="h-time">.*?<\/span>/, ''), 'http://www.news.cn/world/20190605/0f1e2d3c4b5a69788796a5b4c3d2e1f0/c.html');
    expect(extractPage(undated).date).toBe('2019-06-05');
  });

  it('reads a newer MFA page (.news-details: title in the header, p.time, .news-main)', () => {
    const url = 'https://www.mfa.gov.cn/web/zyxw/202106/t20210628_9137171.shtml';
    const doc = page('mfa-joint-statement-2021.html', url);
    const result = extractPage(doc);
    expect(metadata(result)).toEqual({
      title: TITLE, source: '中华人民共和国外交部', date: '2021-06-28', language: 'zh', url, adapter: 'mfa',
    });
    expect(result.roots).toEqual([doc.querySelector('.news-main')]);
    expect(blocks(result)).toEqual(CORPUS.slice(1));
    expectLeftOut(doc, result, ['【打印本页】', '分享到', '相关新闻', '版权所有：中华人民共和国外交部', '领事服务']);
  });

  it('reads an older fmprc.gov.cn page (#News_Body_Title, #News_Body_Time, #News_Body_source, indented <p>)', () => {
    const url = 'https://www.fmprc.gov.cn/web/zyxw/t1886384.shtml';
    const doc = page('fmprc-joint-statement-2021.html', url);
    const result = extractPage(doc);
    expect(metadata(result)).toEqual({
      title: TITLE, source: '外交部', date: '2021-06-28', language: null, url, adapter: 'mfa',
    });
    expect(result.roots).toEqual([doc.getElementById('News_Body_Txt_A')]);
    expect(blocks(result)).toEqual(CORPUS.slice(1));
    expectLeftOut(doc, result, ['打印本页', '您的位置', '中俄元首宣布《中俄睦邻友好合作条约》延期', '邮编：100701']);
  });

  it("reads a People's Daily page: date and source from the channel line, the dateline on the first paragraph", () => {
    const url = 'http://world.people.com.cn/n1/2021/0628/c1002-32142863.html';
    const doc = page('people-joint-statement-2021.html', url);
    const result = extractPage(doc);
    // Its Content-Language says "utf-8", which is no language.
    expect(metadata(result)).toEqual({
      title: TITLE, source: '新华社', date: '2021-06-28', language: null, url, adapter: 'people',
    });
    expect(blocks(result)).toEqual([`新华社北京6月28日电 ${CORPUS[0]}`, ...CORPUS.slice(1)]);
    expectLeftOut(doc, result, ['(责编：王瑞、赵歌)', '相关新闻', '推荐阅读', '分享到微信', '人民网首页']);
  });

  it('reads a gov.cn page whose whole body is one flat run of text', () => {
    const url = 'http://www.gov.cn/xinwen/2021-06/28/content_5621323.htm';
    const doc = page('govcn-joint-statement-2021.html', url);
    const result = extractPage(doc);
    expect(metadata(result)).toEqual({
      title: TITLE, source: '新华社', date: '2021-06-28', language: null, url, adapter: 'govcn',
    });
    expect(result.roots).toEqual([doc.getElementById('UCAP-CONTENT')]);
    expect(blocks(result)).toEqual(CORPUS);
    expectLeftOut(doc, result, ['责任编辑：陈鹏', '【我要纠错】', '相关稿件', '扫一扫在手机打开当前页', '京ICP备05070218号']);
  });

  it('reads a kremlin.ru page: entry title, time[datetime], the article body without lead, tags and status', () => {
    const url = 'http://kremlin.ru/supplement/5675';
    const doc = page('kremlin-statement-ru.html', url);
    const result = extractPage(doc);
    expect(metadata(result)).toEqual({
      title: 'Совместное заявление Российской Федерации и Китайской Народной Республики о двадцатилетии Договора о добрососедстве, дружбе и сотрудничестве',
      source: 'Президент России', date: '2021-06-28', language: 'ru', url, adapter: 'kremlin',
    });
    expect(blocks(result)).toEqual([
      'Российская Федерация и Китайская Народная Республика (далее — Стороны), отмечая двадцатую годовщину подписания основополагающего договора между двумя государствами, заявляют следующее:',
      'I',
      'Стороны констатируют, что статья 25 Договора о добрососедстве, дружбе и сотрудничестве между Российской Федерацией и Китайской Народной Республикой от 16 июля 2001 года (далее — Договор) предусматривает автоматическое продление его действия на последующие пятилетние периоды, если ни одна из Сторон не заявит о намерении прекратить его действие.',
      'Руководствуясь этим положением, главы государств приняли решение продлить действие Договора на очередной пятилетний срок.',
      'Договор воплотил исторический опыт развития российско-китайских отношений и общепризнанные принципы и нормы международного права и стал прочной основой всеобъемлющего партнерства и стратегического взаимодействия двух государств.',
      'II',
      'Стороны подтверждают приверженность принципам взаимного уважения суверенитета и территориальной целостности, невмешательства во внутренние дела друг друга, равноправия и взаимной выгоды.',
      'В соответствии со статьями 16 и 17 Договора Стороны будут и впредь развивать сотрудничество в торгово-экономической, научно-технической, энергетической, транспортной и гуманитарной областях.',
      'Стороны поддерживают регулярные контакты на высшем и высоком уровнях, совершенствуют механизмы межправительственного сотрудничества и межпарламентских связей.',
      'III',
      'Стороны подчеркивают, что Устав ООН остается краеугольным камнем современного миропорядка, и выступают за укрепление центральной координирующей роли Организации Объединенных Наций в международных делах.',
      'Стороны напоминают, что резолюция 74/247 Генеральной Ассамблеи ООН учредила специальный межправительственный комитет экспертов открытого состава для разработки всеобъемлющей международной конвенции о противодействии использованию информационно-коммуникационных технологий в преступных целях, и будут содействовать скорейшему завершению его работы.',
      'Стороны продолжат тесную координацию в рамках Совета Безопасности ООН, Шанхайской организации сотрудничества, БРИКС и «Группы двадцати».',
      'IV',
      'Стороны выражают уверенность, что последовательное выполнение положений Договора отвечает коренным интересам народов двух стран и служит делу мира, стабильности и развития в Азиатско-Тихоокеанском регионе и во всем мире.',
      'Москва, 28 июня 2021 года',
    ]);
    expectLeftOut(doc, result, ['По итогам переговоров глав государств', 'См. также', 'Внешняя политика', 'Опубликован в разделах', 'Стенограммы', 'Creative Commons']);
  });

  it('takes the kremlin.ru read__content when the page has no inner article body, skipping its furniture', () => {
    const doc = page('kremlin-statement-ru.html', 'http://en.kremlin.ru/supplement/5675');
    const inner = doc.querySelector('.read__internal_content')!;
    inner.classList.remove('read__internal_content');
    const result = extractPage(doc);
    expect(result.roots).toEqual([doc.querySelector('.read__content')]);
    expect(blocks(result)).toHaveLength(16);
    expectLeftOut(doc, result, ['См. также', 'Опубликован в разделах', 'Внешняя политика']);
  });

  it("finds a site's adapter by its markup on other hosts (local copies, embassy sites on the MFA's CMS)", () => {
    expect(extractPage(page('xinhua-joint-statement-2021.html')).adapter).toBe('xinhua');
    const embassy = extractPage(page('fmprc-joint-statement-2021.html', 'http://ru.china-embassy.gov.cn/rus/zgxw/202106/t20210628.htm'));
    expect([embassy.adapter, embassy.date, blocks(embassy).length]).toEqual(['mfa', '2021-06-28', 77]);
  });

  it("gives way to the fallbacks on a known site's page that has no article body", () => {
    const doc = htmlDocument(
      '<html><head><title>新华网_让新闻离你更近</title></head><body><nav><a href="#">时政</a></nav><div class="index"><p>今日要闻</p></div><footer>版权所有</footer></body></html>',
      'http://www.news.cn/',
    );
    const result = extractPage(doc);
    expect([result.adapter, blocks(result)]).toEqual(['body', ['今日要闻']]);
  });
});

describe('extractPage with the Readability fallback', () => {
  it('maps the article of a UN resolution page back onto the page, leaving the page untouched', () => {
    const url = 'https://www.un.org/en/documents/resolutions/76/236';
    const doc = page('un-resolution-en.html', url);
    const before = doc.documentElement.outerHTML;
    const result = extractPage(doc, { readability: readabilityArticle });

    expect(doc.documentElement.outerHTML).toBe(before);
    expect(metadata(result)).toEqual({
      title: 'Strengthening international cooperation in disaster risk reduction',
      source: 'United Nations', date: '2021-12-24', language: 'en', url, adapter: 'readability',
    });
    expect(result.roots).toHaveLength(1);
    expect(result.roots.every((root) => root.ownerDocument === doc && doc.contains(root))).toBe(true);
    expect(blocks(result)).toEqual(UN_RESOLUTION);
    expectLeftOut(doc, result, ['About Us', 'Documents and Library', 'General Assembly Resolutions', 'Share:', 'Related documents', 'Voting record', 'Fraud Alert', 'Privacy Notice', 'New York, NY 10017']);
  });

  it('extracts a blog post without its comments, sidebar and footer', () => {
    const url = 'https://crumbandcrust.example/2023/03/sourdough-starter/';
    const doc = page('blog-not-diplomatic-en.html', url);
    const result = extractPage(doc, { readability: readabilityArticle });
    expect(metadata(result)).toEqual({
      title: 'How I finally got my sourdough starter to behave', source: 'Crumb & Crust', date: '2023-03-14', language: 'en', url, adapter: 'readability',
    });
    expect(result.roots).toEqual([doc.querySelector('article.post')]);
    const texts = blocks(result);
    expect(texts.map((text) => text.slice(0, 24))).toEqual([
      'By Hannah Moreland · 14 ', 'For three weeks the jar ', 'The first thing I change', 'The second change was te', 'Finally, I stopped feedi', 'It is now a month old, s',
    ]);
    expectLeftOut(doc, result, ['The radiator shelf trick', 'pineapple juice', 'Share this post:', 'About me', 'Popular posts', 'Techniques', 'All rights reserved']);
  });

  it('extracts a Chinese statement on an unknown site, where isProbablyReaderable is not consulted', () => {
    const paragraphs = CORPUS_TEXT.split('\u3000\u3000');
    const doc = htmlDocument(
      `<html lang="zh-CN"><head><title>${paragraphs[0]}_某某新闻网</title></head><body>` +
        '<header><nav><a href="/">首页</a><a href="/gj/">国际</a><a href="/sz/">时政</a></nav></header>' +
        `<main><article><h1>${paragraphs[0]}</h1>${paragraphs.slice(1).map((p) => `<p>${p}</p>`).join('')}</article></main>` +
        '<aside><h3>热门推荐</h3><ul><li><a href="/1.html">某地举行经贸洽谈会</a></li></ul></aside><footer>版权所有 某某新闻网</footer></body></html>',
      'https://news.example.cn/2021/0628/1.html',
    );
    const result = extractPage(doc, { readability: readabilityArticle });
    expect([result.adapter, result.title, result.language]).toEqual(['readability', TITLE, 'zh']);
    expect(result.roots).toEqual([doc.querySelector('article')]);
    expect(blocks(result)).toEqual(CORPUS);
  });

  it("finds the article by its text when the extractor's nodes are not the clone's (Readability re-parsed it)", () => {
    const reparsing: ReadabilityFn = (clone) => {
      const article = readabilityArticle(clone);
      if (!article) return null;
      const copy = clone.createElement('div');
      copy.innerHTML = article.content.innerHTML;
      return { ...article, content: copy };
    };
    const doc = page('un-resolution-en.html', 'https://www.un.org/en/documents/resolutions/76/236');
    const before = doc.documentElement.outerHTML;
    const result = extractPage(doc, { readability: reparsing });
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(result.adapter).toBe('readability');
    expect(result.roots).toEqual([doc.querySelector('.field--name-body')]);
    expect(blocks(result)).toEqual(UN_RESOLUTION);
  });

  it('hands Readability a clone, never the page', () => {
    const doc = page('blog-not-diplomatic-en.html', 'https://crumbandcrust.example/2023/03/sourdough-starter/');
    const seen: Document[] = [];
    extractPage(doc, {
      readability: (clone) => {
        seen.push(clone);
        clone.body.innerHTML = '';
        return null;
      },
    });
    expect(seen).toHaveLength(1);
    expect(seen[0]).not.toBe(doc);
    expect(doc.querySelector('article.post')).not.toBeNull();
  });
});

describe('extractPage without an adapter or an article', () => {
  it('falls back to <body> without its navigation, header, footer and asides', () => {
    const url = 'https://crumbandcrust.example/2023/03/sourdough-starter/';
    const doc = page('blog-not-diplomatic-en.html', url);
    for (const result of [extractPage(doc), extractPage(doc, { readability: () => null })]) {
      expect(metadata(result)).toEqual({
        title: 'How I finally got my sourdough starter to behave', source: 'Crumb & Crust', date: '2023-03-14', language: 'en', url, adapter: 'body',
      });
      expect(result.roots).toEqual([doc.body]);
      expect(blocks(result)[0]).toBe('How I finally got my sourdough starter to behave');
      expectLeftOut(doc, result, ['Techniques', 'About me', 'All rights reserved']);
    }
  });

  it('reports no URL for a document without one, and rejects what is not a Document', () => {
    const doc = htmlDocument('').implementation.createHTMLDocument('Untitled');
    expect(doc.URL).toBe('about:blank');
    expect([extractPage(doc).url, extractPage(doc, { url: 'https://example.org/a' }).url]).toEqual([null, 'https://example.org/a']);
    expect(() => extractPage(null as unknown as Document)).toThrow(TypeError);
    expect(() => extractPage({} as Document)).toThrow('extractPage: expected a Document');
  });
});

describe('titles', () => {
  it.each([
    ['中俄联合声明-新华网', '中俄联合声明'],
    ['中俄联合声明 - 新华网', '中俄联合声明'],
    ['中俄联合声明_中华人民共和国外交部', '中俄联合声明'],
    ['中俄联合声明 — 中华人民共和国外交部', '中俄联合声明'],
    ['中俄联合声明_滚动新闻_中国政府网', '中俄联合声明'],
    ['中俄联合声明--国际--人民网', '中俄联合声明'],
    ['中国-中亚峰会西安宣言-新华网', '中国-中亚峰会西安宣言'],
    ['Совместное заявление • Президент России', 'Совместное заявление'],
    ['Joint statement • President of Russia', 'Joint statement'],
    ['General Assembly adopts resolution | United Nations', 'General Assembly adopts resolution'],
    ['United Nations | General Assembly adopts resolution', 'General Assembly adopts resolution'],
    ['China-Russia joint statement - Xinhua', 'China-Russia joint statement'],
    ['A statement - with a dash', 'A statement - with a dash'],
  ])('%j → %j', (raw, title) => {
    const doc = htmlDocument(`<html><head><title>${raw}</title></head><body><p>Text</p></body></html>`, 'https://example.org/');
    expect(extractPage(doc).title).toBe(title);
  });

  it("strips an unknown site's name when the rest is the page's headline", () => {
    const doc = htmlDocument('<title>关于深化合作的联合声明_某某新闻网</title><h1>关于深化合作的联合声明</h1>', 'https://example.cn/');
    expect(extractPage(doc).title).toBe('关于深化合作的联合声明');
  });

  it("prefers og:title to <title> and strips the page's own og:site_name", () => {
    const doc = htmlDocument(
      '<head><title>Weekly notes &middot; Some Site</title><meta property="og:site_name" content="Some Site">' +
        '<meta property="og:title" content="Weekly notes | Some Site"></head><body><p>Text</p></body>',
      'https://example.org/',
    );
    expect(extractPage(doc).title).toBe('Weekly notes');
  });
});

describe('pageLanguage', () => {
  it.each([
    ['<html lang="zh-CN"><head></head></html>', 'zh'],
    ['<html lang="zh-Hant-TW"><head></head></html>', 'zh'],
    ['<html lang="RU"><head></head></html>', 'ru'],
    ['<html><head><meta http-equiv="content-language" content="en-US, ru"></head></html>', 'en'],
    ['<html><head><meta property="og:locale" content="en_GB"></head></html>', 'en'],
    ['<html><head><meta http-equiv="Content-Language" content="utf-8"></head></html>', null],
    ['<html lang=""><head></head></html>', null],
    ['<html><head></head></html>', null],
  ])('%s → %s', (html, language) => {
    expect(pageLanguage(htmlDocument(html))).toBe(language);
  });
});

const UN_RESOLUTION = [
  'A/RES/76/236',
  'Resolution adopted by the General Assembly on 24 December 2021',
  'The General Assembly,',
  'Reaffirming the purposes and principles of the Charter of the United Nations,',
  'Recalling the Sendai Framework for Disaster Risk Reduction 2015–2030, and stressing that its implementation requires the commitment of all States at the national, regional and international levels,',
  'Noting with deep concern that the number and scale of disasters and their impacts have increased in recent years, causing significant loss of life and long-term negative social, economic and environmental consequences, in particular for developing countries,',
  'Recognizing that international cooperation, including the transfer of knowledge and technology on mutually agreed terms, plays an essential role in enabling developing countries to reduce disaster risk,',
  'Having considered the report of the Secretary-General on the implementation of the Sendai Framework,',
  '1. Takes note of the report of the Secretary-General;',
  '2. Calls upon all States, with the support of the United Nations system and other relevant stakeholders:',
  '(a) To adopt and implement national and local disaster risk reduction strategies that are aligned with the Sendai Framework;',
  '(b) To strengthen multi-hazard early warning systems and ensure that risk information reaches the most vulnerable communities;',
  '(c) To integrate disaster risk reduction into development planning, public investment and financial decision-making;',
  '3. Encourages Member States and regional organizations to enhance the exchange of data, knowledge and good practices, including through South-South and triangular cooperation;',
  '4. Invites the international financial institutions to consider disaster risk in their lending and assistance policies, with a view to building the resilience of the countries most exposed to hazards;',
  '5. Requests the Secretary-General to submit to the General Assembly at its seventy-eighth session a report on the implementation of the present resolution;',
  '6. Decides to include in the provisional agenda of its seventy-eighth session, under the item entitled “Sustainable development”, the sub-item entitled “Disaster risk reduction”.',
  '54th plenary meeting',
  '24 December 2021',
];
