import { describe, expect, it } from 'vitest';
import {
  parseChineseNumeral, parseListLetter, parseNumeral, parseRomanNumeral, toChineseNumeral,
} from '../../../lib/analysis/numerals';

describe('parseChineseNumeral', () => {
  it.each([
    ['一', 1], ['十', 10], ['十七', 17], ['二十五', 25], ['一百零三', 103], ['一百一十', 110],
    ['两千零二十一', 2021], ['二〇二一', 2021], ['二○二一', 2021], ['一九四五', 1945], ['零', 0],
    ['貳拾伍', 25], ['參', 3], ['拾柒', 17], ['陸', 6], ['三万五千', 35_000], ['二十八', 28],
  ])('%s → %d', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it.each(['', '条约', '十百', '二三十', 'V', '二十五条'])('rejects %j', (text) => {
    expect(parseChineseNumeral(text)).toBeNull();
  });
});

describe('parseRomanNumeral', () => {
  it.each([['I', 1], ['iv', 4], ['VIII', 8], ['XVII', 17], ['XL', 40], ['XCIX', 99], ['CDXLIV', 444], ['MMXXI', 2021], ['Ⅻ', 12]])(
    '%s → %d',
    (text, value) => expect(parseRomanNumeral(text)).toBe(value),
  );
  it.each(['', 'IIII', 'VX', 'IC', 'ABC'])('rejects %j', (text) => expect(parseRomanNumeral(text)).toBeNull());
});

describe('parseNumeral and list letters', () => {
  it('reads Arabic (also full-width), Chinese and Roman numerals', () => {
    expect([parseNumeral('25'), parseNumeral('２５'), parseNumeral('二十五'), parseNumeral('XXV')]).toEqual([25, 25, 25, 25]);
  });
  it('orders Latin and Cyrillic list letters', () => {
    expect(['a', 'C', 'а', 'в', 'д', 'ab'].map(parseListLetter)).toEqual([1, 3, 1, 3, 5, null]);
  });
});

describe('writing numerals', () => {
  it('writes Chinese numerals the way treaties number articles', () => {
    expect([1, 10, 17, 25, 103, 110, 2021].map(toChineseNumeral)).toEqual([
      '一', '十', '十七', '二十五', '一百零三', '一百一十', '二千零二十一',
    ]);
  });
  it('round-trips every article number a treaty could have', () => {
    for (let n = 1; n < 500; n++) {
      expect(parseChineseNumeral(toChineseNumeral(n))).toBe(n);
    }
  });
});
