import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { ClausemarkDb, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4 } from '../../storage/db';

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

const annotation = {
  id: '6f1c2b7e-2d4a-4a53-9a57-0d3c1e8f9b10',
  documentId: document.id,
  motivation: 'highlighting',
  target: {
    source: document.id,
    selector: [
      { type: 'TextQuoteSelector', exact: '根据条约第二十五条对其予以延期', prefix: '中俄元首高度评价条约的历史和现实价值，并同意', suffix: '。' },
      { type: 'TextPositionSelector', start: 310, end: 325 },
    ],
  },
  quote: '根据条约第二十五条对其予以延期',
  eId: 'sec_1__para_2',
  label: '§一 ¶2',
  body: { note: '延期五年，至2027年。', colour: 'yellow', tags: ['条约'] },
  created: '2026-11-03T10:00:00.000Z',
  modified: '2026-11-03T10:00:00.000Z',
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
    expect(db.verno).toBe(5);
    expect(await db.documents.toArray()).toEqual([document]);
    expect(await db.annotations.count()).toBe(0);
    db.close();
    await Dexie.delete(name);
  });

  it('version 2 → 3 keeps every document and annotation and adds empty library tables', async () => {
    const name = `upgrade-2-3-${Math.random()}`;
    const v2 = new Dexie(name);
    v2.version(2).stores(SCHEMA_V2);
    await v2.open();
    await v2.table('documents').add(document);
    await v2.table('annotations').add(annotation);
    v2.close();

    const db = new ClausemarkDb(name);
    await db.open();
    expect(db.verno).toBe(5);
    expect(await db.documents.toArray()).toEqual([document]);
    expect(await db.annotations.toArray()).toEqual([annotation]);
    expect(await db.annotations.where('documentId').equals(document.id).count()).toBe(1);
    expect([await db.libraryInstruments.count(), await db.libraryTexts.count(), await db.libraryArticles.count()]).toEqual([0, 0, 0]);
    db.close();
    await Dexie.delete(name);
  });

  it('version 3 → 4 keeps every record, finds documents by URL and by date, and drops the unused index of annotations', async () => {
    const name = `upgrade-3-4-${Math.random()}`;
    const undated = { ...document, id: 'fedcba9876543210', date: null, urls: ['https://example.org/a', document.urls[0]!] };
    const v3 = new Dexie(name);
    v3.version(3).stores(SCHEMA_V3);
    await v3.open();
    await v3.table('documents').bulkAdd([document, undated]);
    await v3.table('annotations').add(annotation);
    v3.close();

    const db = new ClausemarkDb(name);
    await db.open();
    expect(db.verno).toBe(5);
    expect(await db.documents.toArray()).toEqual([document, undated]);
    expect(await db.annotations.toArray()).toEqual([annotation]);
    expect(await db.documents.where('urls').equals(document.urls[0]!).primaryKeys()).toEqual([document.id, undated.id]);
    expect(await db.documents.where('urls').equals('https://example.org/a').primaryKeys()).toEqual([undated.id]);
    expect(await db.documents.where('date').equals('2021-06-28').primaryKeys()).toEqual([document.id]);
    expect(db.annotations.schema.indexes.map((i) => i.name)).toEqual(['documentId']);
    expect(await db.annotations.where('documentId').equals(document.id).count()).toBe(1);
    db.close();
    await Dexie.delete(name);
  });

  it('version 4 → 5 keeps every record, the library included, and adds an empty list of removed texts', async () => {
    const name = `upgrade-4-5-${Math.random()}`;
    const instrument = { id: 'cn-ru-treaty-2001', registered: true, title: '中华人民共和国和俄罗斯联邦睦邻友好合作条约', kind: 'treaty', inUse: 'aa11', created: document.created, modified: document.created };
    const text = { fingerprint: 'aa11', instrumentId: instrument.id, title: instrument.title, kind: 'treaty', language: 'zh', date: '2001-07-16', urls: [], files: ['t.txt'], articleCount: 1, created: document.created, lastSeen: document.created, modified: document.created };
    const article = { fingerprint: 'aa11', number: 25, eId: 'art_25', heading: '第二十五条', caption: null, clauses: [{ eId: 'art_25', label: '25', text: '本条约有效期为二十年。' }] };
    const v4 = new Dexie(name);
    v4.version(4).stores(SCHEMA_V4);
    await v4.open();
    await v4.table('documents').add(document);
    await v4.table('annotations').add(annotation);
    await v4.table('libraryInstruments').add(instrument);
    await v4.table('libraryTexts').add(text);
    await v4.table('libraryArticles').add(article);
    v4.close();

    const db = new ClausemarkDb(name);
    await db.open();
    expect(db.verno).toBe(5);
    expect(await db.documents.toArray()).toEqual([document]);
    expect(await db.annotations.toArray()).toEqual([annotation]);
    expect(await db.libraryInstruments.toArray()).toEqual([instrument]);
    expect(await db.libraryTexts.toArray()).toEqual([text]);
    expect(await db.libraryArticles.toArray()).toEqual([article]);
    expect(await db.libraryRemoved.count()).toBe(0);
    db.close();
    await Dexie.delete(name);
  });
});
