/**
 * The background's side of the protocol: validates a raw message and its sender, then runs
 * the matching handler against the database. Free of `browser.*` so tests call it directly.
 */
import type { ClausemarkDb } from '../storage/db';
import { annotationHandlers } from './annotations';
import type { BrowserEffects, Handlers, Sender } from './context';
import { coreHandlers } from './core';
import { libraryHandlers } from './library';
import type { Reply, Request, RequestType } from './protocol';
import { parseRequest } from './validate';
import { storageProblem } from '../storage/errors';

export type { BrowserEffects } from './context';

/** Builds the message handler for a database and this extension's id and version. */
export function createRouter(options: {
  db: ClausemarkDb;
  extensionId: string;
  version: string;
  effects: BrowserEffects;
  log?: (message: string) => void;
}): (raw: unknown, sender: Sender) => Promise<Reply> {
  const { db, extensionId, version, effects, log = console.warn } = options;
  const context = { db, effects, version };
  const handlers: Handlers<RequestType> = { ...coreHandlers(context), ...annotationHandlers(context), ...libraryHandlers(context) };

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
      return { ok: true, value: await handler(request, sender) } as Reply;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log(`Clausemark: ${request.type} failed: ${message}`);
      return { ok: false, error: storageProblem(error) ?? message };
    }
  };
}
