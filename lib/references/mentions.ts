/**
 * The extract half of the references stage: finds, in one clause's text, every span that
 * names an instrument (《…》, quoted titles, well-known names, short forms, self-references,
 * defined terms), cites articles (第二十五条, Articles 16 and 17, пункт 1 статьи 4) or UN
 * resolutions (74/247号决议, resolution 2231 (2015)). Resolving what each points to is
 * `resolve.ts`'s job; nothing here looks beyond the clause.
 */
import type { HeadKey } from './heads';
import { EN_HEADS, RU_HEADS, ZH_HEADS, headKeyOfName, headKeyOfWord } from './heads';
import { registryNameMatches } from './lexicon';
import { ruleLanguage } from '../analysis/rule-language';
import { CHINESE_NUMERAL_CHARS, parseArabicNumeral, parseChineseNumeral, parseListLetter, parseNumeral } from '../analysis/numerals';

interface Span {
  start: number;
  end: number;
  text: string;
}

/** A full name of an instrument: 《中导条约》, the Treaty on the Non-Proliferation…, «Договор о …». */
export interface NamedMention extends Span {
  type: 'named';
  /** The name without brackets or quotes. */
  name: string;
  /** Registry id when the name is a registry title or name. */
  registryId: string | null;
  head: HeadKey | null;
}

/** A short form that needs resolving: 《公约》, 条约, 此《公约》, the Convention, Договора. */
export interface ShortMention extends Span {
  type: 'short';
  head: HeadKey;
  /** Written in 《》 or quotes: a reference even when it cannot be resolved. */
  bracketed: boolean;
  /** Introduced by 该/此/上述, "the said", "указанн…": the nearest fitting instrument. */
  demonstrative: boolean;
}

/** The document itself: 本条约, this Agreement, the present resolution, настоящий Договор. */
export interface SelfMention extends Span {
  type: 'self';
  head: HeadKey | null;
}

/** A definition that applies to the instrument or parties named just before it. */
export interface DefinitionMention extends Span {
  type: 'definition';
  /** The defined term without quotes: 条约, the Treaty → Treaty, Договор, NPT, 双方. */
  term: string;
  head: HeadKey | null;
}

/** One cited unit of an instrument. */
export interface ArticleTarget {
  article: number;
  paragraph?: number;
  point?: number;
  /** A point of the point: (i) in Article 1(1)(c)(i). */
  subpoint?: number;
}

/** A citation of articles, with the instrument part (if any) folded into the same span. */
export interface ArticleMention extends Span {
  type: 'article';
  targets: ArticleTarget[];
  /** Which side of the article run an instrument may be written on in this language. */
  instrumentSide: 'before' | 'after';
  /**
   * A paragraph of the article the citation stands in (本条第一款, paragraph 1 of this Article,
   * пункт 1 настоящей статьи): its targets have article 0, filled in by the resolver.
   */
  relative?: boolean;
  /**
   * The paragraph or article before the one the citation stands in (前款, 前条, the preceding
   * paragraph, предыдущего пункта): no targets of its own, filled in by the resolver.
   */
  preceding?: 'paragraph' | 'article';
}

/** UN resolutions by symbol. */
export interface ResolutionMention extends Span {
  type: 'resolution';
  symbols: string[];
}

export type Mention = NamedMention | ShortMention | SelfMention | DefinitionMention | ArticleMention | ResolutionMention;

/** Finds every mention in a clause's text, in order, without overlaps. */
export function findMentions(text: string, language: string): Mention[] {
  const lang = ruleLanguage(language);
  const found: Mention[] = [
    ...findResolutions(text, lang),
    ...findArticles(text, lang),
    ...findDefinitions(text, lang),
    ...findInstruments(text, lang),
  ];
  return removeOverlaps(found);
}

const PRIORITY: Record<Mention['type'], number> = { resolution: 0, article: 1, definition: 2, named: 3, self: 4, short: 5 };

/** Keeps, of overlapping mentions, the one found by the higher-priority finder, then the longer. */
function removeOverlaps(mentions: Mention[]): Mention[] {
  const sorted = [...mentions].sort(
    (a, b) => PRIORITY[a.type] - PRIORITY[b.type] || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: Mention[] = [];
  for (const m of sorted) {
    if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

// ---------------------------------------------------------------------------------------------
// UN resolutions

// Digits may be written full width in Chinese (第２２３１号); NFKC folds them when the symbol is made.
const ZH_DIGIT = '[0-9０-９]';
// A session in Roman numerals marks a General Assembly resolution of 1946–1975: 2758 (XXVI),
// 3201 (S-VI), 2252 (ES-V). Until 1975 the Assembly numbered its resolutions consecutively.
const GA_SESSION = '(?:ES-|S-)?[IVXL]+';
const ZH_RESOLUTION_BODY =
  `${ZH_DIGIT}{1,3}\\s*[/／]\\s*${ZH_DIGIT}{1,4}|${ZH_DIGIT}{1,4}\\s*[（(]\\s*(?:${ZH_DIGIT}{4}|${GA_SESSION})\\s*[）)]|${ZH_DIGIT}{1,4}`;
const ZH_RESOLUTION_NUMBER = `(?:第\\s*)?(${ZH_RESOLUTION_BODY})\\s*[号號]`;
const ZH_RESOLUTION_RUN = new RegExp(
  `(?:(?:联合国|聯合國)?(大会|大會|联大|聯大|安理会|安理會|安全理事会|安全理事會)\\s*)?${ZH_RESOLUTION_NUMBER}(?:\\s*(?:和|及|与|與|、|以及)\\s*${ZH_RESOLUTION_NUMBER.replace('(' + ZH_RESOLUTION_BODY, '(?:' + ZH_RESOLUTION_BODY)})*\\s*(?:决议|決議)`,
  'gu',
);
const ZH_RESOLUTION_NUMBER_IN = new RegExp(`(${ZH_RESOLUTION_BODY})\\s*[号號]`, 'gu');
// A resolution run that follows another with only a conjunction between (安理会第2231号决议及第1540号决议).
const ZH_RESOLUTION_JOIN = /^\s*(?:和|及|与|與|、|以及)\s*$/u;

// "General Assembly resolution 74/247" / "resolution 74/247 of the General Assembly" / "резолюции СБ ООН 2231 (2015)"
// The session forms come first: the bare number would otherwise match the start of "2758 (XXVI)".
const RESOLUTION_BODY = `(?:(?:ES|S)-\\d{1,2}\\s*/\\s*\\d{1,3}|\\d{1,3}\\s*/\\s*\\d{1,4}|\\d{1,4}(?:\\s*[A-H](?:\\s+(?:and|и)\\s+[A-H])?)?\\s*\\(${GA_SESSION}\\)|\\d{1,4}(?:\\s*\\(\\d{4}\\))?)`;
const RESOLUTION_NUMBER = new RegExp(RESOLUTION_BODY, 'gu');
// A resolution's title in quotes after its number: 78/238 «Поддержание международной безопасности» и 76/234.
const RESOLUTION_TITLE = '(?:\\s*[«"“][^«»"“”]{1,200}[»"”])?';
const RESOLUTION_TITLES = /[«"“][^«»"“”]*[»"”]/gu;
const RESOLUTION_RUN: Record<'en' | 'ru', RegExp> = {
  en: new RegExp(
    `(?:(General Assembly|Security Council|UNGA|UNSC)\\s+)?(?:[Rr]esolutions?|UNSCR)\\s+(?:No\\.\\s*)?(${RESOLUTION_BODY}${RESOLUTION_TITLE}(?:(?:\\s*,\\s*|\\s+and\\s+|\\s+or\\s+)${RESOLUTION_BODY}${RESOLUTION_TITLE})*)`,
    'gu',
  ),
  ru: new RegExp(
    `(?:[Рр]езолюци(?:я|и|ю|ей|ям|ями|ях|й))\\s+(?:((?:Генеральной\\s+Ассамблеи|Совета\\s+Безопасности|ГА|СБ)(?:\\s+ООН)?)\\s+)?(?:№\\s*)?(${RESOLUTION_BODY}${RESOLUTION_TITLE}(?:(?:\\s*,\\s*|\\s+и\\s+|\\s+или\\s+)${RESOLUTION_BODY}${RESOLUTION_TITLE})*)`,
    'gu',
  ),
};

function findResolutions(text: string, lang: 'zh' | 'en' | 'ru'): ResolutionMention[] {
  const out: ResolutionMention[] = [];
  // Explicit symbols anywhere: A/RES/74/247, S/RES/2231 (2015), A/RES/ES-11/1, A/RES/2758(XXVI).
  for (const m of text.matchAll(/\b([AS])\/RES\/((?:ES-|S-)?\d{1,4})(?:\/(\d{1,4}))?(?:\s*\((\d{4})\)|\s*\(((?:ES-|S-)?[IVXL]+)\))?/gu)) {
    const session = m[1] === 'A' && !m[3] && m[5] ? ` (${m[5]})` : '';
    const symbol = m[1] === 'A' ? `A/RES/${m[2]}${m[3] ? `/${m[3]}` : ''}${session}` : `S/RES/${m[2]}${m[4] ? ` (${m[4]})` : ''}`;
    out.push({ type: 'resolution', start: m.index, end: m.index + m[0].length, text: m[0], symbols: [symbol] });
  }
  const add = (m: RegExpExecArray, numbers: string[], assembly: boolean | null) => {
    const symbols = numbers.map((n) => resolutionSymbol(n, assembly)).filter((s): s is string => !!s);
    if (symbols.length) out.push({ type: 'resolution', start: m.index, end: m.index + m[0].length, text: m[0], symbols });
  };
  if (lang === 'zh') {
    let previous: { end: number; organ: string } | null = null;
    for (const m of text.matchAll(ZH_RESOLUTION_RUN)) {
      // "安理会第2231号决议及第1540号决议": the second run shares the organ of the first.
      const organ: string | null = m[1] ?? (previous && ZH_RESOLUTION_JOIN.test(text.slice(previous.end, m.index)) ? previous.organ : null);
      previous = organ ? { end: m.index + m[0].length, organ } : null;
      const numbers = [...m[0].matchAll(ZH_RESOLUTION_NUMBER_IN)].map((x) => x[1]!.normalize('NFKC'));
      // A bare number (第2231号决议) is a UN resolution only when the Security Council is named.
      if (numbers.some((n) => /^\d+$/.test(n)) && !(organ && /安理|安全理事/u.test(organ))) continue;
      add(m, numbers, organ ? /大会|大會|联大|聯大/u.test(organ) : null);
    }
  } else {
    for (const m of text.matchAll(RESOLUTION_RUN[lang])) {
      const numbers = [...m[2]!.replace(RESOLUTION_TITLES, '').matchAll(RESOLUTION_NUMBER)].map((x) => x[0]);
      const assemblyWord = m[1] ? /General|UNGA|Генеральн|ГА/u.test(m[1]) : null;
      add(m, numbers, assemblyWord);
    }
  }
  return out;
}

/**
 * The UN symbol for a resolution number: 74/247 → A/RES/74/247, ES-11/1 → A/RES/ES-11/1,
 * 2758 (XXVI) → A/RES/2758 (XXVI), 2231 (2015) → S/RES/2231 (2015).
 */
function resolutionSymbol(raw: string, assembly: boolean | null): string | null {
  const n = raw.normalize('NFKC').replace(/\s+/g, '');
  const ga = /^((?:ES-|S-)?\d{1,3})\/(\d{1,4})$/.exec(n);
  if (ga) return `A/RES/${ga[1]}/${ga[2]}`;
  // Parts of one resolution (377 A (V), 3411 A and B (XXX)) share its symbol.
  const session = /^(\d{1,4})(?:[A-H](?:(?:and|и)[A-H])?)?\(((?:ES-|S-)?[IVXL]+)\)$/.exec(n);
  if (session) return assembly === false ? null : `A/RES/${session[1]} (${session[2]})`;
  const sc = /^(\d{1,4})(?:\((\d{4})\))?$/.exec(n);
  // A bare number is a Security Council resolution unless the text says General Assembly.
  if (sc && assembly !== true) return `S/RES/${sc[1]}${sc[2] ? ` (${sc[2]})` : ''}`;
  return null;
}

// ---------------------------------------------------------------------------------------------
// Articles

const ZH_NUM = `[${CHINESE_NUMERAL_CHARS}0-9０-９]+`;
const ZH_UNIT = `第?${ZH_NUM}[条條]?(?:第${ZH_NUM}[款])?(?:第?[（(]?${ZH_NUM}[）)]?[项項])?`;
const ZH_SEP = '\\s*(?:和|及|与|與|、|，|或|以及|至|到|—|–|－|-|～|~)\\s*';
const ZH_ARTICLE_RUN = new RegExp(`(本[条條])?第${ZH_NUM}[条條款]?(?:第${ZH_NUM}[款])?(?:第?[（(]?${ZH_NUM}[）)]?[项項])?(?:${ZH_SEP}${ZH_UNIT})*`, 'gu');

// Article 1(1)(c)(i): a roman point may follow a lettered one.
const EN_SUBPOINT = '(?:i{1,3}|iv|vi{0,3}|ix|x)';
const EN_ITEM = `(?:\\d+|[IVXLC]+)(?:\\s?\\(\\d+\\))?(?:\\s?\\([a-z]\\)(?:\\s?\\(${EN_SUBPOINT}\\))?)?(?:,\\d+(?![\\d/]))?(?:,?\\s+(?:paragraph|para\\.)\\s+\\d+)?`;
const EN_SEP = '(?:\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or|to|through)\\s+|\\s*[-–—]\\s*)';
const EN_ARTICLE_WORD = '(?:Articles?|ARTICLES?|articles?|Arts?\\.|arts?\\.)';
// After a separator the article word may be written again: "Article 2(4) and Article 51 of the Charter".
const EN_ARTICLE_RUN = new RegExp(
  `(?:(?:[Ss]ubparagraph\\s+\\([a-z]\\)\\s+of\\s+)?(?:sub)?[Pp]aragraphs?\\s+\\d+(?:\\s?\\([a-z]\\))?(?:\\s*(?:,|and)\\s*\\d+)*\\s+of\\s+)?\\b${EN_ARTICLE_WORD}\\s+${EN_ITEM}(?:${EN_SEP}(?:${EN_ARTICLE_WORD}\\s+)?${EN_ITEM})*`,
  'gu',
);

const RU_ARTICLE_WORD = '(?:[Сс]тать(?:я|и|е|ю|ей|ёй|ям|ями|ях)|[Сс]татей|[Сс]т\\.)';
const RU_ITEM = '(?:\\d+|[IVXLC]+)(?:\\s?\\(\\d+\\))?';
const RU_SEP = '(?:\\s*,\\s*(?:и\\s+)?|\\s+(?:и|или|по)\\s+|\\s*[-–—]\\s*)';
const RU_POINT = '(?:(?:под)?пункт(?:а|у|ом|е|ы|ов|ам|ами|ах)?|пп?\\.)\\s+(?:«?[а-я]»?|\\d+)(?:(?:\\s*,\\s*|\\s+и\\s+)(?:«?[а-я]»?|\\d+))*\\s+';
const RU_ARTICLE_RUN = new RegExp(`(?:${RU_POINT})*${RU_ARTICLE_WORD}\\s*${RU_ITEM}(?:${RU_SEP}(?:${RU_ARTICLE_WORD}\\s*)?${RU_ITEM})*`, 'gu');

/** 本条第一款, paragraph 1 of this Article, пункт 1 настоящей статьи. */
const RELATIVE_PARAGRAPHS: Record<'zh' | 'en' | 'ru', RegExp> = {
  zh: new RegExp(`本[条條]第(${ZH_NUM})款(?:第?[（(]?(${ZH_NUM})[）)]?[项項])?`, 'gu'),
  // "subparagraph (a) of paragraph 1 of this Article" is paragraph 1(a).
  en: /\b(?:[Ss]ubparagraph\s+\([a-z]\)\s+of\s+)?(?:sub)?[Pp]aragraphs?\s+(\d+)(?:\s?\(([a-z])\))?((?:\s*(?:,|and)\s*\d+)*)\s+of\s+this\s+[Aa]rticle\b/gu,
  ru: /(?:под)?пункт(?:а|у|ом|е|ы|ов|ам|ами|ах)?\s+(\d+)((?:\s*(?:,|и)\s*\d+)*)\s+настоящей\s+стать(?:и|е|ей|ёй)/gu,
};

/** 前款, 前條, the preceding paragraph, предыдущего пункта / предыдущей статьи. */
const PRECEDING: Record<'zh' | 'en' | 'ru', RegExp> = {
  // Not 目前条件, 当前条款, 提前: 前 must not end another word, 条 must not start 条件.
  zh: /(?<![目当當以之提空眼面跟事此从從日年向超])前([款条條])(?![件例])/gu,
  en: /\b(?:the\s+)?(?:preceding|previous)\s+(paragraph|[Aa]rticle)\b/gu,
  ru: /(?:предыдущ|предшествующ)(?:его|ему|им|ем|ий|ая|ей|ую)\s+(пункт|стать)[а-яё]*/gu,
};

function findRelativeArticles(text: string, lang: 'zh' | 'en' | 'ru'): ArticleMention[] {
  const out: ArticleMention[] = [];
  for (const m of text.matchAll(PRECEDING[lang])) {
    const preceding = /^(?:款|paragraph|пункт)$/u.test(m[1]!) ? 'paragraph' : 'article';
    out.push({ type: 'article', start: m.index, end: m.index + m[0].length, text: m[0], targets: [], instrumentSide: lang === 'zh' ? 'before' : 'after', relative: true, preceding });
  }
  for (const m of text.matchAll(RELATIVE_PARAGRAPHS[lang])) {
    const first = parseChineseNumeral(m[1]!) ?? parseArabicNumeral(m[1]!);
    if (first === null) continue;
    const more = lang === 'zh' ? [] : [...(m[lang === 'en' ? 3 : 2] ?? '').matchAll(/\d+/g)].map((x) => Number(x[0]));
    const letter = m[2] ?? /^[Ss]ubparagraph\s+\(([a-z])\)/u.exec(m[0])?.[1];
    const point = lang === 'zh' && m[2] ? (parseChineseNumeral(m[2]) ?? parseArabicNumeral(m[2])) : lang === 'en' && letter ? parseListLetter(letter) : null;
    const targets = [first, ...more].map((paragraph, i) => ({ article: 0, paragraph, ...(i === 0 && point ? { point } : {}) }));
    out.push({ type: 'article', start: m.index, end: m.index + m[0].length, text: m[0], targets, instrumentSide: lang === 'zh' ? 'before' : 'after', relative: true });
  }
  return out;
}

function findArticles(text: string, lang: 'zh' | 'en' | 'ru'): ArticleMention[] {
  const out: ArticleMention[] = findRelativeArticles(text, lang);
  const re = lang === 'zh' ? ZH_ARTICLE_RUN : lang === 'en' ? EN_ARTICLE_RUN : RU_ARTICLE_RUN;
  re.lastIndex = 0;
  for (const m of text.matchAll(re)) {
    let raw = m[0];
    // A trailing separator belongs to the sentence, not the citation.
    raw = raw.replace(/(?:\s*(?:,|，|、|and|or|и|или|和|及|与|-|–|—))+\s*$/u, '');
    const targets = lang === 'zh' ? parseZhArticles(raw) : lang === 'en' ? parseEnArticles(raw) : parseRuArticles(raw);
    if (!targets || !targets.length) continue;
    out.push({ type: 'article', start: m.index, end: m.index + raw.length, text: raw, targets, instrumentSide: lang === 'zh' ? 'before' : 'after' });
  }
  return out;
}

const ZH_ARTICLE_TOKEN = new RegExp(`第?[（(]?(${ZH_NUM})[）)]?([条條款项項])?|(至|到|—|–|－|-|～|~)|(和|及|与|與|、|，|或|以及)`, 'gu');

/** 第十六条和第十七条, 第十六至十八条, 第二条第一款, 第十六、十七条 → targets. */
function parseZhArticles(raw: string): ArticleTarget[] | null {
  if (!/[条條]/u.test(raw) || !/[条條款项項]$/u.test(raw)) return null;
  type Token = { n: number; unit: string | null } | { sep: 'list' | 'range' };
  const tokens: Token[] = [];
  for (const m of raw.replace(/^本[条條]/u, '').matchAll(ZH_ARTICLE_TOKEN)) {
    if (m[1]) {
      const n = parseChineseNumeral(m[1]) ?? parseArabicNumeral(m[1]);
      if (n === null) return null;
      tokens.push({ n, unit: m[2] ?? null });
    } else tokens.push({ sep: m[3] ? 'range' : 'list' });
  }
  // A number without its unit takes the unit of the next number that has one (第十六、十七条).
  for (let i = tokens.length - 1, unit: string | null = null; i >= 0; i--) {
    const t = tokens[i]!;
    if ('n' in t) {
      if (t.unit) unit = t.unit;
      else if (tokens[i + 1] && 'sep' in tokens[i + 1]!) t.unit = unit;
    }
  }
  const targets: ArticleTarget[] = [];
  let current: ArticleTarget | null = null;
  let range = false;
  for (const t of tokens) {
    if ('sep' in t) {
      range = t.sep === 'range';
      continue;
    }
    const unit = t.unit && /[条條]/u.test(t.unit) ? 'article' : t.unit === '款' ? 'paragraph' : t.unit ? 'point' : null;
    if (unit === 'article') {
      if (range && current) {
        for (let n = current.article + 1; n <= t.n && n - current.article < 200; n++) targets.push({ article: n });
      } else targets.push({ article: t.n });
      current = targets[targets.length - 1]!;
    } else if (unit === 'paragraph' && current) {
      if (current.paragraph !== undefined) targets.push({ article: current.article, paragraph: t.n });
      else current.paragraph = t.n;
      current = targets[targets.length - 1]!;
    } else if (unit === 'point' && current) {
      current.point = t.n;
    } else if (!unit) return null;
    range = false;
  }
  return targets.length ? targets : null;
}

const EN_ARTICLE_TOKEN = new RegExp(`(${EN_ITEM})|(\\s+(?:to|through)\\s+|\\s*[-–—]\\s*)|(\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+)`, 'gu');

/** Articles 16 and 17, Articles 1 to 3, Article 2(1)(a), article VIII,3, paragraph 1 of Article 4. */
function parseEnArticles(raw: string): ArticleTarget[] | null {
  // "subparagraph (b) of paragraph 2 of Article 5" is Article 5(2)(b).
  const sub = /^[Ss]ubparagraph\s+\(([a-z])\)\s+of\s+(?=(?:sub)?[Pp]aragraph\s)/u.exec(raw);
  if (sub) raw = raw.slice(sub[0].length);
  const lead = /^(?:sub)?[Pp]aragraphs?\s+(\d+)(?:\s?\(([a-z])\))?((?:\s*(?:,|and)\s*\d+)*)\s+of\s+/u.exec(raw);
  const leadPoint = sub?.[1] ?? lead?.[2];
  const rest = lead ? raw.slice(lead[0].length) : raw;
  const list = rest.replace(new RegExp(`${EN_ARTICLE_WORD}\\s+`, 'gu'), '');
  const targets: ArticleTarget[] = [];
  let range = false;
  for (const m of list.matchAll(EN_ARTICLE_TOKEN)) {
    if (m[2]) {
      range = true;
      continue;
    }
    if (m[3]) continue;
    const item = /^(\d+|[IVXLC]+)(?:\s?\((\d+)\))?(?:\s?\(([a-z])\)(?:\s?\(([ivx]+)\))?)?(?:,(\d+))?(?:,?\s+(?:paragraph|para\.)\s+(\d+))?$/u.exec(m[1]!);
    if (!item) return null;
    const article = parseNumeral(item[1]!);
    if (article === null) return null;
    const paragraph = item[2] ?? item[5] ?? item[6];
    const subpoint = item[4] ? parseNumeral(item[4].toUpperCase()) : null;
    const target: ArticleTarget = {
      article,
      ...(paragraph ? { paragraph: Number(paragraph) } : {}),
      ...(item[3] ? { point: parseListLetter(item[3])! } : {}),
      ...(item[3] && subpoint ? { subpoint } : {}),
    };
    const previous = targets[targets.length - 1];
    if (range && previous) {
      for (let n = previous.article + 1; n <= article && n - previous.article < 200; n++) targets.push({ article: n });
    } else targets.push(target);
    range = false;
  }
  if (lead && targets.length === 1) {
    const paragraphs = [lead[1]!, ...[...lead[3]!.matchAll(/\d+/g)].map((x) => x[0])].map(Number);
    const article = targets[0]!.article;
    return paragraphs.map((p, i) => ({ article, paragraph: p, ...(i === 0 && leadPoint ? { point: parseListLetter(leadPoint)! } : {}) }));
  }
  return targets;
}

const RU_ARTICLE_WORD_AT = new RegExp(RU_ARTICLE_WORD, 'u');
const RU_ARTICLE_WORD_REPEATED = new RegExp(`${RU_ARTICLE_WORD}\\s*`, 'gu');
const RU_ARTICLE_TOKEN = new RegExp(`(${RU_ITEM})|(\\s*[-–—]\\s*|\\s+по\\s+)|(\\s*,\\s*(?:и\\s+)?|\\s+(?:и|или)\\s+)`, 'gu');

/** статья 25, статьи 16 и 17, статей 16–18, пункт 1 статьи 4, подпункт «а» пункта 2 статьи 3. */
function parseRuArticles(raw: string): ArticleTarget[] | null {
  const wordAt = RU_ARTICLE_WORD_AT.exec(raw);
  if (!wordAt) return null;
  const prefix = raw.slice(0, wordAt.index);
  const list = raw.slice(wordAt.index + wordAt[0].length).replace(RU_ARTICLE_WORD_REPEATED, '');
  const targets: ArticleTarget[] = [];
  let range = false;
  for (const m of list.matchAll(RU_ARTICLE_TOKEN)) {
    if (m[2]) {
      range = true;
      continue;
    }
    if (m[3] || !m[1]) continue;
    const item = /^(\d+|[IVXLC]+)(?:\s?\((\d+)\))?$/u.exec(m[1].trim());
    if (!item) return null;
    const article = parseNumeral(item[1]!);
    if (article === null) return null;
    const previous = targets[targets.length - 1];
    if (range && previous) {
      for (let n = previous.article + 1; n <= article && n - previous.article < 200; n++) targets.push({ article: n });
    } else targets.push({ article, ...(item[2] ? { paragraph: Number(item[2]) } : {}) });
    range = false;
  }
  if (prefix && targets.length === 1) {
    // "подпункт «а» пункта 1 статьи 4": the last пункт is the paragraph, a подпункт the point.
    const paragraphs = [...prefix.matchAll(/(под)?пункт\S*\s+((?:«?[а-я]»?|\d+)(?:(?:\s*,\s*|\s+и\s+)(?:«?[а-я]»?|\d+))*)|(пп?)\.\s+(«?[а-я]»?|\d+)/gu)];
    const article = targets[0]!.article;
    let paragraph: number[] = [];
    let points: number[] = [];
    for (const p of paragraphs) {
      const isPoint = !!p[1] || p[3] === 'пп';
      // The values are separated by commas and и/или: "3 и 4" is two paragraphs, not three.
      const values = (p[2] ?? p[4] ?? '').split(/\s*,\s*|\s+(?:и|или)\s+/u).map((v) => {
        const value = v.replace(/[«»]/gu, '');
        return parseNumeral(value) ?? parseListLetter(value) ?? 0;
      }).filter((n) => n > 0);
      if (isPoint) points = values;
      else paragraph = values;
    }
    // Several points of one paragraph: подпункты «а» и «б» пункта 1 → point 1 and point 2.
    if (paragraph.length) return paragraph.flatMap((n) => (points.length ? points.map((point) => ({ article, paragraph: n, point })) : [{ article, paragraph: n }]));
  }
  return targets;
}

// ---------------------------------------------------------------------------------------------
// Defined terms

const DEFINITION_PATTERNS: Record<'zh' | 'en' | 'ru', RegExp> = {
  zh: /[（(]\s*(?:以下简称|以下簡稱|以下称|以下稱|下称|下稱|简称|簡稱|以下简称为|以下称为)\s*[“"《「]([^”"》」]{1,30})[”"》」]\s*[）)]/gu,
  en: /\(\s*(?:(?:hereinafter|hereafter)\s+(?:(?:referred\s+to|called|collectively\s+referred\s+to)\s+as\s+)?|the\s+)(?:the\s+)?["“]?([^"”()]{1,60}?)["”]?\s*\)|,\s*(?:hereinafter|hereafter)\s+(?:referred\s+to\s+as\s+)?["“]([^"”]{1,60})["”]/gu,
  ru: /\(\s*(?:далее|ниже|в дальнейшем)\s*(?:[—–-]\s*|(?:именуем\S*|по тексту)\s+(?:в дальнейшем\s+)?)[«"“]?([^»"”()]{1,60}?)[»"”]?\s*\)|(?:далее|ниже|в дальнейшем)\s+именуем\S*\s+[«"“]([^»"”]{1,60})[»"”]/gu,
};

/** A year before a head word in a defined term: "the 2001 Treaty". */
export const YEAR_BEFORE_HEAD = /^(?:1[89]|20)\d{2}\s+/u;

function findDefinitions(text: string, lang: 'zh' | 'en' | 'ru'): DefinitionMention[] {
  const out: DefinitionMention[] = [];
  for (const m of text.matchAll(DEFINITION_PATTERNS[lang])) {
    const term = (m[1] ?? m[2] ?? '').trim().replace(/^the\s+/i, '');
    if (!term) continue;
    // English "(the Parties)" is common; only hereinafter-style or quoted terms define something.
    if (lang === 'en' && !/hereinafter|hereafter|["“]/u.test(m[0])) continue;
    // "the 2001 Treaty" is the Treaty of 2001: its head is the Treaty's.
    out.push({ type: 'definition', start: m.index, end: m.index + m[0].length, text: m[0], term, head: headKeyOfWord(term.replace(YEAR_BEFORE_HEAD, '')) });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Instruments: named, short forms, self-references

// Words before a bare head word that make it generic: 国际条约, 双边协定, 有关公约, 合作协议…
const ZH_GENERIC_BEFORE =
  /(?:国际|國際|双边|雙邊|多边|多邊|有关|有關|相关|相關|各项|各項|一项|一項|一系列|军控|軍控|裁军|裁軍|防扩散|和平|边界|邊界|合作|全面|其他|其它|任何|现有|現有|这些|這些|此类|此類|各|的|新|旧|舊|等|和|及|或|与|與|、|法律|司法|经贸|經貿|投资|投資|贸易|貿易)$/u;
const ZH_GENERIC_AFTER = /^(?:体系|體系|体制|體制|框架|机制|機制|法|草案|缔约|締約|国|國)/u;
const ZH_DEMONSTRATIVE = /(?:该|該|此|上述|前述|这一|這一|这个|這個|所述)$/u;
const ZH_HEAD_ALTERNATION = ZH_HEADS.map(([w]) => w).join('|');
/** “…条约”草案 and other quoted titles that end in a head word. */
const ZH_QUOTED_TITLE = new RegExp(`[“"「]([^“”"「」]{4,80}?(?:${ZH_HEAD_ALTERNATION}))[”"」](草案)?`, 'gu');
/** 本条约, 本联合声明 (not 基本条约, 根本…): the document itself. */
const ZH_SELF = new RegExp(`(?<![基根资資日成版文样樣剧劇课課书書脚腳账賬原])本(${ZH_HEAD_ALTERNATION})`, 'gu');
const ZH_HEAD_WORD = new RegExp(`(${ZH_HEAD_ALTERNATION})`, 'gu');

function findInstruments(text: string, lang: 'zh' | 'en' | 'ru'): Array<NamedMention | ShortMention | SelfMention> {
  const out: Array<NamedMention | ShortMention | SelfMention> = [];
  for (const r of registryNameMatches(text, lang)) {
    out.push({ type: 'named', start: r.start, end: r.end, text: r.text, name: r.text, registryId: r.id, head: headKeyOfName(r.text) });
  }
  if (lang === 'zh') {
    out.push(...findZhInstruments(text));
    return out;
  }
  // Where a name ends is a guess in running text (Russian has no capitals to tell: "Договор о
  // нераспространении ядерного оружия является краеугольным камнем…"): a registry name wins
  // over a longer guess that starts where it starts.
  const known = new Set(out.map((m) => m.start));
  const guessed = lang === 'en' ? findEnInstruments(text) : findRuInstruments(text);
  out.push(...guessed.filter((m) => m.type !== 'named' || !known.has(m.start)));
  return out;
}

function findZhInstruments(text: string): Array<NamedMention | ShortMention | SelfMention> {
  const out: Array<NamedMention | ShortMention | SelfMention> = [];
  const taken: Array<[number, number]> = [];
  // 《…》 with nested 〈…〉 (or nested 《…》 written inside).
  for (const m of text.matchAll(/《((?:[^《》]|〈[^〈〉]*〉|《[^《》]*》)+)》/gu)) {
    const inner = m[1]!.trim();
    const start = m.index;
    const end = start + m[0].length;
    taken.push([start, end]);
    const head = headKeyOfWord(inner);
    const before = text.slice(Math.max(0, start - 2), start);
    if (head) {
      // 《公约》: a short form in brackets; 本《公约》 the document itself; 此《公约》 demonstrative.
      if (/本$/u.test(before)) out.push({ type: 'self', start: start - 1, end, text: text.slice(start - 1, end), head });
      else {
        const demo = ZH_DEMONSTRATIVE.exec(text.slice(Math.max(0, start - 2), start));
        const from = demo ? start - demo[0].length : start;
        out.push({ type: 'short', start: from, end, text: text.slice(from, end), head, bracketed: true, demonstrative: !!demo });
      }
      continue;
    }
    const nameHead = headKeyOfName(inner);
    if (!nameHead) continue; // a book, a newspaper, a slogan: not an instrument
    out.push({ type: 'named', start, end, text: m[0], name: inner, registryId: null, head: nameHead });
  }
  // “…条约”草案 and other quoted titles that end in a head word.
  for (const m of text.matchAll(ZH_QUOTED_TITLE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken.some(([s, e]) => start < e && s < end)) continue;
    taken.push([start, end]);
    out.push({ type: 'named', start, end, text: m[0], name: m[1]!, registryId: null, head: headKeyOfName(m[1]!) });
  }
  // 本条约 (not 基本条约, 根本…): the document itself.
  for (const m of text.matchAll(ZH_SELF)) {
    if (taken.some(([s, e]) => m.index < e && s < m.index + m[0].length)) continue;
    taken.push([m.index, m.index + m[0].length]);
    out.push({ type: 'self', start: m.index, end: m.index + m[0].length, text: m[0], head: headKeyOfWord(m[1]!) });
  }
  // Bare head words: 条约, 该条约, 上述协定.
  for (const m of text.matchAll(ZH_HEAD_WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken.some(([s, e]) => start < e && s < end)) continue;
    const before = text.slice(Math.max(0, start - 4), start);
    const demo = ZH_DEMONSTRATIVE.exec(before);
    if (!demo && (ZH_GENERIC_BEFORE.test(before) || /[\p{Script=Han}]$/u.test(before.slice(-1)) && isWordInternal(text, start))) continue;
    if (ZH_GENERIC_AFTER.test(text.slice(end, end + 2))) continue;
    const head = headKeyOfWord(m[1]!)!;
    // Only heads that name instruments by themselves; 声明/决议/倡议 alone are everyday words,
    // unless pointed at (该备忘录, 上述声明).
    if (!demo && !['treaty', 'convention', 'agreement', 'charter', 'protocol'].includes(head)) continue;
    const from = demo ? start - demo[0].length : start;
    out.push({ type: 'short', start: from, end, text: text.slice(from, end), head, bracketed: false, demonstrative: !!demo });
  }
  return out;
}

/**
 * Whether a head word at `start` is the tail of a longer word (军控条约, 友好条约…) rather than
 * standing alone after a verb or preposition (根据条约, 强化条约, 恪守条约精神).
 */
function isWordInternal(text: string, start: number): boolean {
  const previous = text.slice(Math.max(0, start - 2), start);
  // Verbs and prepositions that take an instrument as their object.
  if (/(?:根据|根據|依照|按照|依据|依據|基于|基於|遵守|恪守|履行|落实|落實|执行|執行|强化|強化|维持|維持|维护|維護|巩固|鞏固|评价|評價|签署|簽署|延长|延長|弘扬|弘揚|加入|退出|违反|違反|坚持|堅持|支持|批准|修改|实施|實施|指导|指導|在|对|對|为|為|将|將|把|使|于|於|按|依|据|據|经|經|是|了|从|從|同|与|與|向|由|被)$/u.test(previous)) {
    return false;
  }
  return !/[。，；：！？、“”（）《》\s]$/u.test(previous) && previous !== '';
}

// English: "the Treaty", "this Agreement", Title Case names ("the Chemical Weapons Convention",
// "the Treaty on Good-Neighbourliness and Friendly Cooperation between …").
const EN_HEAD_WORDS = EN_HEADS.map(([w]) => w.replace(/ /g, '\\s+')).join('|');
const EN_HEAD_WORD = new RegExp(`\\b(${EN_HEAD_WORDS})\\b`, 'gu');
const EN_HEAD_WORD_IN = new RegExp(`\\b(?:${EN_HEAD_WORDS})\\b`, 'u');

function findEnInstruments(text: string): Array<NamedMention | ShortMention | SelfMention> {
  const out: Array<NamedMention | ShortMention | SelfMention> = [];
  // Quoted titles: “Treaty on …”
  for (const m of text.matchAll(/[“"]([A-Z][^“”"]{6,160}?)[”"]/gu)) {
    const head = headKeyOfName(m[1]!);
    if (head) out.push({ type: 'named', start: m.index, end: m.index + m[0].length, text: m[0], name: m[1]!, registryId: null, head });
  }
  for (const m of text.matchAll(EN_HEAD_WORD)) {
    const headStart = m.index;
    const headEnd = headStart + m[0].length;
    // Extend left over capitalised words (Chemical Weapons Convention) and right over
    // "of/on/between …" tails with capitalised words (Treaty on the Non-Proliferation of …).
    let start = headStart;
    // A name has a few words before its head; looking further back would make long texts slow.
    const leftWords = text.slice(Math.max(0, headStart - NAME_REACH), headStart).match(/(?:[A-Z][\p{L}'’.-]*\s+)+$/u);
    if (leftWords && !/^(?:The|This|That|These|Such|Said|Any|Each|Every|A|An)\s+$/u.test(leftWords[0])) {
      const words = leftWords[0].split(/\s+/).filter(Boolean);
      // Drop a sentence-initial determiner from the name.
      while (words.length && /^(?:The|This|That|A|An)$/u.test(words[0]!)) words.shift();
      start = headStart - words.join(' ').length - (words.length ? 1 : 0);
    }
    let end = headEnd;
    const tail = enNameTail(text, headEnd);
    if (tail) {
      // The tail must contain a capitalised word after a connector, and must not end with one.
      // "… of 16 July 2001", "… of July 16, 2001": a date after the name is not part of it.
      let t = tail.replace(/\s+of\s+(?:(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\d{4}\b).*$/u, '');
      // A second instrument in the tail ("Statement … on the Anniversary of the Treaty") ends the name before it.
      const inner = EN_HEAD_WORD_IN.exec(t);
      if (inner) t = t.slice(0, inner.index).replace(/(?:\s+(?:of|on|between|for|to|against|concerning|and|the|in|with|by|from|at|its|their))+\s*$/u, '');
      while (/\s(?:of|on|between|for|to|against|concerning|and|the|in|with|by|from|at|its|their)$/u.test(t)) t = t.replace(/\s\S+$/u, '');
      if (/^\s+(?:of|on|between|for|to|against|concerning|in|with|by)\b/u.test(t) && /\s[A-Z]/u.test(t)) end = headEnd + t.length;
    }
    // "the said Treaty", "the aforementioned Treaty", "the 2001 Treaty": a short form all the same.
    const determiner = /\b(the|The|this|This|that|That|said|present|such|Such)\s+(?:(?:said|present|aforementioned|aforesaid|above-mentioned|abovementioned|\d{4})\s+)?$/u.exec(text.slice(Math.max(0, start - 30), start));
    const head = headKeyOfWord(m[1]!.replace(/\s+/g, ' '))!;
    if (start === headStart && end === headEnd) {
      if (!determiner) continue; // "Treaty" without "the" is a heading or a name fragment
      const from = start - determiner[0].length;
      const self = /^(?:this|This)$/u.test(determiner[1]!) || /present\s+$/u.test(determiner[0]);
      out.push(
        self
          ? { type: 'self', start: from, end, text: text.slice(from, end), head }
          : { type: 'short', start: from, end, text: text.slice(from, end), head, bracketed: false, demonstrative: /said|that|That|such|Such|afore|above/u.test(determiner[0]) },
      );
      continue;
    }
    const name = text.slice(start, end);
    out.push({ type: 'named', start, end, text: name, name, registryId: null, head });
  }
  // "the present resolution", "this resolution": a resolution or decision citing itself.
  for (const m of text.matchAll(/\b(?:the present|this)\s+(resolution|decision|declaration|statement)\b/gu)) {
    out.push({ type: 'self', start: m.index, end: m.index + m[0].length, text: m[0], head: m[1] === 'resolution' ? 'resolution' : headKeyOfWord(m[1]!) });
  }
  return out;
}

/** How far from its head word a name is looked for: the longest titles have some 250 characters. */
const NAME_REACH = 400;

const EN_TAIL_WORDS = /(?:\s+(?:[A-Z][\p{L}'’.-]*|\d{4}|of|on|between|for|to|against|concerning|and|the|in|with|by|from|at|its|their)\b){1,60}/uy;
const EN_CAPITALISED = "(?:the\\s+)?[A-Z][\\p{L}'’.-]*\\b(?:\\s+[A-Z][\\p{L}'’.-]*\\b){0,5}";
/**
 * An enumeration inside a name: ", Friendship and Cooperation" in "Treaty of Good-Neighborly
 * Relations, Friendship and Cooperation between …". It is part of the name only when it closes
 * with "and" and the name goes on after it (between …) or the sentence ends; "the Treaty on Open
 * Skies, the United States and Russia agreed …" stops at the comma.
 */
const EN_TAIL_ENUMERATION = new RegExp(
  `,\\s+${EN_CAPITALISED}(?:,\\s+${EN_CAPITALISED}){0,8},?\\s+and\\s+${EN_CAPITALISED}(?=\\s+(?:of|on|between|concerning)\\s|\\s*(?:[.;:()]|$))`,
  'uy',
);

/** The words after an English head word that may continue its name, commas in enumerations included. */
function enNameTail(text: string, from: number): string | null {
  let at = from;
  for (;;) {
    EN_TAIL_WORDS.lastIndex = at;
    const words = EN_TAIL_WORDS.exec(text);
    if (!words) break;
    at += words[0].length;
    // A second instrument ends the name (the caller cuts before it); so does a name's length.
    if (EN_HEAD_WORD_IN.test(words[0]) || at - from > NAME_REACH) break;
    EN_TAIL_ENUMERATION.lastIndex = at;
    const enumeration = EN_TAIL_ENUMERATION.exec(text);
    if (!enumeration || EN_HEAD_WORD_IN.test(enumeration[0])) break;
    at += enumeration[0].length;
  }
  return at > from ? text.slice(from, at) : null;
}

// Russian: «Договор о …», Договора (short form, any case), настоящий Договор (self).
const RU_HEAD_ALTERNATION = RU_HEADS.map(([stem]) => stem).join('|');
const RU_HEAD_WORD = new RegExp(`(?<![\\p{L}])(${RU_HEAD_ALTERNATION})[а-яё]{0,4}(?![\\p{L}])`, 'gu');
const RU_HEAD_FIRST = new RegExp(`^(?:${RU_HEAD_ALTERNATION})`, 'iu');

// An enumeration of words inside a name: "о добрососедстве, дружбе и сотрудничестве", "с терроризмом,
// сепаратизмом и экстремизмом", "между Российской Федерацией, Республикой Казахстан и …".
const RU_LOWER_ITEM = '(?!котор)[а-яё][а-яё-]*';
const RU_CAPITALISED_ITEM = `(?!(?:${RU_HEAD_ALTERNATION}))[А-ЯЁ][а-яё-]*(?:\\s+[А-ЯЁ][а-яё-]*){0,4}`;
const RU_ITEM_IN_NAME = `(?:${RU_LOWER_ITEM}|${RU_CAPITALISED_ITEM})`;
const RU_TAIL_ENUMERATION = new RegExp(`,\\s+${RU_ITEM_IN_NAME}(?:,\\s+${RU_ITEM_IN_NAME}){0,8}\\s+(?:и|или)\\s+(?!(?:${RU_HEAD_ALTERNATION}))[\\p{L}]`, 'uy');
// A second instrument joined by и/или ends the first one's name: "… оружия и Договора о …".
const RU_SECOND_INSTRUMENT = new RegExp(`\\s+(?:и|или|а\\s+также)\\s+(?:${RU_HEAD_ALTERNATION})`, 'u');

/**
 * Where a Russian name ends in the rest of its sentence: at the first comma that does not open
 * an enumeration of the name's own words (", который …", ", в частности …", ", Конвенции о …"),
 * and before a second instrument joined to it by и.
 */
function ruNameEnd(tail: string): string {
  let cut = tail.length;
  for (let comma = tail.indexOf(','); comma >= 0; comma = tail.indexOf(',', comma + 1)) {
    RU_TAIL_ENUMERATION.lastIndex = comma;
    if (!RU_TAIL_ENUMERATION.test(tail)) {
      cut = comma;
      break;
    }
  }
  const kept = tail.slice(0, cut);
  const second = RU_SECOND_INSTRUMENT.exec(kept);
  return second ? kept.slice(0, second.index) : kept;
}

function findRuInstruments(text: string): Array<NamedMention | ShortMention | SelfMention> {
  const out: Array<NamedMention | ShortMention | SelfMention> = [];
  const taken: Array<[number, number]> = [];
  for (const m of text.matchAll(/«([^«»]{4,200})»/gu)) {
    const head = headKeyOfName(m[1]!);
    if (!head || !RU_HEAD_FIRST.test(m[1]!)) continue;
    taken.push([m.index, m.index + m[0].length]);
    out.push({ type: 'named', start: m.index, end: m.index + m[0].length, text: m[0], name: m[1]!, registryId: null, head });
  }
  for (const m of text.matchAll(RU_HEAD_WORD)) {
    const start = m.index;
    let end = start + m[0].length;
    if (taken.some(([s, e]) => start < e && s < end)) continue;
    const head = headKeyOfWord(m[0]);
    if (!head) continue;
    const before = text.slice(Math.max(0, start - 30), start);
    const self = /(?:настоящ|данн)[а-яё]{1,4}\s+$/iu.exec(before);
    if (self) {
      out.push({ type: 'self', start: start - self[0].length, end, text: text.slice(start - self[0].length, end), head });
      continue;
    }
    // A name continues with a preposition: Договор о нераспространении ядерного оружия.
    const tail = /^\s+(?:о|об|между|по|против|относительно)\s+[^.;:!?()«»—]*/u.exec(text.slice(end, end + NAME_REACH));
    if (tail) {
      // The name ends before its date (от 16 июля 2001 года) or a participle (, подписанное …).
      let t = ruNameEnd(tail[0])
        .replace(/,\s*(?:подписанн|заключенн|заключённ|принят|совершенн|совершённ|вступивш|ратифицированн)\S*.*$/u, '')
        .replace(/\s+от\s+\d.*$/u, '')
        .replace(/\s+(?:от|в|на|и|с|к)\s*$/u, '');
      const words = t.trim().split(/\s+/);
      if (words.length > 16) t = ' ' + words.slice(0, 16).join(' ');
      t = t.replace(/[,\s]+$/u, '');
      end += t.length;
      out.push({ type: 'named', start, end, text: text.slice(start, end), name: text.slice(start, end), registryId: null, head });
      continue;
    }
    const demo = /(?:указанн|упомянут|этого|этот|этому|этим|этом|данн)[а-яё]{0,4}\s+$/iu.exec(before);
    const from = demo ? start - demo[0].length : start;
    out.push({ type: 'short', start: from, end, text: text.slice(from, end), head, bracketed: false, demonstrative: !!demo });
  }
  return out;
}
