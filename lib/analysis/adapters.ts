/**
 * Site adapters: for each site Clausemark knows, where its article pages keep the text
 * (the body root elements), the headline, the publication date and the outlet, and which
 * elements inside the body are not the document's text (editor lines, share bars,
 * "recommended reading" boxes).
 *
 * The selectors follow the sites' own article templates:
 * - Xinhua (www.news.cn, english.news.cn): `.header-time` (year, month/day), `.source`,
 *   `.head-line h1 .title`, body `#detail`, editor line `#articleEdit`; older xinhuanet.com
 *   pages: `.h-title`, `.h-time`, `#source`, body `#p-detail`.
 * - China's MFA: newer www.mfa.gov.cn pages `.news-details > .news-title > h1`, `p.time`,
 *   body `.news-main`; older www.fmprc.gov.cn pages (and the embassy sites built on the same
 *   CMS) `#News_Body_Title`, `#News_Body_Time`, `#News_Body_source`, body `#News_Body_Txt_A`.
 * - www.gov.cn: `.article h1` (or `h1#ti`), `.pages-date` with `span.font` (来源), body
 *   `#UCAP-CONTENT`, meta `firstpublishedtime`.
 * - People's Daily: `.rm_txt .col-1 h1`, date line `.col-1-1` ("2021年06月28日21:37 | 来源：…"),
 *   body `.rm_txt_con` (older `#rwb_zw`), editor line `.edit`, paper line `.paper_num`.
 * - kremlin.ru: `h1.entry-title`, `time.read__published[datetime]`, body
 *   `.read__internal_content` inside `.read__content`, tags and publication status in
 *   `.read__bottommeta`.
 *
 * Adapters read the DOM and never change it. Titles come back raw: the extract stage strips
 * site names from them.
 */
import { parseDate } from './dates';
import { titleText } from './kind';

/** One site's article template. */
export interface SiteAdapter {
  /** Stable name, reported as `ExtractedPage.adapter`. */
  readonly name: string;
  /** True for the hosts this adapter serves. */
  matchesHost(host: string): boolean;
  /**
   * True when the page carries this site's article template whatever its host: local
   * copies, mirrors, and sites built on the same CMS (China's embassies use the MFA's).
   * Only markers specific to the site are tested.
   */
  matchesMarkup(document: Document): boolean;
  /** Selectors of the body root(s), tightest first; the first that matches gives the roots. */
  readonly body: readonly string[];
  /** Selector list of elements inside the body that are not the document's text. */
  readonly skip: string;
  /** Names the site appends to or prefixes its titles with ("新华网", "Президент России"). */
  readonly siteNames: readonly string[];
  /** The headline as the page shows it, before site names are stripped, or null. */
  title(document: Document): string | null;
  /** The publication date, YYYY-MM-DD, or null. */
  date(document: Document, url: string | null): string | null;
  /** The outlet the page names ("新华社" in "来源：新华社"), or the site's own name, or null. */
  source(document: Document, url: string | null): string | null;
}

const xinhua: SiteAdapter = {
  name: 'xinhua',
  matchesHost: (host) => isHostOrSubdomain(host, 'news.cn') || isHostOrSubdomain(host, 'xinhuanet.com'),
  matchesMarkup: (doc) =>
    (has(doc, '#detail') && has(doc, '.header-time, .head-line')) || (has(doc, '#p-detail') && has(doc, '.h-title')),
  body: ['#detail', '#p-detail'],
  skip: '#articleEdit, .editor, .tiyi1, .share, .pageShare, .bshare-custom, #div_currpage, .zan-wap',
  siteNames: ['新华网', '新华社', '新華網', '新华网客户端', 'Xinhua', 'Xinhuanet', 'XINHUANET', 'english.news.cn'],
  title: (doc) => firstTitle(doc, ['.head-line h1 .title', '.head-line h1', '.h-title', '#conTit h1']),
  date: (doc, url) => {
    // The header splits the date: <span class="year"><em>2021</em></span>
    // <span class="day"><em>06</em>/<em>28</em></span>.
    const year = firstText(doc, ['.header-time .year']);
    const day = firstText(doc, ['.header-time .day']);
    const monthDay = day && /(\d{1,2})\s*\/\s*(\d{1,2})/.exec(day);
    const fromHeader = year && monthDay ? parseDate(`${year.trim()}-${monthDay[1]}-${monthDay[2]}`) : null;
    return (
      fromHeader ??
      dateFrom(firstText(doc, ['.h-time', '.header-time', '.info .time'])) ??
      dateFrom(metaContent(doc, ['publishdate', 'pubdate', 'article:published_time'])) ??
      dateFromXinhuaUrl(url)
    );
  },
  source: (doc) => sourceFromLine(firstText(doc, ['.header .source', '.source', '#source', '.h-info'])),
};

const mfa: SiteAdapter = {
  name: 'mfa',
  matchesHost: (host) => isHostOrSubdomain(host, 'fmprc.gov.cn') || isHostOrSubdomain(host, 'mfa.gov.cn'),
  matchesMarkup: (doc) => has(doc, '#News_Body_Txt_A') || has(doc, '.news-details .news-main'),
  body: ['#News_Body_Txt_A', '.news-details .news-main', '.news-main'],
  skip: '.news-share, .share, .bdsharebuttonbox, .news-print, .printArea, .editor, #News_Body_source',
  siteNames: ['中华人民共和国外交部', '外交部', "Ministry of Foreign Affairs of the People's Republic of China"],
  title: (doc) => firstTitle(doc, ['.news-details .news-title h1', '.news-title h1', '#News_Body_Title', '.vibox .title']),
  date: (doc) =>
    dateFrom(firstText(doc, ['.news-title .time span', '.news-title .time', 'p.time', '#News_Body_Time', '.time span'])) ??
    dateFrom(metaContent(doc, ['publishdate', 'PubDate', 'firstpublishedtime', 'article:published_time'])),
  source: (doc, url) => {
    const named = sourceFromLine(firstText(doc, ['#News_Body_source', '.news-title .source']));
    if (named) return named;
    const line = firstText(doc, ['.news-title .time', 'p.time']);
    if (line && /来源|來源|Source/i.test(line)) return sourceFromLine(line);
    // The ministry publishes its own pages; its English pages live under /eng/.
    const english = !!url && /\/eng\//.test(url);
    return english ? "Ministry of Foreign Affairs of the People's Republic of China" : '中华人民共和国外交部';
  },
};

const govcn: SiteAdapter = {
  name: 'govcn',
  // Only the central government's own host: fmprc.gov.cn and the provinces use other templates.
  matchesHost: (host) => host === 'www.gov.cn' || host === 'gov.cn',
  matchesMarkup: (doc) => has(doc, '#UCAP-CONTENT'),
  body: ['#UCAP-CONTENT'],
  skip: '.editor, .pages_print, .share, .bdsharebuttonbox, .mobile_qr',
  // Policy pages (/zhengce/content/) end their <title> in the column's name instead of the site's.
  siteNames: ['中国政府网', '中央人民政府门户网站', '中华人民共和国中央人民政府', "The State Council of the People's Republic of China", '政府信息公开专栏'],
  title: (doc) => firstTitle(doc, ['.article h1', 'h1#ti', '.pages-title']) ?? metaContent(doc, ['ArticleTitle']),
  date: (doc) =>
    dateFrom(firstText(doc, ['.pages-date'])) ??
    dateFrom(metaContent(doc, ['firstpublishedtime', 'publishdate', 'PubDate', 'article:published_time'])),
  source: (doc) =>
    sourceFromLine(firstText(doc, ['.pages-date .font', '.pages-date span'])) ?? cleanSource(metaContent(doc, ['ContentSource'])),
};

const people: SiteAdapter = {
  name: 'people',
  matchesHost: (host) => isHostOrSubdomain(host, 'people.com.cn'),
  matchesMarkup: (doc) => has(doc, '.rm_txt_con') || has(doc, '#rwb_zw'),
  body: ['.rm_txt_con', '#rwb_zw'],
  skip: '.edit, .paper_num, #paper_num, #rwb_tjyd, .zdfy, .rm_relevant',
  siteNames: ['人民网', 'people.com.cn'],
  title: (doc) => firstTitle(doc, ['.rm_txt .col-1 h1', '.col-1 h1', '.clearfix.w1000_320 h1', '.text_title h1']),
  date: (doc) =>
    dateFrom(firstText(doc, ['.channel .col-1-1', '.col-1-1', '.box01 .fl'])) ??
    dateFrom(metaContent(doc, ['publishdate', 'PubDate'])),
  source: (doc) =>
    cleanSource(firstText(doc, ['.channel .col-1-1 a', '.col-1-1 a', '.box01 .fl a'])) ??
    sourceFromLine(firstText(doc, ['.col-1-1', '.box01 .fl'])) ??
    sourceFromLine(metaContent(doc, ['source'])),
};

const kremlin: SiteAdapter = {
  name: 'kremlin',
  matchesHost: (host) => isHostOrSubdomain(host, 'kremlin.ru'),
  matchesMarkup: (doc) => has(doc, '.read__internal_content') || (has(doc, '.read__content') && has(doc, 'time.read__published')),
  body: ['.read__content .read__internal_content', '.read__internal_content', '.read__content'],
  skip: '.read__bottommeta, .read__tags, .read__cut, .read__lead, .masha-ignore',
  siteNames: ['Президент России', 'President of Russia', 'Официальный сайт Президента России', 'Kremlin'],
  title: (doc) => firstTitle(doc, ['h1.entry-title', '.read__top h1', 'article h1']),
  date: (doc) => {
    const time = doc.querySelector('time.read__published');
    return dateFrom(time?.getAttribute('datetime') ?? null) ?? dateFrom(time ? textOf(time) : null);
  },
  source: (doc, url) =>
    cleanSource(metaContent(doc, ['og:site_name'])) ??
    (url && hostOf(url)?.startsWith('en.') ? 'President of Russia' : 'Президент России'),
};

/** The known sites, in the order they are tried. */
export const SITE_ADAPTERS: readonly SiteAdapter[] = [xinhua, mfa, govcn, people, kremlin];

/**
 * The adapter for a page: by host first; for other hosts, by the site's own article markup.
 * Null when no adapter fits.
 */
export function findAdapter(document: Document, host: string | null): SiteAdapter | null {
  if (host) {
    const byHost = SITE_ADAPTERS.find((adapter) => adapter.matchesHost(host));
    if (byHost) return byHost;
  }
  return SITE_ADAPTERS.find((adapter) => adapter.matchesMarkup(document)) ?? null;
}

/**
 * The body roots an adapter finds: every element matching its first selector that matches,
 * outermost only, in document order.
 */
export function adapterRoots(document: Document, adapter: SiteAdapter): Element[] {
  for (const selector of adapter.body) {
    const found = [...document.querySelectorAll(selector)];
    const outermost = found.filter((el) => !found.some((other) => other !== el && other.contains(el)));
    if (outermost.some((el) => textOf(el))) return outermost;
  }
  return [];
}

/** An element's text with whitespace collapsed and trimmed. */
export function textOf(element: Element): string {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The first non-empty text of an element matching one of the selectors, in order. */
export function firstText(document: ParentNode, selectors: readonly string[]): string | null {
  for (const selector of selectors) {
    const el = document.querySelector(selector);
    const text = el && textOf(el);
    if (text) return text;
  }
  return null;
}

/** The first non-empty title in an element matching one of the selectors, on one line (`titleText`). */
export function firstTitle(document: ParentNode, selectors: readonly string[]): string | null {
  for (const selector of selectors) {
    const el = document.querySelector(selector);
    const text = el && titleText(el.textContent ?? '');
    if (text) return text;
  }
  return null;
}

/**
 * The content of the first `<meta>` named by one of the keys, in order: `name` (any case),
 * `property` (Open Graph) or `itemprop`.
 */
export function metaContent(document: Document, keys: readonly string[]): string | null {
  const metas = [...document.querySelectorAll('meta[content]')];
  for (const key of keys) {
    const lower = key.toLowerCase();
    const meta = metas.find((m) =>
      ['name', 'property', 'itemprop'].some((attr) => m.getAttribute(attr)?.toLowerCase() === lower),
    );
    const content = meta?.getAttribute('content')?.replace(/\s+/g, ' ').trim();
    if (content) return content;
  }
  return null;
}

/**
 * The outlet named in a source line: "来源：新华网" → "新华网", "2021年06月28日21:37 | 来源：新华社"
 * → "新华社", "Source: Xinhua" → "Xinhua". A line without a label is taken whole when it is
 * short ("新华网" in `<em id="source">`).
 */
export function sourceFromLine(line: string | null): string | null {
  if (!line) return null;
  const labelled = /(?:来源|來源|出处|Source|Источник)\s*[:：]\s*(.+)$/i.exec(line);
  if (labelled) return cleanSource(labelled[1]!);
  return line.length <= 20 && !/\d{4}/.test(line) ? cleanSource(line) : null;
}

/** A source name without what tends to follow it on the same line (editor, author, share). */
function cleanSource(text: string | null | undefined): string | null {
  if (!text) return null;
  const cut = text
    .replace(/^(?:来源|來源|Source|Источник)\s*[:：]\s*/i, '')
    .split(/\s*(?:\||｜|\s{2,}|责任编辑|責任編輯|编辑|作者|Editor|Author)/i)[0]!
    .replace(/[【】\[\]]/g, '')
    .trim();
  return cut || null;
}

function dateFrom(text: string | null): string | null {
  return text ? parseDate(text) : null;
}

/** Xinhua URLs carry the date: /2021-06/28/c_1127558469.htm, /20210628/<id>/c.html. */
function dateFromXinhuaUrl(url: string | null): string | null {
  if (!url) return null;
  const m = /\/(\d{4})-(\d{2})\/(\d{2})\//.exec(url) ?? /\/(\d{4})(\d{2})(\d{2})\/[0-9a-f]{16,}\//.exec(url);
  return m ? parseDate(`${m[1]}-${m[2]}-${m[3]}`) : null;
}

function has(document: Document, selector: string): boolean {
  return document.querySelector(selector) !== null;
}

function isHostOrSubdomain(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** The host name of a URL, or null when it is not a URL. */
export function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase() || null;
  } catch {
    return null;
  }
}
