/**
 * Queries on the treaty library: instruments, their texts (one per fingerprint) and the texts'
 * articles. Storing the same text twice adds its source to the one record; a different copy of
 * an instrument already in the library is kept beside the one in use, which stays in use until
 * the user chooses the other.
 */
import { liveQuery } from 'dexie';
import type { DocumentKind, Language } from '../lib/analysis/types';
import { articleText } from '../lib/library/articles';
import type { ImportRefusal, ImportResult } from '../lib/library/import';
import type { ArticleQuery } from '../lib/library/jump';
import type { LibraryArticle, LibraryEntry, LibraryOutcome } from '../lib/library/types';
import type { ClausemarkDb } from './db';

/** An instrument in the library. */
export interface LibraryInstrumentRecord {
  /** The registry's id, or `local-…` made from the title. */
  id: string;
  registered: boolean;
  /** The title of the text first stored for it. */
  title: string;
  kind: DocumentKind;
  /** The fingerprint of the text in use: the one references show and open. */
  inUse: string;
  /** ISO 8601 times. */
  created: string;
  modified: string;
}

/** One text (copy) of an instrument. */
export interface LibraryTextRecord {
  fingerprint: string;
  instrumentId: string;
  title: string;
  kind: DocumentKind;
  language: Language;
  date: string | null;
  /** The pages it was stored from, and the files it was imported from, first first. */
  urls: string[];
  files: string[];
  articleCount: number;
  /** ISO 8601 times: stored, last stored again, last change. */
  created: string;
  lastSeen: string;
  modified: string;
}

/** One article of one text, keyed by [fingerprint+number]. */
export interface LibraryArticleRecord extends LibraryArticle {
  fingerprint: string;
}

/** A text the user removed from the library: pages that hold it do not store it again unasked. */
export interface LibraryRemovedRecord {
  fingerprint: string;
  instrumentId: string;
  title: string;
  /** ISO 8601 time of the removal. */
  removed: string;
}

/** What storing an entry did, and what is in use now. */
export interface LibraryAddResult {
  instrumentId: string;
  outcome: LibraryOutcome;
  /** The fingerprint of the instrument's text in use; null when the library does not hold the instrument. */
  inUse: string | null;
  title: string;
}

/**
 * Stores a text. A new fingerprint of a new instrument is added and put in use; the same
 * fingerprint again only gains its source; a new fingerprint of an instrument already in the
 * library is kept as another copy, and the text in use does not change.
 *
 * A text the user removed is not stored again (outcome `removed-before`) unless `again`: the
 * user asked for it (imported the file, or chose to add the page again).
 */
export async function addToLibrary(
  db: ClausemarkDb,
  entry: LibraryEntry,
  now: Date = new Date(),
  { again = false }: { again?: boolean } = {},
): Promise<LibraryAddResult> {
  const time = now.toISOString();
  return db.transaction('rw', [db.libraryInstruments, db.libraryTexts, db.libraryArticles, db.libraryRemoved], async () => {
    if (again) await db.libraryRemoved.delete(entry.fingerprint);
    else if (await db.libraryRemoved.get(entry.fingerprint)) {
      const instrument = await db.libraryInstruments.get(entry.instrument.id);
      return { instrumentId: entry.instrument.id, outcome: 'removed-before', inUse: instrument?.inUse ?? null, title: instrument?.title ?? entry.title };
    }
    const existing = await db.libraryTexts.get(entry.fingerprint);
    if (existing) {
      const urls = 'url' in entry.source && !existing.urls.includes(entry.source.url) ? [...existing.urls, entry.source.url] : existing.urls;
      const files = 'file' in entry.source && !existing.files.includes(entry.source.file) ? [...existing.files, entry.source.file] : existing.files;
      const changed = urls !== existing.urls || files !== existing.files;
      await db.libraryTexts.put({ ...existing, urls, files, lastSeen: time, modified: changed ? time : existing.modified });
      const instrument = await db.libraryInstruments.get(existing.instrumentId);
      if (instrument) return { instrumentId: instrument.id, outcome: 'known', inUse: instrument.inUse, title: instrument.title };
      // The text outlived its instrument record (never written so, but repairable): give it one back.
      await db.libraryInstruments.add(instrumentRecord(existing.instrumentId, entry, time));
      return { instrumentId: existing.instrumentId, outcome: 'added', inUse: entry.fingerprint, title: entry.title };
    }

    const text: LibraryTextRecord = {
      fingerprint: entry.fingerprint,
      instrumentId: entry.instrument.id,
      title: entry.title,
      kind: entry.kind,
      language: entry.language,
      date: entry.date,
      urls: 'url' in entry.source ? [entry.source.url] : [],
      files: 'file' in entry.source ? [entry.source.file] : [],
      articleCount: entry.articles.length,
      created: time,
      lastSeen: time,
      modified: time,
    };
    await db.libraryTexts.add(text);
    await db.libraryArticles.bulkAdd(entry.articles.map((a) => ({ ...a, fingerprint: entry.fingerprint })));
    const instrument = await db.libraryInstruments.get(entry.instrument.id);
    if (instrument) return { instrumentId: instrument.id, outcome: 'other-copy', inUse: instrument.inUse, title: instrument.title };
    await db.libraryInstruments.add(instrumentRecord(entry.instrument.id, entry, time));
    return { instrumentId: entry.instrument.id, outcome: 'added', inUse: entry.fingerprint, title: entry.title };
  });
}

/**
 * Stores what the import of a file gave (`importFile`): its text when the file held articles;
 * nothing when it was refused, whose reason is passed on.
 */
export async function storeImport(
  db: ClausemarkDb,
  result: ImportResult,
  now: Date = new Date(),
): Promise<{ ok: true; added: LibraryAddResult; entry: LibraryEntry } | { ok: false; reason: ImportRefusal }> {
  if (!result.ok) return result;
  // Importing a file is asking for it: a text removed before comes back.
  return { ok: true, added: await addToLibrary(db, result.entry, now, { again: true }), entry: result.entry };
}

function instrumentRecord(id: string, entry: LibraryEntry, time: string): LibraryInstrumentRecord {
  return { id, registered: entry.instrument.registered, title: entry.title, kind: entry.kind, inUse: entry.fingerprint, created: time, modified: time };
}

/** An instrument as the library lists it: the record, its text in use, and how many texts it has. */
export interface LibraryListing {
  instrument: LibraryInstrumentRecord;
  text: LibraryTextRecord | null;
  texts: number;
}

/** Every instrument in the library, by the title of its text in use. */
export async function listLibrary(db: ClausemarkDb): Promise<LibraryListing[]> {
  return db.transaction('r', db.libraryInstruments, db.libraryTexts, async () => {
    const [instruments, texts] = await Promise.all([db.libraryInstruments.toArray(), db.libraryTexts.toArray()]);
    const byInstrument = new Map<string, LibraryTextRecord[]>();
    for (const text of texts) {
      const own = byInstrument.get(text.instrumentId);
      if (own) own.push(text);
      else byInstrument.set(text.instrumentId, [text]);
    }
    const listings = instruments.map((instrument) => {
      const own = byInstrument.get(instrument.id) ?? [];
      return { instrument, text: own.find((t) => t.fingerprint === instrument.inUse) ?? null, texts: own.length };
    });
    return listings.sort((a, b) => (a.text?.title ?? a.instrument.title).localeCompare(b.text?.title ?? b.instrument.title));
  });
}

/** One instrument with all its texts, oldest first; null when it is not in the library. */
export async function readInstrument(
  db: ClausemarkDb,
  id: string,
): Promise<{ instrument: LibraryInstrumentRecord; texts: LibraryTextRecord[] } | null> {
  return db.transaction('r', db.libraryInstruments, db.libraryTexts, async () => {
    const instrument = await db.libraryInstruments.get(id);
    if (!instrument) return null;
    const texts = await db.libraryTexts.where('instrumentId').equals(id).toArray();
    return { instrument, texts: texts.sort((a, b) => a.created.localeCompare(b.created) || a.fingerprint.localeCompare(b.fingerprint)) };
  });
}

/** The articles of one text, in order of their numbers. */
export async function readArticles(db: ClausemarkDb, fingerprint: string): Promise<LibraryArticle[]> {
  const records = await articlesOf(db, fingerprint).toArray();
  return records.map(({ fingerprint: _fingerprint, ...article }) => article);
}

/** An article's text as a card shows it. */
export interface FoundArticle {
  number: number;
  heading: string;
  text: string;
}

/** What the library holds for one queried instrument: its text in use and the cited articles it has. */
export interface FoundInstrument {
  id: string;
  title: string;
  fingerprint: string;
  articles: FoundArticle[];
}

/**
 * Looks up the cited articles of several instruments at once (one page's references), in the
 * texts in use. Instruments not in the library are left out; so are articles a text lacks.
 */
export async function lookupArticles(db: ClausemarkDb, queries: readonly ArticleQuery[]): Promise<FoundInstrument[]> {
  return db.transaction('r', db.libraryInstruments, db.libraryTexts, db.libraryArticles, async () => {
    const instruments = await db.libraryInstruments.bulkGet(queries.map((q) => q.id));
    // Three reads in all: the instruments, their texts in use, every cited article.
    const held = queries.flatMap((query, i) => (instruments[i] ? [{ query, instrument: instruments[i] }] : []));
    const texts = await db.libraryTexts.bulkGet(held.map(({ instrument }) => instrument.inUse));
    const keys = held.flatMap(({ query, instrument }) => query.articles.map((n): [string, number] => [instrument.inUse, n]));
    const articles = await db.libraryArticles.bulkGet(keys);
    const found: FoundInstrument[] = [];
    let at = 0;
    for (const [i, { query, instrument }] of held.entries()) {
      const text = texts[i];
      const records = articles.slice(at, (at += query.articles.length));
      found.push({
        id: instrument.id,
        title: text?.title ?? instrument.title,
        fingerprint: instrument.inUse,
        articles: records
          .filter((r): r is LibraryArticleRecord => r !== undefined)
          .map((r) => ({ number: r.number, heading: r.heading, text: articleText(r) })),
      });
    }
    return found;
  });
}

/**
 * Puts one of an instrument's texts in use.
 *
 * @throws Error when the instrument is not in the library or the text is not one of its texts.
 */
export async function chooseText(db: ClausemarkDb, instrumentId: string, fingerprint: string, now: Date = new Date()): Promise<LibraryInstrumentRecord> {
  return db.transaction('rw', db.libraryInstruments, db.libraryTexts, async () => {
    const instrument = await db.libraryInstruments.get(instrumentId);
    if (!instrument) throw new Error(`no instrument ${instrumentId} in the library`);
    const text = await db.libraryTexts.get(fingerprint);
    if (!text || text.instrumentId !== instrumentId) throw new Error(`no text ${fingerprint} of ${instrumentId} in the library`);
    if (instrument.inUse === fingerprint) return instrument;
    const next = { ...instrument, inUse: fingerprint, modified: now.toISOString() };
    await db.libraryInstruments.put(next);
    return next;
  });
}

/**
 * Removes one text and its articles, and remembers that the user removed it (its page will
 * not store it again unasked). When it was the text in use, the oldest remaining text
 * takes its place; when it was the last, the instrument goes too. Returns what is in use
 * afterwards (null when the instrument is gone), or undefined when the text was not stored.
 */
export async function removeText(db: ClausemarkDb, fingerprint: string, now: Date = new Date()): Promise<{ instrumentId: string; inUse: string | null } | undefined> {
  return db.transaction('rw', [db.libraryInstruments, db.libraryTexts, db.libraryArticles, db.libraryRemoved], async () => {
    const text = await db.libraryTexts.get(fingerprint);
    if (!text) return undefined;
    await articlesOf(db, fingerprint).delete();
    await db.libraryTexts.delete(fingerprint);
    await db.libraryRemoved.put(removedRecord(text, now));
    const instrument = await db.libraryInstruments.get(text.instrumentId);
    const rest = (await db.libraryTexts.where('instrumentId').equals(text.instrumentId).toArray()).sort((a, b) => a.created.localeCompare(b.created));
    if (!rest.length) {
      await db.libraryInstruments.delete(text.instrumentId);
      return { instrumentId: text.instrumentId, inUse: null };
    }
    if (instrument && instrument.inUse === fingerprint) {
      await db.libraryInstruments.put({ ...instrument, inUse: rest[0]!.fingerprint, modified: now.toISOString() });
      return { instrumentId: text.instrumentId, inUse: rest[0]!.fingerprint };
    }
    return { instrumentId: text.instrumentId, inUse: instrument?.inUse ?? null };
  });
}

/**
 * Removes an instrument with every text and article of it, remembering each text as removed;
 * returns how many texts went.
 */
export async function removeInstrument(db: ClausemarkDb, id: string, now: Date = new Date()): Promise<number> {
  return db.transaction('rw', [db.libraryInstruments, db.libraryTexts, db.libraryArticles, db.libraryRemoved], async () => {
    const texts = await db.libraryTexts.where('instrumentId').equals(id).toArray();
    for (const text of texts) await articlesOf(db, text.fingerprint).delete();
    await db.libraryTexts.bulkDelete(texts.map((t) => t.fingerprint));
    await db.libraryRemoved.bulkPut(texts.map((text) => removedRecord(text, now)));
    await db.libraryInstruments.delete(id);
    return texts.length;
  });
}

function removedRecord(text: LibraryTextRecord, now: Date): LibraryRemovedRecord {
  return { fingerprint: text.fingerprint, instrumentId: text.instrumentId, title: text.title, removed: now.toISOString() };
}

function articlesOf(db: ClausemarkDb, fingerprint: string) {
  return db.libraryArticles.where('[fingerprint+number]').between([fingerprint, -Infinity], [fingerprint, Infinity], true, true);
}

/**
 * Runs a query on the library and again whenever what it read changes (in this page, in the
 * background, in another tab), so that pages update live without touching Dexie themselves.
 * Returns the function that stops watching.
 */
export function watchQuery<T>(query: () => Promise<T>, next: (value: T) => void, error: (error: unknown) => void): () => void {
  const subscription = liveQuery(query).subscribe({ next, error });
  return () => subscription.unsubscribe();
}
