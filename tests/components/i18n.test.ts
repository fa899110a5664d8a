import { describe, expect, it } from 'vitest';
import { formatDate, type UiLanguage } from '../../components/i18n';

describe('formatDate', () => {
  it('writes a date as Intl.DateTimeFormat does with a long month, in each UI language', () => {
    const languages: UiLanguage[] = ['zh-CN', 'en', 'ru'];
    for (const language of languages) {
      const intl = new Intl.DateTimeFormat(language, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
      for (let month = 1; month <= 12; month++) {
        for (const day of [1, 9, 10, 28]) {
          const date = `2021-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          expect(formatDate(date, language), `${language} ${date}`).toBe(intl.format(new Date(Date.UTC(2021, month - 1, day))));
        }
      }
    }
    expect(formatDate('2021-06-28', 'zh-CN')).toBe('2021年6月28日');
    expect(formatDate('2001-07-16', 'ru')).toBe('16 июля 2001 г.');
    expect(formatDate('1945-06-26', 'en')).toBe('June 26, 1945');
  });

  it('leaves what is not a YYYY-MM-DD date as it is', () => {
    for (const text of ['', '2021', '2021-06', '2021-13-01', '28 June 2021', '2021-06-28T00:00:00Z']) expect(formatDate(text, 'en')).toBe(text);
  });
});
