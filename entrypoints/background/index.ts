import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createRouter } from '../../messaging/router';
import { openDatabase } from '../../storage/db';
import { userSitesSetting } from '../../storage/settings';
import { analyseTab, annotateInTab, browserEffects, openSidePanel, toolbarButton } from './tabs';
import { syncUserSiteScripts } from './user-sites';

const MENU_ANALYSE = 'clausemark-analyse';
const MENU_HIGHLIGHT = 'clausemark-highlight';
const MENU_NOTE = 'clausemark-note';

export default defineBackground({
  type: 'module',
  main() {
    const database = openDatabase();
    const routerReady = database.then((db) =>
      createRouter({
        db,
        extensionId: browser.runtime.id,
        version: browser.runtime.getManifest().version,
        effects: browserEffects(),
      }),
    );
    database.catch((error: unknown) => console.error('Clausemark: the database could not be opened', error));
    // Research notes must not be evicted under storage pressure.
    void navigator.storage?.persist?.().catch(() => false);

    // Callback style with `return true`: works in every Chromium and Firefox version we support.
    browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
      routerReady
        .then((route) => route(message, { id: sender.id, url: sender.url, tabId: sender.tab?.id, frameId: sender.frameId, origin: sender.origin }))
        .catch((error: unknown) => ({ ok: false, error: `database unavailable: ${String(error)}` }))
        .then(sendResponse);
      return true;
    });

    // The toolbar button, the context menu and the keyboard shortcut analyse the current page
    // (activeTab grants access to it) and open the side panel.
    browser.runtime.onInstalled.addListener(() => {
      browser.contextMenus.create({ id: MENU_ANALYSE, title: 'Analyse this page with Clausemark', contexts: ['page', 'selection'] });
      browser.contextMenus.create({ id: MENU_HIGHLIGHT, title: 'Highlight with Clausemark', contexts: ['selection'] });
      browser.contextMenus.create({ id: MENU_NOTE, title: 'Add a Clausemark note…', contexts: ['selection'] });
    });
    browser.contextMenus.onClicked.addListener((info, tab) => {
      if (tab?.id === undefined) return;
      if (info.menuItemId === MENU_ANALYSE) void analyseTab(tab.id);
      else if (info.menuItemId === MENU_HIGHLIGHT) void annotateInTab(tab.id, 'highlight');
      else if (info.menuItemId === MENU_NOTE) void annotateInTab(tab.id, 'note');
    });
    toolbarButton().onClicked.addListener((tab) => {
      if (tab.id === undefined) return;
      void openSidePanel(tab.id);
      void analyseTab(tab.id);
    });
    browser.commands.onCommand.addListener((command, tab) => {
      if (tab?.id === undefined) return;
      if (command === 'analyse-page') void analyseTab(tab.id);
      else if (command === 'highlight-selection') void annotateInTab(tab.id, 'highlight');
      else if (command === 'note-selection') void annotateInTab(tab.id, 'note');
    });

    // Sites the user turned Clausemark on for from the options page.
    void syncUserSiteScripts();
    userSitesSetting.watch(() => void syncUserSiteScripts());
  },
});
