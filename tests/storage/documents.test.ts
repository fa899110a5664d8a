import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ANALYSIS_VERSION } from '../../lib/analysis/version';
import { parseStoredDocument } from '../../lib/records/document';
import { listDocuments, recordDocumentSeen } from '../../storage/documents';
import type { DocumentSummary, StoredAnnotation, StoredDocument } from '../../storage/types';
import { freshDatabases } from './fresh-db';

const KREMLIN = 'http://kremlin.ru/supplement/6132';
const MID = 'https://www.mid.ru/ru/foreign_policy/international_contracts/1234567/';
const TITLE = 'Совместное заявление Российской Федерации и Китайской Народной Республики об углублении отношений всеобъемлющего партнёрства';
/** The fingerprint an older analysis gave the statement (ё kept, signature lines counted), and today's. */
const OLD_ID = '1111aaaa2222bbbb';
const NEW_ID = '3333cccc4444dddd';

function oldRecord(overrides: Partial<StoredDocument> = {}): StoredDocument {
  // Made by the first release: no `analysis` field.
  return {
    id: OLD_ID, title: TITLE, kind: 'joint-statement', date: '2023-03-21', language: 'ru', parties: ['RU', 'CN'],
    urls: [MID, KREMLIN], created: '2026-03-01T10:00:00.000Z', lastSeen: '2026-03-02T10:00:00.000Z', modified: '2026-03-01T10:00:00.000Z',
    ...overrides,
  };
}

function note(n: number, documentId: string): StoredAnnotation {
  return {
    id: `00000000-0000-4000-8000-00000000000${n}`,
    documentId,
    motivation: n === 1 ? 'highlighting' : 'commenting',
    target: { source: documentId, selector: [{ type: 'TextQuoteSelector', exact: 'всеобъемлющего партнёрства', prefix: 'отношений ', suffix: ' и стратегического' }] },
    quote: 'всеобъемлющего партнёрства',
    eId: 'sec_1__para_3',
    label: '§I ¶3',
    body: { note: n === 1 ? '' : 'Формула 2019 года.', colour: 'green', tags: ['партнёрство'] },
    created: `2026-03-01T10:0${n}:00.000Z`,
    modified: `2026-03-01T10:0${n}:30.000Z`,
  };
}

function seen(fingerprint: string, url: string, title: string | null = TITLE.replace('партнёрства', 'партнерства')): DocumentSummary {
  return { fingerprint, title, kind: 'joint-statement', date: '2023-03-21', language: 'ru', parties: ['RU', 'CN'], url };
}

const database = freshDatabases('documents').open;

describe('recordDocumentSeen across versions of the analysis', () => {
  it('carries a document made by an older analysis over to its new fingerprint, with its URLs, first sight and notes', async () => {
    const db = await database();
    await db.documents.add(oldRecord());
    await db.annotations.bulkAdd([note(1, OLD_ID), note(2, OLD_ID)]);

    const record = await recordDocumentSeen(db, seen(NEW_ID, KREMLIN), new Date('2026-11-24T09:00:00Z'));
    expect(record).toMatchObject({ id: NEW_ID, analysis: ANALYSIS_VERSION, urls: [MID, KREMLIN], created: '2026-03-01T10:00:00.000Z', lastSeen: '2026-11-24T09:00:00.000Z' });
    expect((await listDocuments(db)).map((d) => d.id)).toEqual([NEW_ID]);
    const notes = await db.annotations.toArray();
    expect(notes.map((a) => [a.documentId, a.target.source])).toEqual([[NEW_ID, NEW_ID], [NEW_ID, NEW_ID]]);
    // Nobody edited the notes: their own times, bodies and selectors are as they were.
    expect(notes.map((a) => ({ ...a, documentId: OLD_ID, target: { ...a.target, source: OLD_ID } }))).toEqual([note(1, OLD_ID), note(2, OLD_ID)]);

    // Seen again: nothing more to carry over.
    await recordDocumentSeen(db, seen(NEW_ID, MID));
    expect((await listDocuments(db)).map((d) => d.id)).toEqual([NEW_ID]);
  });

  it('absorbs an older record that came back after the new one existed (an old backup imported)', async () => {
    const db = await database();
    await recordDocumentSeen(db, seen(NEW_ID, KREMLIN), new Date('2026-11-24T09:00:00Z'));
    await db.documents.add(oldRecord());
    await db.annotations.add(note(2, OLD_ID));
    const record = await recordDocumentSeen(db, seen(NEW_ID, KREMLIN), new Date('2026-11-24T10:00:00Z'));
    expect(record).toMatchObject({ id: NEW_ID, urls: [KREMLIN, MID], created: '2026-03-01T10:00:00.000Z' });
    expect((await listDocuments(db)).map((d) => d.id)).toEqual([NEW_ID]);
    expect((await db.annotations.toArray()).map((a) => a.documentId)).toEqual([NEW_ID]);
  });

  it('keeps apart what is not the same document: another title at the URL, a record of this analysis, a URL never shared', async () => {
    const db = await database();
    await db.documents.bulkAdd([
      // The page at this URL once held another statement.
      oldRecord({ id: 'aaaa000000000001', title: 'Заявление МИД России в связи с ситуацией вокруг Договора', urls: [KREMLIN] }),
      // The same title, made by this analysis: the text itself changed, and both versions are kept.
      oldRecord({ id: 'aaaa000000000002', urls: [KREMLIN], analysis: ANALYSIS_VERSION }),
      // The same title, older, but only ever seen elsewhere.
      oldRecord({ id: 'aaaa000000000003', urls: ['https://www.fmprc.gov.cn/rus/zxxx/202303/t20230322_11046188.html'] }),
    ]);
    await recordDocumentSeen(db, seen(NEW_ID, KREMLIN));
    expect((await db.documents.toCollection().primaryKeys()).sort()).toEqual([NEW_ID, 'aaaa000000000001', 'aaaa000000000002', 'aaaa000000000003']);
    // A page without a title takes nothing over.
    const untitled = await database();
    await untitled.documents.add(oldRecord({ title: null }));
    await recordDocumentSeen(untitled, seen(NEW_ID, KREMLIN, null));
    expect((await untitled.documents.toCollection().primaryKeys()).sort()).toEqual([OLD_ID, NEW_ID].sort());
  });

  it('a backup keeps the version of the analysis and refuses one that is not a version', () => {
    const stored = { ...oldRecord(), analysis: ANALYSIS_VERSION };
    expect(parseStoredDocument(stored)).toEqual({ ok: true, value: stored });
    expect(parseStoredDocument(oldRecord())).toEqual({ ok: true, value: oldRecord() });
    for (const analysis of [0, 1.5, '2', null]) expect(parseStoredDocument({ ...oldRecord(), analysis }).ok).toBe(false);
  });
});
