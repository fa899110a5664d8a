/**
 * The one typed protocol between content scripts (and extension pages) and the background
 * service worker, which owns the database. Each area of the product declares its requests in
 * its own module (core, annotations, library); this is their union. Every request is validated
 * in the background by `parseRequest` before anything acts on it.
 */
import type { AnnotationProtocol } from './annotations';
import type { CoreProtocol } from './core';
import type { LibraryProtocol } from './library';

export type { PageStats } from './core';

/** Each request type with the shape of its request and of its successful response. */
export interface Protocol extends CoreProtocol, AnnotationProtocol, LibraryProtocol {}

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
export type PageCommand =
  | { type: 'page/analyse'; force: boolean }
  | { type: 'page/reveal'; id: string }
  | { type: 'page/annotate'; action: 'highlight' | 'note' };
