/**
 * The background's side of the protocol: validates a raw message and its sender, then runs
 * the matching handler against the database. Free of `browser.*` so tests call it directly.
 */
import type { ClausemarkDb } from '../storage/db';
import { recordDocumentSeen } from '../storage/documents';
import type { PageStats, Reply, Request, RequestType, ResponseOf } from './protocol';
import { parseRequest } from './validate';

/** Who sent a message, as far as the router cares. */
export interface Sender {
  /** The sending extension's id; must be ours. */
  id: string | undefined;
  /** The sending tab's URL, when it came from a content script. */
  url?: string;
  /** The sending tab, when it came from a content script. */
  tabId?: number;
  /** The extension's own origin for an extension's page; a web origin for a content script. */
  origin?: string;
}

/** What the router asks the browser to do; the background passes the real thing, tests a fake. */
export interface BrowserEffects {
  openTab(url: string): Promise<void>;
  openSidePanel(tabId: number | undefined): Promise<boolean>;
  showPageStats(tabId: number | undefined, stats: PageStats & { annotations: number; kind: string | null; date: string | null }): Promise<void>;
  /** The extension's own page URLs start with this (chrome-extension://<id>/). */
  extensionOrigin: string;
}

type Handlers = { [T in RequestType]: (request: Request<T>, sender: Sender) => Promise<ResponseOf<T>> };

/** Builds the message handler for a database and this extension's id and version. */
export function createRouter(options: {
  db: ClausemarkDb;
  extensionId: string;
  version: string;
  effects: BrowserEffects;
  log?: (message: string) => void;
}): (raw: unknown, sender: Sender) => Promise<Reply> {
  const { db, extensionId, version, effects, log = console.warn } = options;
  const handlers: Handlers = {
    ping: async () => ({ version, databaseOpen: db.isOpen() }),
    'document/seen': async ({ document, stats }, sender) => {
      const stored = await recordDocumentSeen(db, document);
      const annotations = 0;
      await effects.showPageStats(sender.tabId, { ...stats, annotations, kind: stored.kind, date: stored.date });
      return { document: stored, annotations };
    },
    'tab/open': async ({ url }) => {
      // Extension pages only of this extension, never another's.
      if (!/^https?:/.test(url) && !url.startsWith(effects.extensionOrigin)) throw new Error('refused: not this extension\'s page');
      await effects.openTab(url);
      return { opened: true };
    },
    'sidepanel/open': async (_request, sender) => ({ opened: await effects.openSidePanel(sender.tabId) }),
  };

  return async (raw, sender) => {
    if (sender.id !== extensionId) {
      log(`Clausemark: refused a message from another sender (${String(sender.id)})`);
      return { ok: false, error: 'refused: unknown sender' };
    }
    const parsed = parseRequest(raw);
    if (!parsed.ok) {
      log(`Clausemark: refused a malformed message: ${parsed.error}`);
      return { ok: false, error: `refused: ${parsed.error}` };
    }
    const request = parsed.value;
    try {
      const handler = handlers[request.type] as (r: Request, s: Sender) => Promise<unknown>;
      return { ok: true, value: (await handler(request, sender)) as ResponseOf<typeof request.type> };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log(`Clausemark: ${request.type} failed: ${message}`);
      return { ok: false, error: message };
    }
  };
}
