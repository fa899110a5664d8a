/**
 * The core of the protocol: liveness, documents seen, opening tabs and the side panel.
 */
import type { Handlers, RouterContext, Validators } from './context';
import { fail, failAt, isCount, isOpenableUrl } from './fields';
import { parseDocumentSummary } from '../lib/records/document';
import { isRecord, MAX_URL } from '../lib/records/fields';
import type { DocumentSummary, StoredDocument } from '../storage/types';
import { recordDocumentSeen } from '../storage/documents';
import { countAnnotations } from '../storage/annotations';

/** Counts a content script reports for the toolbar badge. */
export interface PageStats {
  sections: number;
  references: number;
}

export interface CoreProtocol {
  /** Liveness and version; the background answers once its database is open. */
  ping: { request: {}; response: { version: string; databaseOpen: boolean } };
  /** A content script found a diplomatic text: remember it (by fingerprint) and the URL. */
  'document/seen': {
    request: { document: DocumentSummary; stats: PageStats };
    response: { document: StoredDocument; annotations: number };
  };
  /** Open a URL (a public copy, a UN document, an extension page) in a new tab, or in the sender's tab. */
  'tab/open': { request: { url: string; inPlace?: boolean }; response: { opened: true } };
  /** Open the side panel beside the sender's tab (in response to a click in the overlay). */
  'sidepanel/open': { request: {}; response: { opened: boolean } };
  /**
   * Inject a part into the sender's frame: the page session (the content script found a page
   * worth analysing), or Readability (the page session met a page no adapter knows).
   */
  'page/load': { request: { part: 'session' | 'readability' }; response: { loaded: boolean } };
}

export const coreValidators: Validators<keyof CoreProtocol> = {
  ping: () => ({ ok: true, value: { type: 'ping' } }),
  'document/seen': (raw) => {
    const document = parseDocumentSummary(raw.document);
    if (!document.ok) return failAt('document', document.problem);
    if (!isRecord(raw.stats) || !isCount(raw.stats.sections) || !isCount(raw.stats.references)) {
      return fail('stats: expected counts of sections and references');
    }
    return { ok: true, value: { type: 'document/seen', document: document.value, stats: { sections: raw.stats.sections, references: raw.stats.references } } };
  },
  'tab/open': (raw) => {
    const { url } = raw;
    if (typeof url !== 'string' || url.length > MAX_URL || !isOpenableUrl(url)) {
      return fail('tab/open url: expected an http(s) URL or a page of this extension');
    }
    if (raw.inPlace !== undefined && typeof raw.inPlace !== 'boolean') return fail('tab/open inPlace: expected true or false');
    return { ok: true, value: { type: 'tab/open', url, ...(raw.inPlace ? { inPlace: true } : {}) } };
  },
  'sidepanel/open': () => ({ ok: true, value: { type: 'sidepanel/open' } }),
  'page/load': (raw) =>
    raw.part === 'session' || raw.part === 'readability'
      ? { ok: true, value: { type: 'page/load', part: raw.part } }
      : fail('page/load part: expected session or readability'),
};

export function coreHandlers({ db, effects, version }: RouterContext): Handlers<keyof CoreProtocol> {
  return {
    ping: async () => ({ version, databaseOpen: db.isOpen() }),
    'document/seen': async ({ document, stats }, sender) => {
      const stored = await recordDocumentSeen(db, document);
      const annotations = await countAnnotations(db, stored.id);
      await effects.showPageStats(sender.tabId, { ...stats, annotations, kind: stored.kind, date: stored.date });
      return { document: stored, annotations };
    },
    'tab/open': async ({ url, inPlace }, sender) => {
      // Extension pages only of this extension, never another's.
      if (!/^https?:/.test(url) && !url.startsWith(effects.extensionOrigin)) throw new Error("refused: not this extension's page");
      await effects.openTab(url, inPlace ? sender.tabId : undefined);
      return { opened: true };
    },
    'sidepanel/open': async (_request, sender) => ({ opened: await effects.openSidePanel(sender.tabId) }),
    'page/load': async ({ part }, sender) => {
      // Only into the frame that asked, of a tab: never on another page's behalf.
      if (sender.tabId === undefined) throw new Error('refused: only a page may ask for its scripts');
      return { loaded: await effects.loadPagePart(sender.tabId, sender.frameId ?? 0, part) };
    },
  };
}
