import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../lib/analysis/analyze';
import { readabilityArticle } from '../../lib/analysis/extract-readability';
import { libraryEntry } from '../../lib/library/articles';
import { articleQueries } from '../../lib/library/jump';
import type { LibraryEntry } from '../../lib/library/types';
import { createRouter, type BrowserEffects } from '../../messaging/router';
import { ClausemarkDb } from '../../storage/db';
import { removeInstrument } from '../../storage/library';
import { page } from '../helpers';

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const URL = 'https://www.mfa.gov.cn/web/ziliao_674904/tytj_674911/tyfg_674913/200107/t20010716_7947892.shtml';
const sender = { id: EXTENSION_ID, tabId: 3, url: URL };

const made = libraryEntry(analyzeDocument(page('treaty-cn-ru-2001-mfa.html'), { readability: readabilityArticle })!, { url: URL });
if (!made.ok) throw new Error(made.reason);
/** The 2001 Treaty as a content script sends it: through structured cloning, so plain JSON. */
const entry: LibraryEntry = JSON.parse(JSON.stringify(made.entry));
const statement = analyzeDocument(page('xinhua-joint-statement-2021.html'), { readability: readabilityArticle })!.analysis;

/** `entry` with one change, for the refusals. */
function changed(edit: (e: any) => void): unknown {
  const copy = JSON.parse(JSON.stringify(entry));
  edit(copy);
  return copy;
}

describe('the library part of the protocol', () => {
  let db: ClausemarkDb;
  let logged: string[];
  let route: ReturnType<typeof createRouter>;
  let changes: string[][];

  beforeEach(async () => {
    db = new ClausemarkDb(`library-router-test-${Math.random()}`);
    await db.open();
    logged = [];
    changes = [];
    // The library's handlers ask only that open pages be told of a change.
    const effects = {
      extensionOrigin: `chrome-extension://${EXTENSION_ID}/`,
      libraryChanged: async (ids: readonly string[]) => void changes.push([...ids]),
    } as unknown as BrowserEffects;
    route = createRouter({ db, extensionId: EXTENSION_ID, version: '1.2.3', effects, log: (m) => logged.push(m) });
  });

  afterEach(async () => {
    await db.delete();
  });

  it('adds a treaty from a content script, then answers one look-up for a whole statement page', async () => {
    expect(await route({ type: 'library/add', entry }, sender)).toEqual({
      ok: true,
      value: { instrumentId: 'cn-ru-treaty-2001', outcome: 'added', inUse: entry.fingerprint, title: '中华人民共和国和俄罗斯联邦睦邻友好合作条约' },
    });
    expect(await route({ type: 'library/add', entry }, sender)).toMatchObject({ ok: true, value: { outcome: 'known' } });
    // Open pages are told once, when the instrument arrived; storing it again changes nothing they show.
    expect(changes).toEqual([['cn-ru-treaty-2001']]);

    const reply = await route({ type: 'library/lookup', instruments: articleQueries(statement.references) }, { id: EXTENSION_ID, tabId: 4 });
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    const { instruments } = reply.value as { instruments: Array<{ id: string; articles: Array<{ number: number; heading: string }> }> };
    expect(instruments.map((i) => [i.id, i.articles.map((a) => a.heading)])).toEqual([['cn-ru-treaty-2001', ['第七条', '第十条', '第十六条', '第十七条', '第二十五条']]]);
  });

  it.each([
    ['an entry that is not an object', 'treaty', /entry: not an object/],
    ['a text filed under another instrument', changed((e) => (e.instrument.id = 'npt')), /does not match the title/],
    ['a made-up registry flag', changed((e) => (e.instrument.registered = false)), /does not match the title/],
    ['a joint statement', changed((e) => (e.kind = 'joint-statement')), /entry.kind/],
    ['a javascript: source', changed((e) => (e.source = { url: 'javascript:alert(1)' })), /source.url/],
    ['a file source (only the reader page imports files)', changed((e) => (e.source = { file: 'a.txt' })), /source.url/],
    ['no articles', changed((e) => (e.articles = [])), /entry.articles/],
    ['an article whose eId is not its number', changed((e) => (e.articles[0].eId = 'art_2')), /articles\[0\].eId/],
    ['the same article twice', changed((e) => (e.articles[1].number = 1)), /articles\[1\].number/],
    ['a clause of another article', changed((e) => (e.articles[0].clauses[0].eId = 'art_9__para_1')), /clauses\[0\].eId/],
    ['a malformed eId', changed((e) => (e.articles[1].clauses[0].eId = 'art_2__<img>')), /clauses\[0\].eId/],
    ['a clause of 20,001 characters', changed((e) => (e.articles[0].clauses[0].text = '条'.repeat(20_001))), /clauses\[0\].text/],
    ['a clause text that is not a string', changed((e) => (e.articles[0].clauses[0].text = { html: '<b>' })), /clauses\[0\].text/],
    ['a bad fingerprint', changed((e) => (e.fingerprint = 'not-hex')), /fingerprint/],
    ['a date in another form', changed((e) => (e.date = '16.07.2001')), /entry.date/],
  ])('refuses %s and stores nothing', async (_name, bad, error) => {
    const reply = await route({ type: 'library/add', entry: bad }, sender);
    expect(reply.ok).toBe(false);
    expect(reply.ok ? '' : reply.error).toMatch(error);
    expect([await db.libraryInstruments.count(), await db.libraryTexts.count(), await db.libraryArticles.count()]).toEqual([0, 0, 0]);
  });

  it('does not store again unasked a treaty the user removed; stores it when asked, and tells open pages', async () => {
    await route({ type: 'library/add', entry }, sender);
    await removeInstrument(db, 'cn-ru-treaty-2001');
    expect(await route({ type: 'library/add', entry }, sender)).toEqual({
      ok: true,
      value: { instrumentId: 'cn-ru-treaty-2001', outcome: 'removed-before', inUse: null, title: entry.title },
    });
    expect(await db.libraryTexts.count()).toBe(0);
    expect(await route({ type: 'library/add', entry, again: 'yes' }, sender)).toMatchObject({ ok: false, error: expect.stringMatching(/again/) });
    expect(await route({ type: 'library/add', entry, again: true }, sender)).toMatchObject({ ok: true, value: { outcome: 'added', inUse: entry.fingerprint } });
    expect(await db.libraryArticles.count()).toBe(entry.articles.length);
    expect(changes).toEqual([['cn-ru-treaty-2001'], ['cn-ru-treaty-2001']]);
    // Back in the library, it is an ordinary text again: seen again, it is known.
    expect(await route({ type: 'library/add', entry }, sender)).toMatchObject({ ok: true, value: { outcome: 'known' } });
  });

  it('keeps only the fields it knows', async () => {
    const extra = changed((e) => {
      e.articles[0].clauses[0].onclick = 'alert(1)';
      e.inUse = true;
    });
    expect(await route({ type: 'library/add', entry: extra }, sender)).toMatchObject({ ok: true });
    const stored = await db.libraryArticles.get([entry.fingerprint, 1]);
    expect(Object.keys(stored!.clauses[0]!).sort()).toEqual(['eId', 'label', 'text']);
  });

  it.each([
    ['too many instruments', Array.from({ length: 201 }, (_, i) => ({ id: `x-${i}`, articles: [] })), /instruments/],
    ['an id with a path in it', [{ id: '../secrets', articles: [1] }], /instruments\[0\].id/],
    ['article numbers that are not numbers', [{ id: 'npt', articles: ['6'] }], /instruments\[0\].articles/],
    ['article zero', [{ id: 'npt', articles: [0] }], /instruments\[0\].articles/],
  ])('refuses a look-up with %s', async (_name, instruments, error) => {
    const reply = await route({ type: 'library/lookup', instruments }, sender);
    expect(reply.ok ? '' : reply.error).toMatch(error);
  });
});
