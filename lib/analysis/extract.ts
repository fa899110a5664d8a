/**
 * The extract stage: from a page's Document to its metadata (title, outlet, date, language)
 * and the elements that hold the document's text.
 *
 * Known sites go through their adapter (lib/analysis/adapters.ts). Any other page goes
 * through a Readability fallback handed in by the caller (lib/analysis/extract-readability.ts
 * wires in @mozilla/readability; this module never imports it, so the content script can load
 * it only when a page needs it). Readability runs on a clone, because it rewrites the DOM it
 * is given; its article is mapped back onto the page's own elements, because every later stage
 * maps text offsets to the page's text nodes. Without an adapter or an article, the whole
 * `<body>` is the root, minus its navigation, header, footer and asides.
 *
 * Nothing here changes the page's DOM.
 */
import type { ExtractedPage, Language } from './types';
import { SITE_ADAPTERS, adapterRoots, findAdapter, hostOf, metaContent } from './adapters';
import { titleText } from './kind';
import { parseDate } from './dates';
import { escapeRegExp } from '../text/escape-regexp';

/** What extraction found, plus what callers pass to `textModelFromElements(roots, { skip })`. */
export interface PageExtraction extends ExtractedPage {
  /** True for elements inside `roots` whose text is not the document's (editor lines, share bars). */
  skip: (element: Element) => boolean;
}

/** The article a Readability-like extractor found in the document clone it was given. */
export interface ReadabilityArticle {
  /** The article element; it belongs to the clone, never to the page. */
  content: Element;
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
}

/**
 * Finds the article in a clone of the page. It may rewrite the clone freely. Returns null when
 * the page has no article.
 */
export type ReadabilityFn = (clone: Document) => ReadabilityArticle | null;

export interface ExtractOptions {
  /** The page URL; defaults to the document's own URL. */
  url?: string;
  /** The fallback for pages no adapter knows; without it they fall back to `<body>`. */
  readability?: ReadabilityFn;
}

/**
 * Whether extraction will turn to the Readability fallback: no site adapter finds the text. The
 * content script loads Readability only then.
 */
export function needsReadability(document: Document, url?: string): boolean {
  const page = pageUrl(document, url);
  const adapter = findAdapter(document, page ? hostOf(page) : null);
  return !adapter || adapterRoots(document, adapter).length === 0;
}

/**
 * Extracts a page's metadata and text roots.
 *
 * Adapters are chosen by host, then by their site's markup; an adapter whose body is not on
 * the page (an index page, a video page) gives way to the fallbacks. Errors thrown by the
 * Readability function propagate to the caller.
 *
 * @throws TypeError when `document` is not a Document.
 */
export function extractPage(document: Document, options: ExtractOptions = {}): PageExtraction {
  if (!document || typeof document !== 'object' || !document.documentElement || typeof document.querySelector !== 'function') {
    throw new TypeError('extractPage: expected a Document');
  }
  const url = pageUrl(document, options.url);
  const language = pageLanguage(document);
  const adapter = findAdapter(document, url ? hostOf(url) : null);

  if (adapter) {
    const roots = adapterRoots(document, adapter);
    if (roots.length > 0) {
      const skipSelector = adapter.skip;
      return {
        title: cleanTitle(adapter.title(document), document, adapter.siteNames) ?? pageTitle(document, adapter.siteNames),
        source: adapter.source(document, url),
        date: adapter.date(document, url) ?? metadataDate(document),
        language,
        url,
        roots,
        adapter: adapter.name,
        skip: (element) => element.matches(skipSelector) || isFurnitureLine(element),
      };
    }
  }

  const fromReadability = options.readability ? readabilityExtraction(document, options.readability) : null;
  if (fromReadability) {
    const { root, kept, article } = fromReadability;
    // A known site whose body is in a container the adapter does not know (a template change)
    // still has its headline and date where the adapter looks for them.
    return {
      title: (adapter && cleanTitle(adapter.title(document), document, adapter.siteNames)) ?? pageTitle(document, adapter?.siteNames ?? [], article.title),
      source:
        adapter?.source(document, url) ??
        cleanOutlet(metaContent(document, ['og:site_name'])) ?? cleanOutlet(article.siteName) ?? cleanOutlet(article.byline) ?? cleanOutlet(metaContent(document, ['author'])),
      date:
        adapter?.date(document, url) ??
        metadataDate(document) ?? (article.publishedTime ? parseDate(article.publishedTime) : null) ?? timeElementDate(root) ?? datelineDate(root),
      language,
      url,
      roots: [root],
      adapter: 'readability',
      skip: (element) => !kept.has(element) || isFurnitureLine(element) || isLinkList(element),
    };
  }

  const body = document.body ?? document.documentElement;
  return {
    title: pageTitle(document, []),
    source: cleanOutlet(metaContent(document, ['og:site_name'])) ?? cleanOutlet(metaContent(document, ['author'])),
    date: metadataDate(document),
    language,
    url,
    roots: [body],
    adapter: 'body',
    skip: (element) => element.matches(PAGE_FURNITURE) || isFurnitureLine(element) || isLinkList(element),
  };
}

/** A date as news pages print them under a headline: 2021-06-28, 2021年06月28日, 发布时间：2021-06-28, 08.05.2025. */
const PRINTED_DATE =
  '(?:(?:发布时间|發佈時間|发布日期|發佈日期|时间|時間|日期)\\s*[:：]\\s*)?(?:\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?|\\d{1,2}\\.\\d{1,2}\\.\\d{4})';
/** The time of day after it: 10:22, 10:22:01. */
const PRINTED_TIME = '\\s*\\d{1,2}:\\d{2}(?::\\d{2})?';
/** The label of a source line: 来源：新华社, Source: Xinhua, Источник: ТАСС. */
const SOURCE_LABEL = '(?:来源|來源|出处|出處|Source|Источник)\\s*[:：]';
/**
 * The date and source line under a headline: a date with a time or a source, or both
 * ("2021-06-28 10:22 来源：新华社"). A date alone is not one: statements close with their date.
 */
const DATE_AND_SOURCE_LINE = `^${PRINTED_DATE}(?:${PRINTED_TIME}\\s*(?:(?:[|｜]\\s*)?${SOURCE_LABEL}.*)?|\\s*(?:[|｜]\\s*)?${SOURCE_LABEL}.*)$`;

const DATE_AND_SOURCE_PATTERN = new RegExp(DATE_AND_SOURCE_LINE, 'u');

/**
 * The date of the first short date and source line in the article or the `<article>` around it
 * ("2021-06-28 来源：新华社", "08.05.2025 14:20"), for pages whose metadata do not say. Only the
 * first elements are looked at.
 */
function datelineDate(root: Element): string | null {
  // The line may sit above the body, in the <article> around it (mid.ru: .article__info).
  const candidates = (root.closest('article') ?? root).querySelectorAll('p, div, span, small, em');
  for (let i = 0; i < candidates.length && i < 40; i++) {
    const raw = candidates[i]!.textContent ?? '';
    if (raw.length > 120) continue;
    const text = raw.replace(/\s+/g, ' ').trim();
    if (DATE_AND_SOURCE_PATTERN.test(text)) return parseDate(text);
  }
  return null;
}

/**
 * Lines news sites put inside the article body that are not the document's text, each an
 * element of its own: the wire's end mark ("（完）", "Enditem", UN Press's "* *** *"), editor
 * lines ("【责任编辑：刘阳】"), People's Daily's print-edition line ("《 人民日报 》（ 2023年12月14日
 * 02 版）"), and photo captions that end in their credit ("…新华社记者 谢环驰 摄", "…(Xinhua/Li
 * Xueren)"), and the date and source line news pages put under the headline ("2021-06-28 10:22
 * 来源：新华社"), which Readability keeps as part of the article. Tested only on short elements,
 * so a paragraph of the text is never looked at twice.
 */
const FURNITURE_LINE = new RegExp(
  [
    `^${SOURCE_LABEL}`,
    DATE_AND_SOURCE_LINE,
    '^[（(]?完[）)]?$',
    '^-?\\s*Enditem\\s*-?$',
    '^\\*\\s*\\*{3}\\s*\\*$',
    '^For information media\\.? (?:-\\s*)?Not an official record\\.?$',
    '^[【\\[(（]?\\s*(?:责任编辑|責任編輯|责编|責編)\\s*[:：]',
    '^【(?:纠错|糾錯|我要纠错)】',
    '^(?:相关(?:阅读|新闻|链接|稿件|报道)|相關(?:閱讀|新聞|連結|報道)|延伸阅读|延伸閱讀|Related(?: (?:News|Stories|Articles|Links))?|Read (?:more|also)|Читайте также|Похожие материалы|Дополнительные материалы)\\s*[:：]?$',
    '^《\\s*[\\p{Script=Han}]{2,12}\\s*》\\s*[（(]\\s*\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日\\s*(?:第?\\s*\\d{1,2}\\s*版)?\\s*[）)]$',
    '(?:记者|記者|摄影|攝影|通讯员|通訊員)\\s*[\\p{Script=Han}·、\\s]{2,24}\\s*摄[）)]?$',
    '[（(]?新华社(?:记者\\S{0,12})?发(?:[（(][^（）()]{0,24}[）)])?[）)]?$',
    '\\((?:Xinhua|Photo by|Photo:)\\s*/?\\s*[^()]{2,40}\\)$',
  ].join('|'),
  'u',
);

/**
 * A list of links, or a box of them, that Readability kept with the article ("相关阅读" boxes
 * whose class names also say "article"): two or more links that make up nearly all its text.
 * A statement's paragraphs may link a word or two, never consist of links.
 */
function isLinkList(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  if (tag !== 'UL' && tag !== 'OL' && tag !== 'DIV' && tag !== 'SECTION' && tag !== 'ASIDE' && tag !== 'NAV') return false;
  const links = element.getElementsByTagName('a');
  if (links.length < 2) return false;
  const total = (element.textContent ?? '').replace(/\s+/g, '').length;
  let linked = 0;
  for (let i = 0; i < links.length; i++) linked += (links[i]!.textContent ?? '').replace(/\s+/g, '').length;
  return total > 0 && linked / total >= 0.8;
}

/** Longest element text `FURNITURE_LINE` is tried on: captions are short, paragraphs of a statement mostly longer. */
const FURNITURE_MAX_LENGTH = 200;

/** True for an element that holds nothing but one of the `FURNITURE_LINE` lines. */
function isFurnitureLine(element: Element): boolean {
  const raw = element.textContent ?? '';
  if (raw.length > FURNITURE_MAX_LENGTH * 2) return false;
  const text = raw.replace(/[\s\u3000]+/g, ' ').trim();
  return text.length > 0 && text.length <= FURNITURE_MAX_LENGTH && FURNITURE_LINE.test(text);
}

/** Page furniture left out when the whole body is the root. */
const PAGE_FURNITURE =
  'nav, header, footer, aside, form, dialog, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], [role="search"]';

// ---------------------------------------------------------------------------------------------
// Readability, mapped back onto the page

interface MappedArticle {
  article: ReadabilityArticle;
  /** The page element holding every text node of the article. */
  root: Element;
  /** The page elements inside `root` that hold article text (and `root` itself). */
  kept: Set<Element>;
}

/**
 * Runs the Readability function on a clone and finds the article's text on the page.
 *
 * Cloning copies the tree exactly, so the n-th text node of the clone is the n-th text node of
 * the page. Readability moves nodes between elements and renames elements, but it moves text
 * nodes rather than recreating them, so each text node of its article leads back to the page's
 * own. The root is the lowest common ancestor of the first and last of those, which contains
 * all of them; the elements in between that hold none of the article's text (navigation, share
 * bars, related links Readability dropped) are skipped. When Readability re-parsed the page
 * (it does so when its first attempt finds little text) its nodes are new; the text nodes are
 * then found by their content instead.
 */
function readabilityExtraction(document: Document, readability: ReadabilityFn): MappedArticle | null {
  const clone = document.cloneNode(true) as Document;
  const counterpart = pairTextNodes(clone, document);
  const article = readability(clone);
  if (!article || !article.content) return null;

  const articleText = textNodesOf(article.content).filter((node) => node.data.trim());
  if (articleText.length === 0) return null;

  const mapped = articleText.map((node) => counterpart.get(node)).filter((node): node is Text => !!node && document.contains(node));
  const mappedLength = mapped.reduce((sum, node) => sum + node.data.trim().length, 0);
  const totalLength = articleText.reduce((sum, node) => sum + node.data.trim().length, 0);

  const located = mappedLength * 2 >= totalLength ? locateByIdentity(mapped) : locateByContent(document, articleText);
  if (!located) return null;
  return { article, ...located };
}

/** Pairs each text node of the clone with the page's text node at the same position. */
function pairTextNodes(clone: Document, document: Document): Map<Node, Text> {
  const pairs = new Map<Node, Text>();
  const a = clone.createTreeWalker(clone, SHOW_TEXT);
  const b = document.createTreeWalker(document, SHOW_TEXT);
  for (let x = a.nextNode(), y = b.nextNode(); x && y; x = a.nextNode(), y = b.nextNode()) {
    pairs.set(x, y as Text);
  }
  return pairs;
}

function locateByIdentity(nodes: Text[]): { root: Element; kept: Set<Element> } | null {
  if (nodes.length === 0) return null;
  const ordered = [...nodes].sort(documentOrder);
  const root = commonAncestor(ordered[0]!, ordered[ordered.length - 1]!);
  return root ? { root, kept: keptElements(ordered, root) } : null;
}

/**
 * Finds the article's text nodes on the page by their text: anchors are the article's
 * longer texts that occur exactly once on the page; the root spans the first and last anchor,
 * and inside it every text node whose text the article has is kept.
 */
function locateByContent(document: Document, articleText: Text[]): { root: Element; kept: Set<Element> } | null {
  const pageText = textNodesOf(document.body ?? document.documentElement).filter((node) => node.data.trim() && !inSkippedTag(node));
  const occurrences = new Map<string, Text[]>();
  for (const node of pageText) {
    const key = textKey(node.data);
    const list = occurrences.get(key);
    if (list) list.push(node);
    else occurrences.set(key, [node]);
  }
  const keys = new Set(articleText.map((node) => textKey(node.data)));
  const unique = (minLength: number): Text[] =>
    [...keys].filter((key) => key.length >= minLength && occurrences.get(key)?.length === 1).map((key) => occurrences.get(key)![0]!);
  let anchors = unique(20);
  if (anchors.length === 0) anchors = unique(1);
  if (anchors.length === 0) return null;
  anchors.sort(documentOrder);
  const root = commonAncestor(anchors[0]!, anchors[anchors.length - 1]!);
  if (!root) return null;
  const inside = pageText.filter((node) => root.contains(node) && keys.has(textKey(node.data)));
  return { root, kept: keptElements(inside, root) };
}

/** The root and every element between it and one of the kept text nodes. */
function keptElements(nodes: readonly Text[], root: Element): Set<Element> {
  const kept = new Set<Element>([root]);
  for (const node of nodes) {
    for (let el = node.parentElement; el && el !== root && !kept.has(el); el = el.parentElement) kept.add(el);
  }
  return kept;
}

function commonAncestor(a: Node, b: Node): Element | null {
  const ancestors = new Set<Node>();
  for (let n: Node | null = a; n; n = n.parentNode) ancestors.add(n);
  for (let n: Node | null = b; n; n = n.parentNode) {
    if (ancestors.has(n)) return n.nodeType === ELEMENT_NODE ? (n as Element) : n.parentElement ?? (n as Document).documentElement ?? null;
  }
  return null;
}

function textNodesOf(root: Node): Text[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  return nodes;
}

function inSkippedTag(node: Text): boolean {
  return !!node.parentElement?.closest('script, style, noscript, template, head');
}

function textKey(data: string): string {
  return data.replace(/\s+/g, ' ').trim();
}

function documentOrder(a: Node, b: Node): number {
  if (a === b) return 0;
  return a.compareDocumentPosition(b) & DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

// DOM constants, spelled out so the module needs no global `Node` or `NodeFilter` (Node.js, workers).
const SHOW_TEXT = 0x4;
const ELEMENT_NODE = 1;
const DOCUMENT_POSITION_FOLLOWING = 0x4;

// ---------------------------------------------------------------------------------------------
// Metadata

/** The page URL, or null for documents without one (about:blank). */
function pageUrl(document: Document, given: string | undefined): string | null {
  const url = given ?? document.URL;
  return url && url !== 'about:blank' ? url : null;
}

/**
 * The language the markup declares: `<html lang>`, then `meta[http-equiv=content-language]`,
 * then `og:locale`; normalised to the primary subtag (zh-CN → zh, en_GB → en). Null when the
 * page does not say.
 */
export function pageLanguage(document: Document): Language | null {
  const candidates = [
    document.documentElement.getAttribute('lang'),
    document.documentElement.getAttribute('xml:lang'),
    [...document.querySelectorAll('meta[http-equiv]')]
      .find((m) => m.getAttribute('http-equiv')?.toLowerCase() === 'content-language')
      ?.getAttribute('content'),
    metaContent(document, ['og:locale']),
  ];
  for (const candidate of candidates) {
    // Content-Language may list several; the first is the page's. Values that are no
    // language tag at all (some CMSs write "utf-8" there) are passed over.
    const tag = candidate?.split(',')[0]?.trim();
    if (tag && LANGUAGE_TAG.test(tag)) return tag.split(/[-_]/)[0]!.toLowerCase();
  }
  return null;
}

/** A BCP 47 tag (or a POSIX locale like en_GB): a primary subtag of 2–3 letters, then subtags of 2–8. */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i;

/** Publication date from the page's metadata, as the common CMSs and the schema.org markup write it. */
function metadataDate(document: Document): string | null {
  const value = metaContent(document, [
    'article:published_time', 'og:published_time', 'datePublished', 'publishdate', 'PubDate', 'firstpublishedtime',
    'dcterms.issued', 'DC.date.issued', 'dcterms.date', 'DC.date', 'date',
  ]);
  return value ? parseDate(value) : null;
}

/** The first `<time datetime>` in the article or the `<article>` around it. */
function timeElementDate(root: Element): string | null {
  const scope = root.closest('article') ?? root;
  const time = scope.querySelector('time[datetime]');
  return time ? parseDate(time.getAttribute('datetime')!) : null;
}

/** Names sites put before or after their titles. */
const KNOWN_SITE_NAMES: readonly string[] = [
  ...SITE_ADAPTERS.flatMap((adapter) => adapter.siteNames),
  'United Nations', 'UN News', 'UN Press', 'Meetings Coverage and Press Releases', 'Организация Объединенных Наций', '联合国',
  'МИД России', 'Министерство иностранных дел Российской Федерации', 'The Ministry of Foreign Affairs of the Russian Federation',
];

// Separators between a title and a site name: " - ", "-", "_", "--", " | ", " • ", " — ".
const SEPARATOR = '(?:--|——|—|–|-|_|\\||｜|•|·)';
// Separators after which a site also puts its channel ("_滚动新闻_中国政府网", "--时政--人民网").
const CHANNEL_SEPARATORS = new Set(['_', '--']);

/**
 * The page title without the site's name: the first of og:title, the given fallback (a
 * Readability title) and `<title>` that is left with text, or null.
 */
function pageTitle(document: Document, siteNames: readonly string[], fallback?: string | null): string | null {
  const candidates = [metaContent(document, ['og:title']), fallback ?? null, document.title];
  for (const candidate of candidates) {
    const title = cleanTitle(candidate, document, siteNames);
    if (title) return title;
  }
  return null;
}

/**
 * Strips site names from a title: known names and the page's own og:site_name, as a suffix
 * or prefix after a separator, with the channel some sites put between ("--时政--人民网").
 * When the title still has a " | " or " - " part equal to a headline on the page, that part
 * is the title.
 */
function cleanTitle(raw: string | null | undefined, document: Document, siteNames: readonly string[]): string | null {
  let title = raw?.replace(/\s+/g, ' ').trim();
  if (!title) return null;
  const names = [
    ...siteNames,
    ...[metaContent(document, ['og:site_name']), metaContent(document, ['application-name'])].filter((n): n is string => !!n),
    ...KNOWN_SITE_NAMES,
  ].sort((a, b) => b.length - a.length);

  for (let changed = true; changed; ) {
    changed = false;
    for (const name of names) {
      // Most names are not in the title at all: no pattern for them.
      if (!title.toLowerCase().includes(name.toLowerCase())) continue;
      const suffix = new RegExp(`\\s*(${SEPARATOR})\\s*${escapeRegExp(name)}\\s*$`, 'i').exec(title);
      if (suffix && suffix.index > 0) {
        title = title.slice(0, suffix.index);
        const separator = suffix[1]!;
        if (CHANNEL_SEPARATORS.has(separator)) {
          const channel = new RegExp(`\\s*${escapeRegExp(separator)}\\s*[^\\s${escapeRegExp(separator)}]{1,10}\\s*$`).exec(title);
          if (channel && channel.index > 0) title = title.slice(0, channel.index);
        }
        changed = true;
        break;
      }
      const prefix = new RegExp(`^\\s*${escapeRegExp(name)}\\s*${SEPARATOR}\\s*`, 'i').exec(title);
      if (prefix && prefix[0].length < title.length) {
        title = title.slice(prefix[0].length);
        changed = true;
        break;
      }
    }
  }

  // An unknown site's name: the part before or after a separator that the page shows as its
  // headline is the title ("某某声明_某某新闻网" with <h1>某某声明</h1>).
  const headlines = new Set([...document.querySelectorAll('h1, h2')].map((h) => titleText(h.textContent ?? '')).filter(Boolean));
  if (!headlines.has(title)) {
    for (const m of title.matchAll(new RegExp(`\\s*${SEPARATOR}\\s*`, 'g'))) {
      const before = title.slice(0, m.index).trim();
      const after = title.slice(m.index + m[0].length).trim();
      const part = headlines.has(before) ? before : headlines.has(after) ? after : null;
      if (part) {
        title = part;
        break;
      }
    }
  }
  return title.trim() || null;
}

function cleanOutlet(text: string | null | undefined): string | null {
  const cleaned = text?.replace(/\s+/g, ' ').replace(/^(?:by|от)\s+/i, '').trim();
  return cleaned || null;
}
