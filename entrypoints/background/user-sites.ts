/**
 * Sites the user turned Clausemark on for (options page): the content script is registered
 * for them at run time, once the user granted the host permission.
 */
import { browser } from 'wxt/browser';
import { userSitesSetting } from '../../storage/settings';

const SCRIPT_ID = 'clausemark-user-sites';

/** Registers the content script for every user site that still has its permission. */
export async function syncUserSiteScripts(): Promise<void> {
  const scripting = browser.scripting as typeof browser.scripting & {
    getRegisteredContentScripts?: (filter?: { ids?: string[] }) => Promise<Array<{ id: string }>>;
  };
  if (!scripting.registerContentScripts || !scripting.getRegisteredContentScripts) return;
  const sites = await userSitesSetting.getValue();
  const granted: string[] = [];
  for (const origin of sites) {
    const pattern = `${origin}/*`;
    if (await browser.permissions.contains({ origins: [pattern] })) granted.push(pattern);
  }
  const existing = await scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length) await scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (!granted.length) return;
  await scripting.registerContentScripts([
    { id: SCRIPT_ID, matches: granted, js: ['content-scripts/content.js'], runAt: 'document_idle', persistAcrossSessions: true },
  ]);
}
