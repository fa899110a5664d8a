/**
 * The Clausemark database. Lives in the extension's origin: the background service worker
 * and extension pages (side panel, options, reader) open it; content scripts never do.
 *
 * Schema versions are dated constants, each with a named upgrade function where data has to
 * move, and a test that seeds the previous version and opens this one.
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { StoredAnnotation, StoredDocument } from './types';
import type { LibraryArticleRecord, LibraryInstrumentRecord, LibraryRemovedRecord, LibraryTextRecord } from './library';

export const DATABASE_NAME = 'clausemark';

/** Version 1 (2026-11-24): documents by fingerprint. */
export const SCHEMA_V1 = {
  documents: 'id, lastSeen',
} as const;

/**
 * Version 2 (2026-11-24): annotations, listed per document and, for sync and export, by
 * modification time. Quotes and notes are not indexed (long text); search runs over the
 * annotations of the documents in view.
 */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  annotations: 'id, documentId, modified',
} as const;

/**
 * Version 3 (2026-11-25): the treaty library. An instrument names the text in use; a text is
 * one copy (by fingerprint) with its sources; articles are keyed by text and number, so that
 * a reference's look-up reads only the articles it cites. Article text is not indexed.
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  libraryInstruments: 'id',
  libraryTexts: 'fingerprint, instrumentId',
  libraryArticles: '[fingerprint+number]',
} as const;

/**
 * Version 4 (2026-11-24): documents by each URL they were seen at (multi-entry) and by date, so
 * that a page finds the other versions of its document without reading every record; the
 * annotations' `modified` index goes (no query used it).
 */
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  documents: 'id, lastSeen, *urls, date',
  annotations: 'id, documentId',
} as const;

/**
 * Version 5 (2026-11-24): the texts the user removed from the library, by fingerprint, so that
 * revisiting their pages does not put them back unasked.
 */
export const SCHEMA_V5 = {
  ...SCHEMA_V4,
  libraryRemoved: 'fingerprint',
} as const;

/** The typed database. Construct through `openDatabase` so every caller gets the same name. */
export class ClausemarkDb extends Dexie {
  documents!: EntityTable<StoredDocument, 'id'>;
  annotations!: EntityTable<StoredAnnotation, 'id'>;
  libraryInstruments!: EntityTable<LibraryInstrumentRecord, 'id'>;
  libraryTexts!: EntityTable<LibraryTextRecord, 'fingerprint'>;
  libraryArticles!: Table<LibraryArticleRecord, [string, number]>;
  libraryRemoved!: EntityTable<LibraryRemovedRecord, 'fingerprint'>;

  constructor(name: string = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    // A new table only: nothing to move.
    this.version(2).stores(SCHEMA_V2);
    // New tables only: nothing to move.
    this.version(3).stores(SCHEMA_V3);
    // Indexes only: IndexedDB builds the new ones from the records already there; no data moves.
    this.version(4).stores(SCHEMA_V4);
    // A new table only: nothing to move.
    this.version(5).stores(SCHEMA_V5);
  }
}

/** Opens (and creates or upgrades) the database. */
export async function openDatabase(name: string = DATABASE_NAME): Promise<ClausemarkDb> {
  const db = new ClausemarkDb(name);
  await db.open();
  return db;
}
