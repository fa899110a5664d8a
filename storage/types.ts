/**
 * Records stored in the database. Kept separate from `db.ts` so that the message protocol
 * and the UI can name them without pulling Dexie into a content script bundle.
 */
import type { DocumentKind, DocumentOutline, Language } from '../lib/analysis/types';
import type { AnnotationTarget } from '../lib/anchoring/types';

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
  /** Sections, clause labels and references, for exporting it when its page is not open. */
  outline?: DocumentOutline;
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
  /** The outline of its analysis where it was last seen (derived data: not part of `modified`). */
  outline?: DocumentOutline;
  /** The version of the analysis that computed its fingerprint (`ANALYSIS_VERSION`); absent: 1. */
  analysis?: number;
  /** ISO 8601 times: first seen, last seen, last change of what is stored. */
  created: string;
  lastSeen: string;
  modified: string;
}

/** The five highlight colours. */
export const HIGHLIGHT_COLOURS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type HighlightColour = (typeof HIGHLIGHT_COLOURS)[number];

/** What the reader wrote: a Markdown note, a colour, tags. */
export interface AnnotationBody {
  /** Markdown; rendered as text everywhere, never as HTML. */
  note: string;
  colour: HighlightColour;
  tags: string[];
}

/**
 * A highlight or note, shaped after the W3C Web Annotation model: a target (the document's
 * fingerprint and the passage's selectors) and a body. `highlighting` is a passage the reader
 * marked; `commenting` is a note on a whole clause.
 */
export interface StoredAnnotation {
  /** A UUID; exported as urn:uuid:…. */
  id: string;
  /** The document's fingerprint (same as `target.source`). */
  documentId: string;
  motivation: 'highlighting' | 'commenting';
  target: AnnotationTarget;
  /** The passage's text when it was made (for search, export and orphans). */
  quote: string;
  /** The clause it was made in, and that clause's label then (§五 ¶2). */
  eId: string | null;
  label: string | null;
  body: AnnotationBody;
  /** ISO 8601 times. */
  created: string;
  modified: string;
}
