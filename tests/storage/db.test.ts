import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { ClausemarkDb, SCHEMA_V1 } from '../../storage/db';

const document = {
  id: '566c6255987369c5',
  title: '中华人民共和国和俄罗斯联邦关于《中俄睦邻友好合作条约》签署二十周年的联合声明',
  kind: 'joint-statement',
  date: '2021-06-28',
  language: 'zh',
  parties: ['CN', 'RU'],
  urls: ['http://www.news.cn/politics/leaders/2021-06/28/c_1127558469.htm'],
  created: '2026-11-01T10:00:00.000Z',
  lastSeen: '2026-11-02T10:00:00.000Z',
  modified: '2026-11-01T10:00:00.000Z',
};

describe('schema upgrades', () => {
  it('version 1 → 2 keeps every document and adds an empty annotations table', async () => {
    const name = `upgrade-1-2-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    await v1.open();
    await v1.table('documents').add(document);
    v1.close();

    const db = new ClausemarkDb(name);
    await db.open();
    expect(db.verno).toBe(2);
    expect(await db.documents.toArray()).toEqual([document]);
    expect(await db.annotations.count()).toBe(0);
    db.close();
    await Dexie.delete(name);
  });
});
