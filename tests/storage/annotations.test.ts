import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { annotationsForPage, restoreAnnotation } from '../../storage/annotations';
import type { StoredAnnotation, StoredDocument } from '../../storage/types';
import { watchTraffic } from './traffic';
import { freshDatabases } from './fresh-db';

const TIME = '2026-01-01T00:00:00.000Z';
const fingerprint = (n: number) => n.toString(16).padStart(16, '0');

function document(n: number, title: string | null, date: string | null, urls = [`https://example.org/${n}`]): StoredDocument {
  return { id: fingerprint(n), title, kind: 'joint-statement', date, language: 'en', parties: [], urls, created: TIME, lastSeen: TIME, modified: TIME };
}

function annotation(n: number, documentId: string, modified = TIME): StoredAnnotation {
  return {
    id: `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`,
    documentId,
    motivation: 'highlighting',
    target: { source: documentId, selector: [{ type: 'TextQuoteSelector', exact: 'both sides', prefix: '', suffix: '' }] },
    quote: 'both sides',
    eId: null,
    label: null,
    body: { note: '', colour: 'yellow', tags: [] },
    created: `2026-01-01T00:00:0${n % 10}.000Z`,
    modified,
  };
}

const databases = freshDatabases('annotations');
const database = databases.create;

describe('annotationsForPage', () => {
  it('takes another document for a version of the page by URL, or by title and date, never by a title alone', async () => {
    const db = database();
    await db.open();
    await db.documents.bulkAdd([
      document(1, 'Joint Statement', null),
      document(2, 'JOINT  STATEMENT', null),
      document(3, 'Joint Statement', '2021-06-28'),
      document(4, 'Joint\u00ADStatement\u200B', '2021-06-28'),
      document(5, 'Another text', null, ['https://example.org/shared', 'https://example.org/5']),
      document(6, 'Joint Statement', '2022-02-04'),
    ]);
    await db.annotations.bulkAdd([1, 2, 3, 4, 5, 6].map((n) => annotation(n, fingerprint(n))));
    const on = async (page: { documentId: string; url: string | null; title: string | null; date: string | null }) =>
      (await annotationsForPage(db, page)).map((a) => a.documentId);

    // Two unrelated documents of the same generic title and no date are not versions of each other.
    expect(await on({ documentId: fingerprint(2), url: 'https://other.example/x', title: 'Joint Statement', date: null })).toEqual([fingerprint(2)]);
    // Same title (folded: case, spaces, soft hyphens, zero-width spaces) and same date: a version.
    expect(await on({ documentId: fingerprint(3), url: null, title: 'joint statement', date: '2021-06-28' })).toEqual([fingerprint(3), fingerprint(4)]);
    // Same URL: a version, whatever its title and date.
    expect(await on({ documentId: fingerprint(9), url: 'https://example.org/shared', title: null, date: null })).toEqual([fingerprint(5)]);
  });

  it('looks other versions up through indexes, without reading every document', async () => {
    const db = database();
    const traffic = watchTraffic(db);
    await db.open();
    await db.documents.bulkAdd(Array.from({ length: 200 }, (_, i) => document(i + 1, `Statement ${i % 7}`, i % 2 ? '2021-06-28' : null)));
    await db.annotations.bulkAdd([annotation(1, fingerprint(1)), annotation(2, fingerprint(2))]);
    const list = await annotationsForPage(db, { documentId: fingerprint(2), url: 'https://example.org/1', title: 'Statement 1', date: '2021-06-28' });
    expect(list.map((a) => a.documentId)).toEqual([fingerprint(1), fingerprint(2)]);
    expect(traffic.scans).toEqual({});
  });
});

describe('restoreAnnotation', () => {
  it('puts a deleted annotation back, but never over one with its id', async () => {
    const db = database();
    await db.open();
    const older = annotation(1, fingerprint(1));
    expect(await restoreAnnotation(db, older)).toBe(true);
    expect(await db.annotations.get(older.id)).toEqual(older);
    const newer = { ...older, body: { ...older.body, note: 'newer' }, modified: '2026-02-01T00:00:00.000Z' };
    await db.annotations.put(newer);
    expect(await restoreAnnotation(db, older)).toBe(false);
    expect(await db.annotations.get(older.id)).toEqual(newer);
  });
});
