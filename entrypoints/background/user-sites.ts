/**
 * Sites the user turned Clausemark on for (options page): the content script is registered
 * for them at run time, once the user granted the host permission.
 */
import { browser } from 'wxt/browser';
import { userSitesSetting } from '../../storage/settings';

const SCRIPT_ID = 'clausemark-user-sites';

let syncing: Promise<void> = Promise.resolve();

/**
 * Registers the content script for every user site that still has its permission. Runs one at a
 * time (the service worker starts it on every wake, and the setting's watcher too), and leaves a
 * registration that is already right alone, so that pages loading meanwhile are not missed.
 */
export function syncUserSiteScripts(): Promise<void> {
  syncing = syncing.then(sync, sync);
  return syncing;
}

async function sync(): Promise<void> {
  const scripting = browser.scripting as typeof browser.scripting & {
    getRegisteredContentScripts?: (filter?: { ids?: string[] }) => Promise<Array<{ id: string; matches?: string[] }>>;
  };
  if (!scripting.registerContentScripts || !scripting.getRegisteredContentScripts) return;
  const sites = await userSitesSetting.getValue();
  const granted: string[] = [];
  for (const origin of sites) {
    const pattern = `${origin}/*`;
    if (await browser.permissions.contains({ origins: [pattern] })) granted.push(pattern);
  }
  const [existing] = await scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing && sameSet(existing.matches ?? [], granted)) return;
  if (existing) await scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (!granted.length) return;
  await scripting.registerContentScripts([
    { id: SCRIPT_ID, matches: granted, js: ['content-scripts/content.js'], runAt: 'document_idle', persistAcrossSessions: true },
  ]);
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
