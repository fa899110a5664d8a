import { describe, expect, it } from 'vitest';
import { findDates, parseDate } from '../../../lib/analysis/dates';
import { CORPUS_TEXT } from '../../helpers';

describe('parseDate', () => {
  it.each([
    // Numeric forms and datetimes, as metadata and date lines write them.
    ['2021-06-28', '2021-06-28'],
    ['2021/6/28', '2021-06-28'],
    ['2021.06.28', '2021-06-28'],
    ['2021-06-28T21:37:23+08:00', '2021-06-28'],
    ['2021-06-28T13:37:23Z', '2021-06-28'],
    ['2021-06-28-21:46:00', '2021-06-28'], // gov.cn's firstpublishedtime
    ['28.06.2021', '2021-06-28'],
    ['20210628', '2021-06-28'],
    ['２０２１／０６／２８', '2021-06-28'],
    // Chinese.
    ['2021年6月28日', '2021-06-28'],
    ['2021年06月28日 21:37', '2021-06-28'],
    ['2021年06月28日21:37 | 来源：新华社', '2021-06-28'],
    ['2021 年 6 月 28 日', '2021-06-28'],
    ['二〇二一年六月二十八日', '2021-06-28'],
    ['二○二一年六月二十八日', '2021-06-28'],
    ['二〇二一年十二月三十一日', '2021-12-31'],
    ['二〇二一年六月二十八號', '2021-06-28'], // traditional
    ['貳零貳壹年陸月貳拾捌日', '2021-06-28'], // financial forms
    ['２０２１年６月２８日', '2021-06-28'],
    // English.
    ['28 June 2021', '2021-06-28'],
    ['June 28, 2021', '2021-06-28'],
    ['June 28 2021', '2021-06-28'],
    ['28th June, 2021', '2021-06-28'],
    ['Sept. 3, 2021', '2021-09-03'],
    ['Done at Moscow on the 16th day of July 2001', '2001-07-16'],
    // Russian, with the month in the genitive.
    ['28 июня 2021 года', '2021-06-28'],
    ['28 июня 2021 г.', '2021-06-28'],
    ['«28» июня 2021 года', '2021-06-28'],
    ['Москва, 16 июля 2001 года', '2001-07-16'],
    ['1 сентября 2021', '2021-09-01'],
    ['3 мая 2021 года', '2021-05-03'],
    ['5 дек. 2020 г.', '2020-12-05'],
    // Leap years.
    ['2020-02-29', '2020-02-29'],
    ['2000年2月29日', '2000-02-29'],
  ])('%j → %s', (text, date) => {
    expect(parseDate(text)).toBe(date);
  });

  it.each([
    '2021-02-30',
    '2021-13-01',
    '2021-06-00',
    '2021年2月29日',
    '1900-02-29',
    '31 June 2021',
    '30 февраля 2021 года',
    '二〇二一年十三月一日',
    '6月28日', // no year and none given
    'June 2021',
    '2021',
    '74/247',
    'A/RES/74/247',
    '1127558469',
    '',
    '第二十五条',
  ])('rejects %j', (text) => {
    expect(parseDate(text)).toBeNull();
  });

  it('reads dates without a year only with a default year', () => {
    const texts = ['6月28日', '六月二十八日', '新华社北京6月28日电', 'June 28', '28 June', '28 июня', 'Ноябрь, 28 июня'];
    expect(texts.map((text) => parseDate(text, { defaultYear: 2021 }))).toEqual(Array(texts.length).fill('2021-06-28'));
    expect(parseDate('2月29日', { defaultYear: 2021 })).toBeNull();
    expect(parseDate('2月29日', { defaultYear: 2020 })).toBe('2020-02-29');
    // A written year wins over the default.
    expect(parseDate('2001年7月16日', { defaultYear: 2021 })).toBe('2001-07-16');
  });
});

describe('findDates', () => {
  it('finds every dated span in running text, with offsets into that text', () => {
    const text = '条约于2001年7月16日签署，二〇二一年六月二十八日延期。Москва, «28» июня 2021 года. Done on June 28, 2021.';
    const found = findDates(text);
    expect(found).toEqual([
      { date: '2001-07-16', start: 3, end: 13, text: '2001年7月16日' },
      { date: '2021-06-28', start: 16, end: 27, text: '二〇二一年六月二十八日' },
      { date: '2021-06-28', start: 38, end: 57, text: '«28» июня 2021 года' },
      { date: '2021-06-28', start: 67, end: 80, text: 'June 28, 2021' },
    ]);
    expect(found.every((d) => text.slice(d.start, d.end) === d.text)).toBe(true);
  });

  it('finds the signing date and the closing date of the corpus statement', () => {
    expect(findDates(CORPUS_TEXT).map((d) => [d.date, d.text])).toEqual([
      ['2001-07-16', '2001年7月16日'],
      ['2016-06-25', '2016年6月25日'],
      ['2015-05-08', '2015年5月8日'],
      ['2021-06-28', '二〇二一年六月二十八日'],
    ]);
  });

  it('skips invalid dates and numbers that only look like dates', () => {
    expect(findDates('2021-02-30, 31 June 2021, 第74/247号决议, 1127558469, ISBN 978-2021-06-28-1, v1.2021.06.28')).toEqual([]);
  });
});
