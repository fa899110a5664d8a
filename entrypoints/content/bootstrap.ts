/**
 * The handshake between the small content script that runs on every matching page and the
 * page session (analysis and overlay), which the background injects into the same isolated
 * world only when a page looks like a diplomatic text or the user asks.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ReadabilityFn } from '../../lib/analysis/extract';

/** What the page session does for the content script's messages. */
export interface SessionHandle {
  analyseNow(force: boolean): void;
  reveal(id: string): boolean;
  annotate(action: 'highlight' | 'note'): void;
}

/** Shared by the two scripts through the isolated world's global object. */
export interface Bootstrap {
  ctx: ContentScriptContext;
  /** The user asked for this page (toolbar button, menu, shortcut): skip the pre-check. */
  force: boolean;
  /** Set by the page session once it runs. */
  session: SessionHandle | null;
  /** Set by the page session as it begins to start: a second injection then does nothing. */
  starting?: boolean;
  /** Set by the Readability script once the background injected it (pages no adapter knows). */
  readability?: ReadabilityFn;
}

const KEY = Symbol.for('clausemark.bootstrap');

type WithBootstrap = typeof globalThis & { [KEY]?: Bootstrap };

export function getBootstrap(): Bootstrap | undefined {
  return (globalThis as WithBootstrap)[KEY];
}

export function setBootstrap(bootstrap: Bootstrap | undefined): void {
  if (bootstrap) (globalThis as WithBootstrap)[KEY] = bootstrap;
  else delete (globalThis as WithBootstrap)[KEY];
}
