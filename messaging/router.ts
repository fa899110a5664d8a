/**
 * The background's side of the protocol: validates a raw message and its sender, then runs
 * the matching handler against the database. Free of `browser.*` so tests call it directly.
 */
import type { ClausemarkDb } from '../storage/db';
import { recordDocumentSeen } from '../storage/documents';
import type { Reply, Request, RequestType, ResponseOf } from './protocol';
import { parseRequest } from './validate';

/** Who sent a message, as far as the router cares. */
export interface Sender {
  /** The sending extension's id; must be ours. */
  id: string | undefined;
  /** The sending tab's URL, when it came from a content script. */
  url?: string;
}

type Handlers = { [T in RequestType]: (request: Request<T>, sender: Sender) => Promise<ResponseOf<T>> };

/** Builds the message handler for a database and this extension's id and version. */
export function createRouter(options: {
  db: ClausemarkDb;
  extensionId: string;
  version: string;
  log?: (message: string) => void;
}): (raw: unknown, sender: Sender) => Promise<Reply> {
  const { db, extensionId, version, log = console.warn } = options;
  const handlers: Handlers = {
    ping: async () => ({ version, databaseOpen: db.isOpen() }),
    'document/seen': async ({ document }) => recordDocumentSeen(db, document),
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
