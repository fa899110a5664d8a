/**
 * Numbering markers at the start of a block: the 一 / 一、 / （一） / I. / 1. / (a) / —— /
 * 第一条 / Article 1 / Статья 1 a diplomatic text uses for its sections, paragraphs, list
 * items and articles. Pure recognition: which style, which number, where the text after the
 * marker starts. The structure stage decides what each marker means from the sequence.
 */
import { CHINESE_NUMERAL_CHARS, parseArabicNumeral, parseChineseNumeral, parseListLetter, parseRomanNumeral } from './numerals';

/** A family of markers that number one level of a document. */
export type MarkerStyle =
  | 'zh-bare' // 一 standing alone (or run into its first sentence)
  | 'zh-dun' // 一、
  | 'zh-paren' // （一）
  | 'roman' // I  I.  II.
  | 'arabic-dot' // 1.
  | 'arabic-paren' // (1)  1)
  | 'latin-paren' // (a)  a)
  | 'roman-paren' // (i)  (ii)
  | 'cyrillic-paren' // а)  (б)
  | 'dash' // —— — – - •
  | 'chapter' // 第一章, Chapter I, Глава 1, Part II, Раздел II; 第一节 (a section of a chapter)
  | 'article'; // 第一条, Article 1, Статья 1 (and a memorandum's Пункт 1, Paragraph 1)

export interface Marker {
  style: MarkerStyle;
  /** The number in Arabic (dash items: 0). */
  n: number;
  /** The marker's number as written, without delimiters: 五, V, 5, a, 第一章 → 一. */
  num: string;
  /** The whole marker as written, delimiters included: "一、", "（一）", "Article 25", "——". */
  text: string;
  /** Offset in the block where the text after the marker (and its spaces) starts. */
  bodyStart: number;
  /** For chapters, and articles called otherwise: the word used (章, Chapter, Глава, Part…; Пункт, Paragraph). */
  unit?: string;
}

const ZH_NUM = `[${CHINESE_NUMERAL_CHARS}]+`;
const ZH_NUM_SMALL = '[一二三四五六七八九十]+';

/** Terminal punctuation: a block ending with one of these is a sentence, not a heading. */
export const SENTENCE_END = /[。．.；;！!？?：:”"’»」』)）]$/u;

const PATTERNS: Array<{ style: MarkerStyle; re: RegExp; num: (m: RegExpExecArray) => number | null; unit?: (m: RegExpExecArray) => string }> = [
  // Articles and chapters first: their prefixes would otherwise read as other styles.
  { style: 'article', re: new RegExp(`^第(${ZH_NUM}|[0-9０-９]+)[条條](?=\\s|$|[（(【〔])\\s*`, 'u'), num: (m) => parseChineseNumeral(m[1]!) ?? parseArabicNumeral(m[1]!) },
  { style: 'article', re: /^(?:Article|ARTICLE)\s+(\d+|[IVXLC]+)(?=$|[\s.:–—-])[.:]?\s*(?:[–—-]\s*)?/u, num: (m) => parseArabicNumeral(m[1]!) ?? parseRomanNumeral(m[1]!) },
  { style: 'article', re: /^(?:Статья|СТАТЬЯ)\s+(\d+|[IVXLC]+)(?=$|[\s.:–—-])[.:]?\s*(?:[–—-]\s*)?/u, num: (m) => parseArabicNumeral(m[1]!) ?? parseRomanNumeral(m[1]!) },
  // Memoranda number their provisions "Пункт 1." / "Paragraph 1": articles in all but name,
  // when the line is a heading (not "Пункт 1 настоящей статьи…", "Paragraph 2 of Article 5…").
  {
    style: 'article',
    re: /^(Пункт|ПУНКТ|Paragraph|PARAGRAPH)\s+(\d+)(?=$|[\s.:–—-])[.:]?\s*(?:[–—-]\s*)?/u,
    num: (m) => parseArabicNumeral(m[2]!),
    unit: (m) => m[1]!,
  },
  {
    style: 'chapter',
    re: new RegExp(`^第(${ZH_NUM}|[0-9０-９]+)(章|编|編|部分|节|節)(?=\\s|$)\\s*`, 'u'),
    num: (m) => parseChineseNumeral(m[1]!) ?? parseArabicNumeral(m[1]!),
    unit: (m) => m[2]!,
  },
  {
    style: 'chapter',
    re: /^(Chapter|CHAPTER|Part|PART|Section|SECTION|Глава|ГЛАВА|Раздел|РАЗДЕЛ|Часть|ЧАСТЬ)\s+(\d+|[IVXLC]+)(?=$|[\s.:–—-])[.:]?\s*(?:[–—-]\s*)?/u,
    num: (m) => parseArabicNumeral(m[2]!) ?? parseRomanNumeral(m[2]!),
    unit: (m) => m[1]!,
  },
  { style: 'zh-dun', re: new RegExp(`^(${ZH_NUM_SMALL})[、，]\\s*`, 'u'), num: (m) => parseChineseNumeral(m[1]!) },
  { style: 'zh-paren', re: new RegExp(`^[（(](${ZH_NUM_SMALL})[）)]\\s*`, 'u'), num: (m) => parseChineseNumeral(m[1]!) },
  { style: 'zh-bare', re: new RegExp(`^(${ZH_NUM_SMALL})$`, 'u'), num: (m) => parseChineseNumeral(m[1]!) },
  { style: 'roman-paren', re: /^\((i{1,3}|iv|vi{0,3}|ix|xi{0,3})\)\s*/u, num: (m) => parseRomanNumeral(m[1]!) },
  { style: 'latin-paren', re: /^\(([a-z])\)\s*|^([a-z])\)\s+/u, num: (m) => parseListLetter(m[1] ?? m[2]!) },
  { style: 'cyrillic-paren', re: /^\(([а-я])\)\s*|^([а-я])\)\s+/u, num: (m) => parseListLetter(m[1] ?? m[2]!) },
  { style: 'arabic-paren', re: /^[（(]([0-9０-９]{1,3})[）)]\s*|^([0-9]{1,3})\)\s+/u, num: (m) => parseArabicNumeral(m[1] ?? m[2]!) },
  { style: 'arabic-dot', re: /^([0-9０-９]{1,3})[.．](?![0-9])\s*/u, num: (m) => parseArabicNumeral(m[1]!) },
  { style: 'roman', re: /^([IVXLC]+)(?:[.．]\s*|$)/u, num: (m) => parseRomanNumeral(m[1]!) },
  { style: 'dash', re: /^(?:——|—|–|－－|--|-(?=\s)|•|·|●|▪)\s*/u, num: () => 0 },
];

/** Recognises the numbering marker at the start of a block's text, if any. */
export function parseMarker(text: string): Marker | null {
  for (const { style, re, num, unit } of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const n = num(m);
    if (n === null) continue;
    if (style === 'article' && !isArticleHeading(text, m[0].length)) continue;
    if (style === 'article' && unit && !isHeadingLike(text.slice(m[0].length))) continue;
    if (style === 'chapter' && !isHeadingLike(text.slice(m[0].length))) continue;
    const raw = m.slice(1).find((g) => g !== undefined && !/^(?:[章编編节節]|部分|Chapter|Part|Section|Глава|Раздел|Часть|Пункт|Paragraph)$/i.test(g)) ?? '';
    return { style, n, num: raw, text: m[0].trim(), bodyStart: m[0].length, ...(unit ? { unit: unit(m) } : {}) };
  }
  return null;
}

/**
 * The Chinese-numeral section number run into its first sentence ("五中俄经济合作符合…"),
 * as a republished copy that lost the paragraph break writes it. Only a candidate: the
 * structure stage accepts it when it continues a sequence of sections.
 */
export function parseRunInNumeral(text: string, from = 0): Marker | null {
  const m = RUN_IN.exec(text.slice(from, from + 6));
  if (!m) return null;
  const n = parseChineseNumeral(m[1]!);
  if (n === null || n > 30) return null;
  return { style: 'zh-bare', n, num: m[1]!, text: m[1]!, bodyStart: from + m[0].length };
}

// A numeral followed by a character that cannot continue it as a word or a quantity
// (一些, 一致, 二十年, 三方, 五年, 十分 …): the next character must start a new phrase.
const RUN_IN = /^([一二三四五六七八九十]{1,3})\s?(?![一二三四五六七八九十百千万亿〇零两些致是般起定直切带道样旦向度同再贯体年月日次个种项者国方来位批场名轮届份号层期类点则边成倍周天时分秒家级等])(?=[\p{Script=Han}“《])/u;

/** An article marker is a heading, not the start of a sentence that cites an article. */
function isArticleHeading(text: string, end: number): boolean {
  const rest = text.slice(end);
  if (!rest) return true;
  // 第二十五条规定…, Article 5 of the Treaty…, Статья 5 Договора…: citations, not headings.
  if (/^(?:of|to|in|under|and|or|shall|provides|stipulates|states|establishes)\b/i.test(rest)) return false;
  if (/^(?:настоящего|Договора|Устава|Конвенции|Соглашения|предусматривает|гласит|устанавливает)/u.test(rest)) return false;
  return true;
}

function isHeadingLike(rest: string): boolean {
  return rest.length <= 120 && !SENTENCE_END.test(rest);
}

/** Whether text after a marker reads as a heading (short, no sentence-final punctuation). */
export function isHeadingText(text: string, language: string): boolean {
  if (!text) return true;
  const limit = language === 'zh' ? 40 : 120;
  return text.length <= limit && !SENTENCE_END.test(text) && !/[，,；;]/.test(text);
}
