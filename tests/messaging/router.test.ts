import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClausemarkDb } from '../../storage/db';
import { createRouter } from '../../messaging/router';

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';

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

  beforeEach(async () => {
    db = new ClausemarkDb(`router-test-${Math.random()}`);
    await db.open();
    logged = [];
    route = createRouter({ db, extensionId: EXTENSION_ID, version: '1.2.3', log: (m) => logged.push(m) });
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
    const reply = await route({ type: 'document/seen', document: statement }, { id: 'someone-else' });
    expect(reply).toEqual({ ok: false, error: 'refused: unknown sender' });
    expect(logged).toHaveLength(1);
    expect(await db.documents.count()).toBe(0);
  });

  it('records a document once per fingerprint and keeps every URL it was seen at', async () => {
    await route({ type: 'document/seen', document: statement }, { id: EXTENSION_ID });
    const mfa = { ...statement, url: 'https://www.mfa.gov.cn/web/zyxw/202106/t20210628_9137506.shtml' };
    const reply = await route({ type: 'document/seen', document: mfa }, { id: EXTENSION_ID });
    expect(reply.ok).toBe(true);
    const stored = await db.documents.toArray();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      id: statement.fingerprint,
      kind: 'joint-statement',
      parties: ['CN', 'RU'],
      urls: [statement.url, mfa.url],
    });
  });

  it.each([
    ['not an object', 'ping', /not an object/],
    ['an unknown type', { type: 'wipe' }, /unknown message type/],
    ['a document without a fingerprint', { type: 'document/seen', document: { ...statement, fingerprint: 'x' } }, /fingerprint/],
    ['a javascript: URL', { type: 'document/seen', document: { ...statement, url: 'javascript:alert(1)' } }, /url/],
    ['an invented kind', { type: 'document/seen', document: { ...statement, kind: 'ultimatum' } }, /kind/],
    ['a malformed date', { type: 'document/seen', document: { ...statement, date: '28.06.2021' } }, /date/],
  ])('refuses %s and writes nothing', async (_name, message, error) => {
    const reply = await route(message, { id: EXTENSION_ID });
    expect(reply.ok).toBe(false);
    expect(reply.ok ? '' : reply.error).toMatch(error);
    expect(await db.documents.count()).toBe(0);
  });
});
