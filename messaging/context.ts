/**
 * What every area of the protocol (core, annotations, library) shares: who sent a message,
 * what the browser may be asked to do, and the shapes of an area's validators and handlers.
 */
import type { ClausemarkDb } from '../storage/db';
import type { PageStats, Request, RequestType, ResponseOf } from './protocol';
import type { PlacementsReport } from './annotations';

/** Who sent a message, as far as the router cares. */
export interface Sender {
  /** The sending extension's id; must be ours. */
  id: string | undefined;
  /** The sending tab's URL, when it came from a content script. */
  url?: string;
  /** The sending tab and frame, when it came from a content script. */
  tabId?: number;
  frameId?: number;
  /** The extension's own origin for an extension's page; a web origin for a content script. */
  origin?: string;
}

/** What the router asks the browser to do; the background passes the real thing, tests a fake. */
export interface BrowserEffects {
  /** Opens a URL in a new tab, or in the given tab. */
  openTab(url: string, inTab?: number): Promise<void>;
  openSidePanel(tabId: number | undefined): Promise<boolean>;
  showPageStats(tabId: number | undefined, stats: PageStats & { annotations: number; kind: string | null; date: string | null }): Promise<void>;
  /** The extension's own page URLs start with this (chrome-extension://<id>/). */
  extensionOrigin: string;
  /** Tells every page showing the document (and the side panel) that its annotations changed. */
  annotationsChanged(documentId: string): Promise<void>;
  /** Tells every open page that the library's text in use of these instruments changed. */
  libraryChanged(instrumentIds: readonly string[]): Promise<void>;
  /** Keeps a tab's latest placement report for the side panel. */
  rememberPlacements(tabId: number | undefined, report: PlacementsReport): Promise<void>;
  /** Injects the page session (analysis and overlay), or Readability, into a frame of a tab. */
  loadPagePart(tabId: number, frameId: number, part: 'session' | 'readability'): Promise<boolean>;
  /** Asks the page in a tab to scroll to an annotation; false when the page cannot. */
  revealAnnotation(tabId: number, id: string): Promise<boolean>;
}

/** Everything a handler may use. */
export interface RouterContext {
  db: ClausemarkDb;
  effects: BrowserEffects;
  version: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** One validator per request type of an area: raw message fields in, typed request or error out. */
export type Validators<K extends RequestType> = { [T in K]: (raw: Record<string, unknown>) => Parsed<Request<T>> };

/** One handler per request type of an area. */
export type Handlers<K extends RequestType> = { [T in K]: (request: Request<T>, sender: Sender) => Promise<ResponseOf<T>> };
