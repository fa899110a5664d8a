import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { decodeText, importFile, isHtmlFile, type ImportedFile } from '../../../lib/library/import';
import { FIXTURES, fixture } from '../../helpers';

// What the reader page passes in: DOMParser there, jsdom here.
const environment = { parseHtml: (html: string) => new JSDOM(html).window.document };
const utf8 = (text: string) => new TextEncoder().encode(text);
const file = (name: string, bytes: Uint8Array, type = ''): ImportedFile => ({ name, type, bytes });

/** Windows-1251, for the letters Russian uses: what older Russian sites save pages in. */
function windows1251(text: string): Uint8Array {
  return Uint8Array.from([...text].map((c) => {
    const code = c.codePointAt(0)!;
    if (code < 0x80) return code;
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    if (c === 'ё') return 0xb8;
    if (c === 'Ё') return 0xa8;
    if (c === '«') return 0xab;
    if (c === '»') return 0xbb;
    if (c === '—') return 0x97;
    throw new Error(`not in the test's table: ${c}`);
  }));
}

describe('importing a treaty from a file', () => {
  it('reads a saved MFA page (HTML) into the 2001 Treaty\'s articles', () => {
    const html = fixture('pages/treaty-cn-ru-2001-mfa.html');
    const result = importFile(file('中俄睦邻友好合作条约.html', utf8(html), 'text/html'), environment);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.format).toBe('html');
    expect(result.entry.instrument).toEqual({ id: 'cn-ru-treaty-2001', registered: true });
    expect(result.entry.source).toEqual({ file: '中俄睦邻友好合作条约.html' });
    expect(result.entry.articles).toHaveLength(25);
    expect(result.entry.articles[6]!.clauses.map((c) => c.text)).toEqual([
      '缔约双方根据现行协定采取措施，加强边境地区军事领域信任和相互裁减军事力量。缔约双方将扩大和加深军事领域的信任措施，以加强各自的安全和巩固地区及国际稳定。',
      '缔约双方致力于确保本国安全遵循合理足够的原则。',
      '缔约双方之间的军事和军技合作不针对第三国。',
    ]);
  });

  it('reads a page saved in GB2312 as the same text as its UTF-8 copy', () => {
    const bytes = readFileSync(resolve(FIXTURES, 'pages/treaty-cn-ru-2001-mfa-gb2312.html'));
    const legacy = importFile(file('treaty.htm', bytes), environment);
    const modern = importFile(file('treaty.html', utf8(fixture('pages/treaty-cn-ru-2001-mfa.html'))), environment);
    expect(legacy.ok && modern.ok).toBe(true);
    if (!legacy.ok || !modern.ok) return;
    expect(legacy.entry.fingerprint).toBe(modern.entry.fingerprint);
    expect(legacy.entry.articles).toEqual(modern.entry.articles);
  });

  it('reads plain text in UTF-8 and in Windows-1251, with the same fingerprint', () => {
    const text = fixture('texts/treaty-ru.txt');
    const a = importFile(file('dogovor.txt', utf8(text), 'text/plain'), environment);
    const b = importFile(file('dogovor-1251.txt', windows1251(text)), environment);
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(a.format).toBe('text');
    expect(a.entry.title).toBe('Договор о дружбе и сотрудничестве между Российской Федерацией и Республикой Примерия');
    expect(a.entry.articles.map((x) => x.heading)).toEqual(['Статья 1', 'Статья 2', 'Статья 3', 'Статья 4']);
    expect(b.entry.fingerprint).toBe(a.entry.fingerprint);
    expect(b.entry.articles).toEqual(a.entry.articles);
  });

  it.each([
    ['a joint statement (no articles)', file('statement.html', utf8(fixture('pages/xinhua-joint-statement-2021.html'))), 'no-articles'],
    ['a news story', file('news.html', utf8(fixture('pages/xinhua-sports-news.html'))), 'not-an-instrument'],
    ['an empty file', file('empty.txt', utf8('  \n ')), 'empty'],
    ['a PDF', file('treaty.pdf', Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0x00, 0x01, 0x02])), 'not-text'],
    ['a file over 8 MB', file('huge.txt', new Uint8Array(8 * 1024 * 1024 + 1).fill(0x41)), 'too-large'],
  ])('refuses %s and says why', (_name, input, reason) => {
    expect(importFile(input, environment)).toEqual({ ok: false, reason });
  });

  it('tells HTML from text by type, name, then content', () => {
    expect(isHtmlFile(file('a.bin', utf8('x'), 'text/html'))).toBe(true);
    expect(isHtmlFile(file('a.HTM', utf8('x')))).toBe(true);
    expect(isHtmlFile(file('a.txt', utf8('<p>x</p>')))).toBe(false);
    expect(isHtmlFile(file('saved', utf8('\uFEFF<!DOCTYPE html><p>x</p>')))).toBe(true);
    expect(isHtmlFile(file('notes', utf8('第一条 缔约双方……')))).toBe(false);
  });

  it('decodes by byte-order mark first', () => {
    const le = Uint8Array.from([0xff, 0xfe, ...[...'第一条'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    expect(decodeText(le, false)).toBe('第一条');
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Статья 1')]), false)).toBe('Статья 1');
  });
});
