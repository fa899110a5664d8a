/**
 * Queries on annotations. Every write bumps `modified`, so a newer copy wins on import and,
 * later, on sync.
 */
import { foldForFingerprint } from '../lib/text/normalize';
import type { ClausemarkDb } from './db';
import type { AnnotationBody, StoredAnnotation } from './types';

/** How many annotations a document has. */
export async function countAnnotations(db: ClausemarkDb, documentId: string): Promise<number> {
  return db.annotations.where('documentId').equals(documentId).count();
}

/**
 * The annotations that belong on a page, oldest first: those of its document (by fingerprint)
 * and those of any other version of it — a document seen at the same URL (the page was edited
 * since), or with the same title and the same date (a copy republished with changes). A title
 * alone says nothing: "Joint Statement" names many documents. Anchoring decides where, or
 * whether, each one falls on this page.
 */
export async function annotationsForPage(
  db: ClausemarkDb,
  page: { documentId: string; url: string | null; title: string | null; date: string | null },
): Promise<StoredAnnotation[]> {
  return db.transaction('r', db.documents, db.annotations, async () => {
    const ids = new Set([page.documentId]);
    if (page.url) for (const id of await db.documents.where('urls').equals(page.url).primaryKeys()) ids.add(id);
    if (page.title && page.date) {
      // Titles are folded as fingerprints fold text, so markup, spacing and full-width forms do not count.
      const title = foldForFingerprint(page.title);
      const sameDate = db.documents.where('date').equals(page.date);
      for (const id of await sameDate.filter((d) => !!d.title && foldForFingerprint(d.title) === title).primaryKeys()) ids.add(id);
    }
    const list = await db.annotations.where('documentId').anyOf([...ids]).toArray();
    return list.sort((a, b) => a.created.localeCompare(b.created));
  });
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

/**
 * Puts a deleted annotation back as it was (undo). Only when its id is free: a record with the
 * same id may have come back since (another undo, an import) and may be newer, so it is kept.
 * Returns whether the annotation was put back.
 */
export async function restoreAnnotation(db: ClausemarkDb, annotation: StoredAnnotation): Promise<boolean> {
  return db.transaction('rw', db.annotations, async () => {
    if ((await db.annotations.get(annotation.id)) !== undefined) return false;
    await db.annotations.add(annotation);
    return true;
  });
}
