/**
 * Dates as diplomatic texts and news pages write them, in Chinese, Russian and English:
 * 2021-06-28, 2021/6/28, 2021.06.28, 28.06.2021, ISO datetimes, 2021年6月28日,
 * 二〇二一年六月二十八日, 28 June 2021, June 28, 2021, the 28th day of June 2021,
 * 28 июня 2021 года, «28» июня 2021 г. Every result is a calendar date, YYYY-MM-DD, as
 * written: a datetime's time zone is not applied, because the publisher's own date is the
 * one a reader quotes.
 *
 * Shared by the extract stage (publication dates in metadata and date lines) and the detect
 * stage (the date closing a statement).
 */
import { CHINESE_NUMERAL_CHARS, parseChineseNumeral } from './numerals';

/** A date found in running text: the date and the span of `text` that wrote it. */
export interface FoundDate {
  /** YYYY-MM-DD. */
  date: string;
  /** Offsets in the searched text: [start, end). */
  start: number;
  end: number;
  /** The text of the span, as written. */
  text: string;
}

export interface ParseDateOptions {
  /** The year for dates written without one ("6月28日", "28 June"); without it they are rejected. */
  defaultYear?: number;
}

/**
 * Parses the first date written in `text` (a metadata value, a date line, a closing line):
 * "2021-06-28T21:37:23+08:00", "2021年06月28日 21:37 | 来源：新华社", "28 июня 2021 г.".
 * A date without a year ("6月28日", "June 28") is read only when `defaultYear` is given.
 * Returns YYYY-MM-DD, or null when there is no valid date (2021-02-30 is not one).
 */
export function parseDate(text: string, options: ParseDateOptions = {}): string | null {
  const first = findDates(text)[0];
  if (first) return first.date;

  // Compact ISO basic form, only as a whole value (a metadata field, never running text).
  const compact = /^\s*(\d{4})(\d{2})(\d{2})\s*$/.exec(foldDigits(text));
  if (compact) return isoDate(Number(compact[1]), Number(compact[2]), Number(compact[3]));

  const { defaultYear } = options;
  if (defaultYear !== undefined && Number.isInteger(defaultYear)) return findYearless(text, defaultYear);
  return null;
}

/**
 * Every complete date (with day, month and year) written in `text`, in order, without
 * overlaps. Offsets refer to `text` itself. Invalid dates (2021-02-30, 31 June) are skipped.
 */
export function findDates(text: string): FoundDate[] {
  const scan = foldDigits(text);
  const found: FoundDate[] = [];
  for (const pattern of FULL_DATE_PATTERNS) {
    pattern.regex.lastIndex = 0;
    for (let m = pattern.regex.exec(scan); m; m = pattern.regex.exec(scan)) {
      const parts = pattern.read(m);
      const date = parts && isoDate(parts.year, parts.month, parts.day);
      if (date) found.push({ date, start: m.index, end: m.index + m[0].length, text: text.slice(m.index, m.index + m[0].length) });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const result: FoundDate[] = [];
  for (const date of found) {
    const last = result[result.length - 1];
    if (!last || date.start >= last.end) result.push(date);
  }
  return result;
}

interface DateParts {
  year: number;
  month: number;
  day: number;
}

interface DatePattern {
  regex: RegExp;
  read: (m: RegExpExecArray) => DateParts | null;
}

// Chinese numerals for years digit by digit (二〇二一, 二○二一) and for months and days
// (六, 十二, 二十八), including traditional and financial forms (貳拾捌).
const ZH_NUM = `[${escapeClass(CHINESE_NUMERAL_CHARS)}]`;
const ZH_YEAR = `(\\d{4}|${ZH_NUM}{4})`;
const ZH_MONTH = `(\\d{1,2}|${ZH_NUM}{1,3})`;
const ZH_DAY = `(\\d{1,2}|${ZH_NUM}{1,4})`;
const ZH_DAY_MARK = '[日号號]';

const EN_MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const EN_MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const EN_ORDINAL = '(?:st|nd|rd|th)?';

// Russian months in the genitive, as dates are written ("28 июня"), and their abbreviations.
const RU_MONTHS: Array<[RegExp, number]> = [
  [/^янв/, 1], [/^фев/, 2], [/^мар/, 3], [/^апр/, 4], [/^ма[яй]/, 5], [/^июн/, 6],
  [/^июл/, 7], [/^авг/, 8], [/^сен/, 9], [/^окт/, 10], [/^ноя/, 11], [/^дек/, 12],
];
const RU_MONTH =
  '(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|янв\\.|февр?\\.|мар\\.|апр\\.|июн\\.|июл\\.|авг\\.|сент?\\.|окт\\.|нояб?\\.|дек\\.)';
const RU_NOT_LETTER = '(?![а-яё])';
const RU_YEAR_WORD = `(?:\\s*(?:года${RU_NOT_LETTER}|год${RU_NOT_LETTER}|г\\.))?`;
// The day may be quoted, as in the closing lines of Russian instruments: «28» июня 2021 года.
const RU_DAY = '(?:[«"„“]\\s*)?(\\d{1,2})(?:\\s*[»"“”])?';

// Dates in words, as treaties close: "this twenty-first day of March, two thousand and twenty-three".
const EN_UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const EN_TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const EN_ORDINAL_UNITS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const EN_CARDINAL_WORDS = `(?:(?:${EN_TENS.join('|')})(?:[-\\s](?:${EN_UNITS.slice(0, 9).join('|')}))?|${[...EN_UNITS].reverse().join('|')})`;
const EN_DAY_WORDS = `((?:twenty|thirty)[-\\s](?:${EN_ORDINAL_UNITS.slice(0, 9).join('|')})|twentieth|thirtieth|${[...EN_ORDINAL_UNITS].reverse().join('|')})`;
const EN_YEAR_WORDS = `((?:two thousand|nineteen hundred)(?:,?\\s+and)?(?:\\s+${EN_CARDINAL_WORDS})?)`;

/** 1–99 written in words ("twenty-three", "seven"), or null. */
function cardinalWords(text: string): number | null {
  const [tens, units] = text.toLowerCase().split(/[-\s]+/);
  const t = EN_TENS.indexOf(tens!);
  if (t >= 0) return (t + 2) * 10 + (units ? EN_UNITS.indexOf(units) + 1 : 0);
  const u = EN_UNITS.indexOf(tens!);
  return u >= 0 && !units ? u + 1 : null;
}

/** A day written as an ordinal in words ("twenty-first", "thirtieth"), or null. */
function ordinalWords(text: string): number | null {
  const lower = text.toLowerCase();
  if (lower === 'twentieth') return 20;
  if (lower === 'thirtieth') return 30;
  const [first, second] = lower.split(/[-\s]+/);
  if (second) return (first === 'twenty' ? 20 : 30) + EN_ORDINAL_UNITS.indexOf(second) + 1;
  const u = EN_ORDINAL_UNITS.indexOf(first!);
  return u >= 0 ? u + 1 : null;
}

/** A year in words ("two thousand and twenty-three", "nineteen hundred and ninety-nine"), or null. */
function yearWords(text: string): number | null {
  const m = /^(two thousand|nineteen hundred)(?:,?\s+and)?(?:\s+(.+))?$/i.exec(text.trim());
  if (!m) return null;
  const base = m[1]!.toLowerCase() === 'two thousand' ? 2000 : 1900;
  const rest = m[2] ? cardinalWords(m[2]) : 0;
  return rest === null ? null : base + rest;
}

const FULL_DATE_PATTERNS: DatePattern[] = [
  {
    // 2021-06-28, 2021/6/28, 2021.06.28, and the date of an ISO datetime.
    regex: /(?<![\d.\/-])(\d{4})([-\/.])(\d{1,2})\2(\d{1,2})(?!\d)(?![.\/]\d)/g,
    read: (m) => ({ year: Number(m[1]), month: Number(m[3]), day: Number(m[4]) }),
  },
  {
    // 28.06.2021, the Russian and European numeric form.
    regex: /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d]|\.\d)/g,
    read: (m) => ({ year: Number(m[3]), month: Number(m[2]), day: Number(m[1]) }),
  },
  {
    regex: new RegExp(`(?<!\\d)${ZH_YEAR}\\s*年\\s*${ZH_MONTH}\\s*月\\s*${ZH_DAY}\\s*${ZH_DAY_MARK}`, 'g'),
    read: (m) => zhParts(m[1]!, m[2]!, m[3]!),
  },
  {
    // 28 June 2021, 28th June, 2021, 28 Jun. 2021.
    regex: new RegExp(`\\b(\\d{1,2})${EN_ORDINAL}\\s+${EN_MONTH},?\\s+(\\d{4})\\b`, 'gi'),
    read: (m) => enParts(m[3]!, m[2]!, m[1]!),
  },
  {
    // June 28, 2021, June 28 2021, Jun. 28th, 2021.
    regex: new RegExp(`\\b${EN_MONTH}\\s+(\\d{1,2})${EN_ORDINAL},?\\s+(\\d{4})\\b`, 'gi'),
    read: (m) => enParts(m[3]!, m[1]!, m[2]!),
  },
  {
    // The treaty formula: the 16th day of July 2001.
    regex: new RegExp(`\\b(\\d{1,2})${EN_ORDINAL}\\s+day\\s+of\\s+${EN_MONTH},?\\s+(\\d{4})\\b`, 'gi'),
    read: (m) => enParts(m[3]!, m[2]!, m[1]!),
  },
  {
    // The treaty formula in words: the twenty-first day of March, two thousand and twenty-three.
    regex: new RegExp(`\\b${EN_DAY_WORDS}\\s+day\\s+of\\s+${EN_MONTH},?\\s+(?:in\\s+the\\s+year\\s+)?${EN_YEAR_WORDS}\\b`, 'gi'),
    read: (m) => {
      const day = ordinalWords(m[1]!);
      const year = yearWords(m[3]!);
      return day === null || year === null ? null : enParts(String(year), m[2]!, String(day));
    },
  },
  {
    // 28 июня 2021 года, 28 июня 2021 г., «28» июня 2021 года.
    regex: new RegExp(`(?<!\\d)${RU_DAY}\\s+${RU_MONTH}\\s*(\\d{4})(?!\\d)${RU_YEAR_WORD}`, 'giu'),
    read: (m) => ruParts(m[3]!, m[2]!, m[1]!),
  },
];

const YEARLESS_PATTERNS: Array<{ regex: RegExp; read: (m: RegExpExecArray, year: number) => DateParts | null }> = [
  {
    regex: new RegExp(`${ZH_MONTH}\\s*月\\s*${ZH_DAY}\\s*${ZH_DAY_MARK}`),
    read: (m, year) => zhParts(String(year), m[1]!, m[2]!),
  },
  {
    regex: new RegExp(`\\b(\\d{1,2})${EN_ORDINAL}\\s+${EN_MONTH}(?![a-z])`, 'i'),
    read: (m, year) => enParts(String(year), m[2]!, m[1]!),
  },
  {
    regex: new RegExp(`\\b${EN_MONTH}\\s+(\\d{1,2})${EN_ORDINAL}\\b`, 'i'),
    read: (m, year) => enParts(String(year), m[1]!, m[2]!),
  },
  {
    regex: new RegExp(`(?<!\\d)${RU_DAY}\\s+${RU_MONTH}${RU_NOT_LETTER}`, 'iu'),
    read: (m, year) => ruParts(String(year), m[2]!, m[1]!),
  },
];

function findYearless(text: string, year: number): string | null {
  const scan = foldDigits(text);
  let best: { index: number; date: string } | null = null;
  for (const pattern of YEARLESS_PATTERNS) {
    const m = pattern.regex.exec(scan);
    if (!m || (best && best.index <= m.index)) continue;
    const parts = pattern.read(m, year);
    const date = parts && isoDate(parts.year, parts.month, parts.day);
    if (date) best = { index: m.index, date };
  }
  return best?.date ?? null;
}

function zhParts(year: string, month: string, day: string): DateParts | null {
  const y = zhOrArabic(year);
  const m = zhOrArabic(month);
  const d = zhOrArabic(day);
  return y === null || m === null || d === null ? null : { year: y, month: m, day: d };
}

function zhOrArabic(text: string): number | null {
  return /^\d+$/.test(text) ? Number(text) : parseChineseNumeral(text);
}

function enParts(year: string, month: string, day: string): DateParts | null {
  const key = month.toLowerCase().replace('.', '');
  const m = EN_MONTHS[key] ?? EN_MONTHS[key.slice(0, 3)];
  return m === undefined ? null : { year: Number(year), month: m, day: Number(day) };
}

function ruParts(year: string, month: string, day: string): DateParts | null {
  const lower = month.toLowerCase();
  const entry = RU_MONTHS.find(([prefix]) => prefix.test(lower));
  return entry ? { year: Number(year), month: entry[1], day: Number(day) } : null;
}

/** YYYY-MM-DD for a real calendar date between the years 1000 and 2999, else null. */
function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1000 || year > 2999) return null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * Full-width digits and date separators (２０２１／６／２８) to ASCII, one UTF-16 unit for one,
 * so offsets in the folded string are offsets in the original.
 */
function foldDigits(text: string): string {
  return text.replace(/[\uff10-\uff19\uff0d\uff0e\uff0f]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

function escapeClass(chars: string): string {
  return chars.replace(/[\\\]\[^-]/g, '\\$&');
}
