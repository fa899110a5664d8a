/**
 * The one typed protocol between content scripts (and extension pages) and the background
 * service worker, which owns the database. Every request is validated in the background by
 * `parseRequest` before anything acts on it.
 */
import type { DocumentSummary, StoredDocument } from '../storage/types';

/** Counts a content script reports for the toolbar badge. */
export interface PageStats {
  sections: number;
  references: number;
}

/** Each request type with the shape of its request and of its successful response. */
export interface Protocol {
  /** Liveness and version; the background answers once its database is open. */
  ping: { request: {}; response: { version: string; databaseOpen: boolean } };
  /** A content script found a diplomatic text: remember it (by fingerprint) and the URL. */
  'document/seen': {
    request: { document: DocumentSummary; stats: PageStats };
    response: { document: StoredDocument; annotations: number };
  };
  /** Open a URL (a public copy, a UN document, an extension page) in a new tab. */
  'tab/open': { request: { url: string }; response: { opened: true } };
  /** Open the side panel beside the sender's tab (in response to a click in the overlay). */
  'sidepanel/open': { request: {}; response: { opened: boolean } };
}

export type RequestType = keyof Protocol;

/** A request as it travels: its type plus its fields. */
export type Request<T extends RequestType = RequestType> = T extends RequestType
  ? { type: T } & Protocol[T]['request']
  : never;

export type ResponseOf<T extends RequestType> = Protocol[T]['response'];

/** What the background sends back: a value, or an error the caller can show. */
export type Reply<T extends RequestType = RequestType> =
  | { ok: true; value: ResponseOf<T> }
  | { ok: false; error: string };

/** Messages the background sends to a content script. */
export type PageCommand = { type: 'page/analyse'; force: boolean };
