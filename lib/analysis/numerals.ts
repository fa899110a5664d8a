/**
 * Numbers as diplomats write them: Chinese numerals (simplified, traditional and financial
 * forms, with 〇, ○ and 零), Roman numerals, Arabic digits (ASCII and full-width), and list
 * letters ((a), а)). Everything normalises to an Arabic integer.
 */

const CHINESE_DIGITS: Record<string, number> = {
  '〇': 0, '○': 0, '零': 0, 'Ｏ': 0,
  '一': 1, '壹': 1, '弌': 1,
  '二': 2, '贰': 2, '貳': 2, '两': 2, '兩': 2, '弍': 2,
  '三': 3, '叁': 3, '參': 3, '叄': 3, '弎': 3,
  '四': 4, '肆': 4,
  '五': 5, '伍': 5,
  '六': 6, '陆': 6, '陸': 6,
  '七': 7, '柒': 7,
  '八': 8, '捌': 8,
  '九': 9, '玖': 9,
};

const CHINESE_UNITS: Record<string, number> = {
  '十': 10, '拾': 10,
  '百': 100, '佰': 100,
  '千': 1000, '仟': 1000,
};

const CHINESE_MYRIADS: Record<string, number> = { '万': 10_000, '萬': 10_000 };

/** Characters that may appear in a Chinese numeral (for building patterns). */
export const CHINESE_NUMERAL_CHARS =
  Object.keys(CHINESE_DIGITS).join('') + Object.keys(CHINESE_UNITS).join('') + Object.keys(CHINESE_MYRIADS).join('');

/**
 * Parses a Chinese numeral: 二十五 → 25, 一百零三 → 103, 十七 → 17, 二〇二一 → 2021
 * (digit by digit, as in years), 貳拾伍 → 25. Returns null for anything else.
 */
export function parseChineseNumeral(text: string): number | null {
  if (!text) return null;
  const chars = [...text];
  if (!chars.every((c) => c in CHINESE_DIGITS || c in CHINESE_UNITS || c in CHINESE_MYRIADS)) return null;

  // Digit by digit (二〇二一, 一九四五) when there is no unit character.
  if (chars.every((c) => c in CHINESE_DIGITS)) {
    if (chars.length === 1) return CHINESE_DIGITS[chars[0]!]!;
    return Number(chars.map((c) => CHINESE_DIGITS[c]).join(''));
  }

  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let lastUnit = Infinity;
  for (const c of chars) {
    if (c in CHINESE_DIGITS) {
      // Two non-zero digits in a row (二三十) are not a numeral; 零 only marks a gap (一百零三).
      if (digit !== null && digit !== 0 && CHINESE_DIGITS[c] !== 0) return null;
      digit = CHINESE_DIGITS[c]!;
    } else if (c in CHINESE_UNITS) {
      const unit = CHINESE_UNITS[c]!;
      if (unit >= lastUnit) return null; // 十百, 百百: malformed
      lastUnit = unit;
      section += (digit ?? 1) * unit; // 十七: an implicit 一 before 十
      digit = null;
    } else {
      section += digit ?? 0;
      if (section === 0) return null;
      total += section * CHINESE_MYRIADS[c]!;
      section = 0;
      digit = null;
      lastUnit = Infinity;
    }
  }
  return total + section + (digit ?? 0);
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
const ROMAN_STRICT = /^M{0,4}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;

/** Parses a Roman numeral (I, iv, XVII, Ⅻ), strictly: "IIII" and "VX" are not numerals. */
export function parseRomanNumeral(text: string): number | null {
  const upper = text
    .normalize('NFKC') // Ⅻ → XII
    .toUpperCase();
  if (!upper || !ROMAN_STRICT.test(upper)) return null;
  let total = 0;
  for (let i = 0; i < upper.length; i++) {
    const value = ROMAN[upper[i]!]!;
    const next = ROMAN[upper[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** Parses Arabic digits, ASCII or full-width (２５). */
export function parseArabicNumeral(text: string): number | null {
  const ascii = text.normalize('NFKC');
  return /^\d+$/.test(ascii) ? Number(ascii) : null;
}

const LATIN_LETTERS = 'abcdefghijklmnopqrstuvwxyz';
// Russian list letters skip ё, й, ъ, ь, ы in practice; keep the plain alphabet order minus those.
const CYRILLIC_LETTERS = 'абвгдежзиклмнопрстуфхцчшщэюя';

/** The ordinal of a list letter: a → 1, (b) → 2, а → 1, в → 3. Null for anything else. */
export function parseListLetter(text: string): number | null {
  const letter = text.toLowerCase();
  if (letter.length !== 1) return null;
  const latin = LATIN_LETTERS.indexOf(letter);
  if (latin >= 0) return latin + 1;
  const cyrillic = CYRILLIC_LETTERS.indexOf(letter);
  return cyrillic >= 0 ? cyrillic + 1 : null;
}

/** Any numeral: Arabic, Chinese or Roman, in that order of preference. */
export function parseNumeral(text: string): number | null {
  return parseArabicNumeral(text) ?? parseChineseNumeral(text) ?? parseRomanNumeral(text);
}

const CHINESE_DIGIT_NAMES = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Writes a positive integer below 10,000 as Chinese numerals: 25 → 二十五, 103 → 一百零三. */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n <= 0 || n >= 10_000) return String(n);
  const units = ['千', '百', '十', ''];
  const digits = String(n).padStart(4, '0').split('').map(Number);
  let out = '';
  let pendingZero = false;
  digits.forEach((d, i) => {
    if (d === 0) {
      if (out) pendingZero = true;
      return;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    out += CHINESE_DIGIT_NAMES[d] + units[i]!;
  });
  // 一十七 is written 十七.
  return out.startsWith('一十') ? out.slice(1) : out;
}
