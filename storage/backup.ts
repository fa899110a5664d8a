/**
 * Backups in and out of the database. Import is all or nothing: the file is validated whole
 * (lib/export/backup.ts) before anything is written, then merged by id in one transaction.
 */
import type { ClausemarkDb } from './db';
import type { StoredAnnotation, StoredDocument } from './types';
import { mergeBackup } from '../lib/export/backup';

/** Everything the database holds that a backup carries. */
export async function readEverything(db: ClausemarkDb): Promise<{ documents: StoredDocument[]; annotations: StoredAnnotation[] }> {
  return db.transaction('r', db.documents, db.annotations, async () => ({
    documents: await db.documents.toArray(),
    annotations: await db.annotations.toArray(),
  }));
}

export interface ImportCounts {
  annotations: { added: number; updated: number; unchanged: number };
  documents: { added: number; updated: number; unchanged: number };
}

/**
 * Merges validated backup contents into the database: new ids are added, a newer `modified`
 * wins, documents merge their URLs. Reads only the records whose ids the backup holds and
 * writes only those it adds or changes, all in one transaction; importing the same backup
 * twice changes nothing.
 */
export async function importBackup(db: ClausemarkDb, incoming: { documents: StoredDocument[]; annotations: StoredAnnotation[] }): Promise<ImportCounts> {
  return db.transaction('rw', db.documents, db.annotations, async () => {
    const existing = {
      documents: (await db.documents.bulkGet(incoming.documents.map((d) => d.id))).filter((d) => d !== undefined),
      annotations: (await db.annotations.bulkGet(incoming.annotations.map((a) => a.id))).filter((a) => a !== undefined),
    };
    const merged = mergeBackup(existing, incoming);
    if (merged.documents.length) await db.documents.bulkPut(merged.documents);
    if (merged.annotations.length) await db.annotations.bulkPut(merged.annotations);
    return {
      annotations: { added: merged.added, updated: merged.updated, unchanged: merged.unchanged },
      documents: merged.documentCounts,
    };
  });
}
