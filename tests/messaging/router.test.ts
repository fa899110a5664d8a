import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClausemarkDb } from '../../storage/db';
import { createRouter, type BrowserEffects } from '../../messaging/router';

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const stats = { sections: 8, references: 32 };

const statement = {
  fingerprint: '0123456789abcdef',
  title: '中华人民共和国和俄罗斯联邦关于《中俄睦邻友好合作条约》签署二十周年的联合声明',
  kind: 'joint-statement',
  date: '2021-06-28',
  language: 'zh',
  parties: ['CN', 'RU'],
  url: 'http://www.news.cn/politics/leaders/2021-06/28/c_1127558469.htm',
};

describe('the background router', () => {
  let db: ClausemarkDb;
  let logged: string[];
  let route: ReturnType<typeof createRouter>;
  let effects: BrowserEffects & { opened: string[]; stats: unknown[] };

  beforeEach(async () => {
    db = new ClausemarkDb(`router-test-${Math.random()}`);
    await db.open();
    logged = [];
    effects = {
      opened: [],
      stats: [],
      extensionOrigin: `chrome-extension://${EXTENSION_ID}/`,
      async openTab(url) {
        effects.opened.push(url);
      },
      async openSidePanel() {
        return true;
      },
      async showPageStats(tabId, stats) {
        effects.stats.push({ tabId, ...stats });
      },
      async annotationsChanged() {},
      async libraryChanged() {},
      async rememberPlacements() {},
      async revealAnnotation() {
        return true;
      },
      async loadPagePart() {
        return true;
      },
    };
    route = createRouter({ db, extensionId: EXTENSION_ID, version: '1.2.3', effects, log: (m) => logged.push(m) });
  });

  afterEach(async () => {
    await db.delete();
  });

  it('answers a ping from this extension', async () => {
    expect(await route({ type: 'ping' }, { id: EXTENSION_ID })).toEqual({
      ok: true,
      value: { version: '1.2.3', databaseOpen: true },
    });
  });

  it('refuses, logs and ignores messages from any other sender', async () => {
    const reply = await route({ type: 'document/seen', document: statement, stats }, { id: 'someone-else' });
    expect(reply).toEqual({ ok: false, error: 'refused: unknown sender' });
    expect(logged).toHaveLength(1);
    expect(await db.documents.count()).toBe(0);
  });

  it('records a document once per fingerprint and keeps every URL it was seen at', async () => {
    await route({ type: 'document/seen', document: statement, stats }, { id: EXTENSION_ID, tabId: 7 });
    const mfa = { ...statement, url: 'https://www.mfa.gov.cn/web/zyxw/202106/t20210628_9137506.shtml' };
    const reply = await route({ type: 'document/seen', document: mfa, stats }, { id: EXTENSION_ID, tabId: 8 });
    expect(reply.ok).toBe(true);
    expect(effects.stats).toEqual([
      { tabId: 7, sections: 8, references: 32, annotations: 0, kind: 'joint-statement', date: '2021-06-28' },
      { tabId: 8, sections: 8, references: 32, annotations: 0, kind: 'joint-statement', date: '2021-06-28' },
    ]);
    const stored = await db.documents.toArray();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      id: statement.fingerprint,
      kind: 'joint-statement',
      parties: ['CN', 'RU'],
      urls: [statement.url, mfa.url],
    });
  });

  it('stores of a document\'s outline only the fields it knows', async () => {
    const outline = {
      sections: [{ eId: 'sec_1', label: '§一', heading: null }],
      clauses: [{ eId: 'sec_1__para_1', label: '§一 ¶1', section: 'sec_1', kind: 'paragraph' }],
      references: [{ kind: 'article', text: '第二十五条', eId: 'sec_1__para_1', instrument: { id: 'cn-ru-treaty-2001', title: '中俄睦邻友好合作条约' }, articles: [25], symbols: [] }],
    };
    const padded = {
      sections: [{ ...outline.sections[0], onclick: 'x' }],
      clauses: [{ ...outline.clauses[0], text: 'the whole clause' }],
      references: [{ ...outline.references[0], html: '<b>', instrument: { ...outline.references[0]!.instrument, extra: 1 } }],
      extra: [],
    };
    expect(await route({ type: 'document/seen', document: { ...statement, outline: padded }, stats }, { id: EXTENSION_ID })).toMatchObject({ ok: true });
    expect((await db.documents.get(statement.fingerprint))!.outline).toEqual(outline);
  });

  it('opens web pages and this extension\'s pages, and nothing else', async () => {
    expect(await route({ type: 'tab/open', url: 'https://zh.wikisource.org/wiki/条约' }, { id: EXTENSION_ID })).toEqual({ ok: true, value: { opened: true } });
    expect(await route({ type: 'tab/open', url: `chrome-extension://${EXTENSION_ID}/reader.html` }, { id: EXTENSION_ID })).toMatchObject({ ok: true });
    for (const url of ['javascript:alert(1)', 'chrome-extension://someotherextensionidxxxxxxxxxxxx/reader.html', 'file:///etc/passwd', 'data:text/html,hi']) {
      expect(await route({ type: 'tab/open', url }, { id: EXTENSION_ID })).toMatchObject({ ok: false });
    }
    expect(effects.opened).toEqual(['https://zh.wikisource.org/wiki/条约', `chrome-extension://${EXTENSION_ID}/reader.html`]);
  });

  it.each([
    ['not an object', 'ping', /not an object/],
    ['an unknown type', { type: 'wipe' }, /unknown message type/],
    ['a document without a fingerprint', { type: 'document/seen', document: { ...statement, fingerprint: 'x' }, stats }, /fingerprint/],
    ['a javascript: URL', { type: 'document/seen', document: { ...statement, url: 'javascript:alert(1)' }, stats }, /url/],
    ['an invented kind', { type: 'document/seen', document: { ...statement, kind: 'ultimatum' }, stats }, /kind/],
    ['a malformed date', { type: 'document/seen', document: { ...statement, date: '28.06.2021' }, stats }, /date/],
    ['negative counts', { type: 'document/seen', document: statement, stats: { sections: -1, references: 2 } }, /stats/],
  ])('refuses %s and writes nothing', async (_name, message, error) => {
    const reply = await route(message, { id: EXTENSION_ID });
    expect(reply.ok).toBe(false);
    expect(reply.ok ? '' : reply.error).toMatch(error);
    expect(await db.documents.count()).toBe(0);
  });
});
