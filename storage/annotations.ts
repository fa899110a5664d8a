/**
 * Queries on annotations. Every write bumps `modified`, so a newer copy wins on import and,
 * later, on sync.
 */
import type { ClausemarkDb } from './db';
import type { AnnotationBody, StoredAnnotation } from './types';

/** How many annotations a document has. */
export async function countAnnotations(db: ClausemarkDb, documentId: string): Promise<number> {
  return db.annotations.where('documentId').equals(documentId).count();
}

/** A document's annotations, oldest first (callers sort them into document order). */
export async function listAnnotations(db: ClausemarkDb, documentId: string): Promise<StoredAnnotation[]> {
  const list = await db.annotations.where('documentId').equals(documentId).toArray();
  return list.sort((a, b) => a.created.localeCompare(b.created));
}

/**
 * The annotations that belong on a page: those of its document (by fingerprint) and those of
 * any other version of it — a document seen at the same URL (the page was edited since), or
 * with the same title and date (a copy republished with changes). Anchoring decides where,
 * or whether, each one falls on this page.
 */
export async function annotationsForPage(
  db: ClausemarkDb,
  page: { documentId: string; url: string | null; title: string | null; date: string | null },
): Promise<StoredAnnotation[]> {
  const title = page.title ? foldTitle(page.title) : null;
  const versions = await db.documents
    .filter((d) => d.id !== page.documentId && ((!!page.url && d.urls.includes(page.url)) || (!!title && !!d.title && d.date === page.date && foldTitle(d.title) === title)))
    .primaryKeys();
  const ids = [page.documentId, ...versions];
  const list = await db.annotations.where('documentId').anyOf(ids).toArray();
  return list.sort((a, b) => a.created.localeCompare(b.created));
}

function foldTitle(title: string): string {
  return title.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** Every annotation. */
export async function listAllAnnotations(db: ClausemarkDb): Promise<StoredAnnotation[]> {
  return db.annotations.toArray();
}

/** Adds a new annotation; fails if its id exists (never overwrites). */
export async function addAnnotation(db: ClausemarkDb, annotation: StoredAnnotation): Promise<StoredAnnotation> {
  await db.annotations.add(annotation);
  return annotation;
}

/** Changes an annotation's body; returns the new record, or null when it no longer exists. */
export async function updateAnnotationBody(
  db: ClausemarkDb,
  id: string,
  body: Partial<AnnotationBody>,
  now: Date = new Date(),
): Promise<StoredAnnotation | null> {
  return db.transaction('rw', db.annotations, async () => {
    const existing = await db.annotations.get(id);
    if (!existing) return null;
    const next: StoredAnnotation = { ...existing, body: { ...existing.body, ...body }, modified: now.toISOString() };
    await db.annotations.put(next);
    return next;
  });
}

/** Deletes an annotation and returns it, so the caller can offer to undo; null when it was gone. */
export async function deleteAnnotation(db: ClausemarkDb, id: string): Promise<StoredAnnotation | null> {
  return db.transaction('rw', db.annotations, async () => {
    const existing = await db.annotations.get(id);
    if (existing) await db.annotations.delete(id);
    return existing ?? null;
  });
}

/** Puts a deleted annotation back exactly as it was (undo). */
export async function restoreAnnotation(db: ClausemarkDb, annotation: StoredAnnotation): Promise<void> {
  await db.annotations.put(annotation);
}
