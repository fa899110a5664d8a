import 'fake-indexeddb/auto';
import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyzeDocument, analyzeText } from '../../lib/analysis/analyze';
import { readabilityArticle } from '../../lib/analysis/extract-readability';
import { libraryEntry } from '../../lib/library/articles';
import { importFile } from '../../lib/library/import';
import type { LibraryEntry } from '../../lib/library/types';
import { ClausemarkDb } from '../../storage/db';
import {
  addToLibrary, chooseText, listLibrary, lookupArticles, readArticles, readInstrument, removeInstrument, removeText, storeImport,
} from '../../storage/library';
import { fixture, page } from '../helpers';

const MFA_URL = 'https://www.mfa.gov.cn/web/ziliao_674904/tytj_674911/tyfg_674913/200107/t20010716_7947892.shtml';
const MIRROR_URL = 'http://www.gov.cn/gongbao/content/2001/content_60932.htm';
const environment = { parseHtml: (html: string) => new JSDOM(html).window.document };

function entryOf(made: ReturnType<typeof libraryEntry>): LibraryEntry {
  if (!made.ok) throw new Error(made.reason);
  return made.entry;
}

/** The 2001 Treaty from the MFA page. */
const mfa = (url = MFA_URL) => entryOf(libraryEntry(analyzeDocument(page('treaty-cn-ru-2001-mfa.html'), { readability: readabilityArticle })!, { url }));

/** Another copy of the 2001 Treaty: the same title, Article 25 worded otherwise (a later publication). */
function revisedCopy(): LibraryEntry {
  const document = page('treaty-cn-ru-2001-mfa.html');
  const text = [...document.querySelectorAll('.news-title h1, .news-main p')].map((p) => p.textContent).join('\n').replace('批准书在北京互换。', '批准书在北京互换。本条约以中文和俄文写成。');
  return entryOf(libraryEntry(analyzeText(text), { file: '条约-修订本.txt' }));
}

const at = (iso: string) => new Date(iso);

describe('the treaty library', () => {
  let db: ClausemarkDb;
  beforeEach(async () => {
    db = new ClausemarkDb(`library-test-${Math.random()}`);
    await db.open();
  });
  afterEach(async () => {
    await db.delete();
  });

  it('stores a treaty under its instrument, and the same text twice as one record with both URLs', async () => {
    const first = await addToLibrary(db, mfa(), at('2026-11-25T10:00:00Z'));
    expect(first).toEqual({ instrumentId: 'cn-ru-treaty-2001', outcome: 'added', inUse: mfa().fingerprint, title: '中华人民共和国和俄罗斯联邦睦邻友好合作条约' });
    const again = await addToLibrary(db, mfa(MIRROR_URL), at('2026-11-26T10:00:00Z'));
    expect(again.outcome).toBe('known');
    await addToLibrary(db, mfa(MFA_URL), at('2026-11-27T10:00:00Z'));

    expect(await db.libraryTexts.count()).toBe(1);
    expect(await db.libraryArticles.count()).toBe(25);
    expect(await db.libraryTexts.get(mfa().fingerprint)).toEqual({
      fingerprint: mfa().fingerprint,
      instrumentId: 'cn-ru-treaty-2001',
      title: '中华人民共和国和俄罗斯联邦睦邻友好合作条约',
      kind: 'treaty',
      language: 'zh',
      date: '2001-07-16',
      urls: [MFA_URL, MIRROR_URL],
      files: [],
      articleCount: 25,
      created: '2026-11-25T10:00:00.000Z',
      lastSeen: '2026-11-27T10:00:00.000Z',
      modified: '2026-11-26T10:00:00.000Z',
    });
    expect((await readArticles(db, mfa().fingerprint)).map((a) => a.heading).slice(0, 3)).toEqual(['第一条', '第二条', '第三条']);
  });

  it('keeps a different copy beside the one in use, which stays in use until the user chooses', async () => {
    const original = mfa();
    const revised = revisedCopy();
    expect(revised.instrument.id).toBe('cn-ru-treaty-2001');
    expect(revised.fingerprint).not.toBe(original.fingerprint);
    await addToLibrary(db, original, at('2026-11-25T10:00:00Z'));
    expect(await addToLibrary(db, revised, at('2026-11-26T10:00:00Z'))).toMatchObject({ outcome: 'other-copy', inUse: original.fingerprint });

    const shown = await readInstrument(db, 'cn-ru-treaty-2001');
    expect(shown!.texts.map((t) => [t.fingerprint, t.urls, t.files])).toEqual([
      [original.fingerprint, [MFA_URL], []],
      [revised.fingerprint, [], ['条约-修订本.txt']],
    ]);
    const lookup = async () => (await lookupArticles(db, [{ id: 'cn-ru-treaty-2001', articles: [25] }]))[0]!.articles[0]!.text;
    expect(await lookup()).toBe('本条约须经批准，自互换批准书之日起生效。批准书在北京互换。\n本条约有效期为二十年。如缔约任何一方在本条约期满前一年未以书面形式通知缔约另一方要求终止本条约，则本条约将自动延长五年，并依此法顺延。');

    await chooseText(db, 'cn-ru-treaty-2001', revised.fingerprint, at('2026-11-27T10:00:00Z'));
    expect(await lookup()).toMatch(/^本条约须经批准，自互换批准书之日起生效。批准书在北京互换。本条约以中文和俄文写成。\n/);
    expect((await listLibrary(db)).map((l) => [l.instrument.id, l.text?.fingerprint, l.texts])).toEqual([['cn-ru-treaty-2001', revised.fingerprint, 2]]);
  });

  it('refuses to put in use a text of another instrument, and changes nothing', async () => {
    await addToLibrary(db, mfa());
    const primeria = entryOf(libraryEntry(analyzeText(fixture('texts/treaty-ru.txt')), { file: 'dogovor.txt' }));
    await addToLibrary(db, primeria);
    await expect(chooseText(db, 'cn-ru-treaty-2001', primeria.fingerprint)).rejects.toThrow(/no text/);
    await expect(chooseText(db, 'npt', primeria.fingerprint)).rejects.toThrow(/no instrument/);
    expect((await db.libraryInstruments.get('cn-ru-treaty-2001'))!.inUse).toBe(mfa().fingerprint);
  });

  it('looks up several instruments at once, leaving out what it does not hold', async () => {
    await addToLibrary(db, mfa());
    const found = await lookupArticles(db, [
      { id: 'cn-ru-treaty-2001', articles: [16, 17, 99] },
      { id: 'npt', articles: [6] },
    ]);
    expect(found).toEqual([
      {
        id: 'cn-ru-treaty-2001',
        title: '中华人民共和国和俄罗斯联邦睦邻友好合作条约',
        fingerprint: mfa().fingerprint,
        articles: [
          {
            number: 16,
            heading: '第十六条',
            text: '缔约双方将在互利基础上开展经贸、军事技术、科技、能源、运输、核能、金融、航天航空、信息技术及其他双方共同感兴趣领域的合作，促进两国边境和地方间经贸合作的发展，并根据本国法律为此创造必要的良好条件。\n缔约双方将大力促进发展两国之间的投资合作，保护缔约一方的投资者在缔约另一方境内的合法权益。',
          },
          {
            number: 17,
            heading: '第十七条',
            text: '缔约双方将在国际金融机构、经济组织和论坛中开展合作，并根据这些机构、组织和论坛的章程，促进缔约一方加入其中缔约另一方已是成员的上述机构、组织和论坛。',
          },
        ],
      },
    ]);
  });

  it('removes a text (the next one goes in use), then the last text with its instrument', async () => {
    const original = mfa();
    const revised = revisedCopy();
    await addToLibrary(db, original, at('2026-11-25T10:00:00Z'));
    await addToLibrary(db, revised, at('2026-11-26T10:00:00Z'));
    expect(await removeText(db, original.fingerprint)).toEqual({ instrumentId: 'cn-ru-treaty-2001', inUse: revised.fingerprint });
    expect(await db.libraryArticles.count()).toBe(25);
    expect(await removeText(db, revised.fingerprint)).toEqual({ instrumentId: 'cn-ru-treaty-2001', inUse: null });
    expect([await db.libraryInstruments.count(), await db.libraryTexts.count(), await db.libraryArticles.count()]).toEqual([0, 0, 0]);
    expect(await removeText(db, revised.fingerprint)).toBeUndefined();
  });

  it('remembers what the user removed: a page does not store it again, an import or an explicit add does', async () => {
    const original = mfa();
    const revised = revisedCopy();
    await addToLibrary(db, original, at('2026-11-25T10:00:00Z'));
    await addToLibrary(db, revised, at('2026-11-26T10:00:00Z'));
    await removeText(db, revised.fingerprint, at('2026-11-27T10:00:00Z'));
    expect(await db.libraryRemoved.toArray()).toEqual([
      { fingerprint: revised.fingerprint, instrumentId: 'cn-ru-treaty-2001', title: revised.title, removed: '2026-11-27T10:00:00.000Z' },
    ]);
    // The removed copy, met again on its page: refused; the copy in use stays so.
    expect(await addToLibrary(db, revised)).toEqual({ instrumentId: 'cn-ru-treaty-2001', outcome: 'removed-before', inUse: original.fingerprint, title: original.title });
    expect(await db.libraryTexts.get(revised.fingerprint)).toBeUndefined();
    // Every text of a removed instrument is remembered; the instrument's own page leaves it out.
    await removeInstrument(db, 'cn-ru-treaty-2001', at('2026-11-28T10:00:00Z'));
    expect((await db.libraryRemoved.toArray()).map((r) => [r.fingerprint, r.removed]).sort()).toEqual(
      [[original.fingerprint, '2026-11-28T10:00:00.000Z'], [revised.fingerprint, '2026-11-27T10:00:00.000Z']].sort(),
    );
    expect(await addToLibrary(db, original)).toMatchObject({ outcome: 'removed-before', inUse: null });
    expect(await listLibrary(db)).toEqual([]);
    // Asked for: stored, and no longer remembered as removed.
    expect(await addToLibrary(db, original, at('2026-11-29T10:00:00Z'), { again: true })).toMatchObject({ outcome: 'added', inUse: original.fingerprint });
    expect(await db.libraryRemoved.get(original.fingerprint)).toBeUndefined();
    const imported = await storeImport(db, { ok: true, format: 'text', entry: { ...revised, source: { file: 'treaty.txt' } } });
    expect(imported).toMatchObject({ ok: true, added: { outcome: 'other-copy' } });
    expect(await db.libraryRemoved.count()).toBe(0);
  });

  it('removes an instrument with every text and article', async () => {
    await addToLibrary(db, mfa());
    await addToLibrary(db, revisedCopy());
    const primeria = entryOf(libraryEntry(analyzeText(fixture('texts/treaty-ru.txt')), { file: 'dogovor.txt' }));
    await addToLibrary(db, primeria);
    expect(await removeInstrument(db, 'cn-ru-treaty-2001')).toBe(2);
    expect((await listLibrary(db)).map((l) => l.instrument.id)).toEqual([primeria.instrument.id]);
    expect(await db.libraryArticles.count()).toBe(primeria.articles.length);
  });

  it('imports a file, and stores nothing from a file without articles', async () => {
    const bad = await storeImport(db, importFile({ name: 'statement.html', type: 'text/html', bytes: new TextEncoder().encode(fixture('pages/xinhua-joint-statement-2021.html')) }, environment));
    expect(bad).toEqual({ ok: false, reason: 'no-articles' });
    expect([await db.libraryInstruments.count(), await db.libraryTexts.count(), await db.libraryArticles.count()]).toEqual([0, 0, 0]);

    const good = await storeImport(db, importFile({ name: 'dogovor.txt', type: 'text/plain', bytes: new TextEncoder().encode(fixture('texts/treaty-ru.txt')) }, environment));
    expect(good).toMatchObject({ ok: true, added: { outcome: 'added', instrumentId: expect.stringMatching(/^local-/) } });
    expect(await db.libraryArticles.count()).toBe(4);
  });
});
