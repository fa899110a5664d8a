import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createRouter } from '../../messaging/router';
import { openDatabase } from '../../storage/db';
import { effectiveUiLanguage, strings } from '../../components/i18n';
import { uiLanguageSetting, userSitesSetting } from '../../storage/settings';
import { placementsItem } from '../../storage/signals';
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
    // The menu speaks the interface's language, and follows it when the options change it.
    browser.runtime.onInstalled.addListener(async () => {
      const t = strings(effectiveUiLanguage(await uiLanguageSetting.getValue())).menus;
      browser.contextMenus.create({ id: MENU_ANALYSE, title: t.analyse, contexts: ['page', 'selection'] });
      browser.contextMenus.create({ id: MENU_HIGHLIGHT, title: t.highlight, contexts: ['selection'] });
      browser.contextMenus.create({ id: MENU_NOTE, title: t.note, contexts: ['selection'] });
    });
    uiLanguageSetting.watch((setting) => {
      const t = strings(effectiveUiLanguage(setting)).menus;
      void browser.contextMenus.update(MENU_ANALYSE, { title: t.analyse });
      void browser.contextMenus.update(MENU_HIGHLIGHT, { title: t.highlight });
      void browser.contextMenus.update(MENU_NOTE, { title: t.note });
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

    // A tab's placement report (what the side panel shows as "this page") holds for the page it
    // was made on: forget it when the tab closes or goes to another page.
    browser.tabs.onRemoved.addListener((tabId) => void placementsItem(tabId).removeValue());
    browser.tabs.onUpdated.addListener((tabId, change) => {
      if (change.url === undefined) return;
      const item = placementsItem(tabId);
      void item.getValue().then((report) => {
        if (report && report.url !== change.url!.split('#')[0]) return item.removeValue();
      });
    });

    // Sites the user turned Clausemark on for from the options page.
    void syncUserSiteScripts();
    userSitesSetting.watch(() => void syncUserSiteScripts());
  },
});
