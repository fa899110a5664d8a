/**
 * Records stored in the database. Kept separate from `db.ts` so that the message protocol
 * and the UI can name them without pulling Dexie into a content script bundle.
 */
import type { DocumentKind, Language } from '../lib/analysis/types';

/** What a content script reports about a document it analysed. */
export interface DocumentSummary {
  /** Hash of the normalised text: the same wherever the statement is republished. */
  fingerprint: string;
  title: string | null;
  kind: DocumentKind | null;
  date: string | null;
  language: Language;
  parties: string[];
  url: string;
}

/** A document as stored: one row per fingerprint, with every URL it was seen at. */
export interface StoredDocument {
  /** The fingerprint. */
  id: string;
  title: string | null;
  kind: DocumentKind | null;
  date: string | null;
  language: Language;
  parties: string[];
  urls: string[];
  /** ISO 8601 times: first seen, last seen, last change of what is stored. */
  created: string;
  lastSeen: string;
  modified: string;
}
