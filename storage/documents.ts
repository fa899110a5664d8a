/**
 * Queries on documents. The only place besides `db.ts` that touches Dexie tables for them.
 */
import type { ClausemarkDb } from './db';
import type { DocumentSummary, StoredDocument } from './types';

/**
 * Records that a document was seen: creates it on first sight, otherwise refreshes its
 * metadata and adds the URL to the ones it is known at. Never drops a known URL.
 */
export async function recordDocumentSeen(
  db: ClausemarkDb,
  summary: DocumentSummary,
  now: Date = new Date(),
): Promise<StoredDocument> {
  const time = now.toISOString();
  return db.transaction('rw', db.documents, async () => {
    const existing = await db.documents.get(summary.fingerprint);
    if (existing) {
      const refreshed: StoredDocument = {
        ...existing,
        title: summary.title ?? existing.title,
        kind: summary.kind ?? existing.kind,
        date: summary.date ?? existing.date,
        language: summary.language,
        parties: summary.parties.length ? summary.parties : existing.parties,
        urls: existing.urls.includes(summary.url) ? existing.urls : [...existing.urls, summary.url],
        ...(summary.outline ? { outline: summary.outline } : {}),
        lastSeen: time,
      };
      // What the reader could see change; the outline is derived from the text and not counted.
      const visible = (d: StoredDocument) => JSON.stringify({ ...d, lastSeen: '', outline: null });
      const changed = visible(refreshed) !== visible(existing);
      const next = changed ? { ...refreshed, modified: time } : refreshed;
      await db.documents.put(next);
      return next;
    }
    const created: StoredDocument = {
      id: summary.fingerprint,
      title: summary.title,
      kind: summary.kind,
      date: summary.date,
      language: summary.language,
      parties: summary.parties,
      urls: [summary.url],
      ...(summary.outline ? { outline: summary.outline } : {}),
      created: time,
      lastSeen: time,
      modified: time,
    };
    await db.documents.add(created);
    return created;
  });
}

/** Every document, most recently seen first. */
export async function listDocuments(db: ClausemarkDb): Promise<StoredDocument[]> {
  return db.documents.orderBy('lastSeen').reverse().toArray();
}
