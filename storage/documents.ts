/**
 * Queries on documents. The only place besides `db.ts` that touches Dexie tables for them.
 */
import type { ClausemarkDb } from './db';
import { ANALYSIS_VERSION } from '../lib/analysis/version';
import { foldForFingerprint } from '../lib/text/normalize';
import type { DocumentSummary, StoredDocument } from './types';

/**
 * Records that a document was seen: creates it on first sight, otherwise refreshes its
 * metadata and adds the URL to the ones it is known at. Never drops a known URL.
 *
 * A record of the same document made by an older version of the analysis (seen at this URL,
 * under the same title, with a fingerprint computed otherwise) is carried over into this one:
 * its URLs, its first sight and its annotations come along, so an update that changes how
 * fingerprints are computed neither splits a document in two nor leaves notes behind.
 */
export async function recordDocumentSeen(
  db: ClausemarkDb,
  summary: DocumentSummary,
  now: Date = new Date(),
): Promise<StoredDocument> {
  const time = now.toISOString();
  return db.transaction('rw', db.documents, db.annotations, async () => {
    const existing = await db.documents.get(summary.fingerprint);
    const older = await olderVersionsOf(db, summary);
    const base = existing ?? older[0];
    if (base) {
      const urls = [...new Set([...(existing?.urls ?? []), ...older.flatMap((d) => d.urls), summary.url])];
      const created = [base, ...older].map((d) => d.created).sort()[0]!;
      const refreshed: StoredDocument = {
        ...base,
        id: summary.fingerprint,
        title: summary.title ?? base.title,
        kind: summary.kind ?? base.kind,
        date: summary.date ?? base.date,
        language: summary.language,
        parties: summary.parties.length ? summary.parties : base.parties,
        urls: sameList(urls, base.urls) ? base.urls : urls,
        ...(summary.outline ? { outline: summary.outline } : {}),
        analysis: ANALYSIS_VERSION,
        created,
        lastSeen: time,
      };
      // What the reader could see change; the outline and the analysis version are derived and not counted.
      const visible = (d: StoredDocument) => JSON.stringify({ ...d, lastSeen: '', outline: null, analysis: null });
      const changed = !existing || visible(refreshed) !== visible(existing);
      const next = changed ? { ...refreshed, modified: time } : refreshed;
      await db.documents.put(next);
      for (const old of older) {
        // The annotations follow their document; a note's own `modified` is not touched (nobody edited it).
        await db.annotations
          .where('documentId')
          .equals(old.id)
          .modify((a) => {
            a.documentId = next.id;
            if (a.target.source === old.id) a.target.source = next.id;
          });
        await db.documents.delete(old.id);
      }
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
      analysis: ANALYSIS_VERSION,
      created: time,
      lastSeen: time,
      modified: time,
    };
    await db.documents.add(created);
    return created;
  });
}

/**
 * Records of this document made by an older analysis: seen at this URL, under the same title
 * (folded as fingerprints fold text), with another fingerprint; most recently seen first.
 */
async function olderVersionsOf(db: ClausemarkDb, summary: DocumentSummary): Promise<StoredDocument[]> {
  if (!summary.title) return [];
  const title = foldForFingerprint(summary.title);
  const atUrl = await db.documents.where('urls').equals(summary.url).toArray();
  return atUrl
    .filter((d) => d.id !== summary.fingerprint && (d.analysis ?? 1) < ANALYSIS_VERSION && !!d.title && foldForFingerprint(d.title) === title)
    .sort((a, b) => b.lastSeen.localeCompare(a.lastSeen));
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Every document, most recently seen first. */
export async function listDocuments(db: ClausemarkDb): Promise<StoredDocument[]> {
  return db.documents.orderBy('lastSeen').reverse().toArray();
}
