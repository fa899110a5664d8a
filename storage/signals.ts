/**
 * Small signals between the background and the pages, kept in extension storage so that
 * content scripts and the side panel hear them without holding a connection open.
 */
import { storage } from 'wxt/utils/storage';
import type { PlacementsReport } from '../messaging/annotations';

/** Bumped whenever a document's annotations change: pages showing it reload them. */
export const annotationsChangedSignal = storage.defineItem<{ documentId: string; change: string } | null>('local:annotationsChanged', {
  fallback: null,
});

/**
 * Tells every page showing the document that its annotations changed. Each signal is unique
 * (storage reports no change when the same value is written again), so two changes to one
 * document in the same millisecond, from two tabs, are both heard.
 */
export function signalAnnotationsChanged(documentId: string): Promise<void> {
  return annotationsChangedSignal.setValue({ documentId, change: crypto.randomUUID() });
}

/** Bumped whenever the library's text in use of some instruments changes: pages citing them look again. */
export const libraryChangedSignal = storage.defineItem<{ instruments: string[]; change: string } | null>('local:libraryChanged', {
  fallback: null,
});

/** Tells every open page that what the library holds for these instruments changed. */
export function signalLibraryChanged(instruments: readonly string[]): Promise<void> {
  return libraryChangedSignal.setValue({ instruments: [...instruments], change: crypto.randomUUID() });
}

/** The latest placement report of the page in a tab (session storage: gone when the browser closes). */
export function placementsItem(tabId: number) {
  return storage.defineItem<PlacementsReport | null>(`session:placements-${tabId}`, { fallback: null });
}
