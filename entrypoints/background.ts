import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createRouter } from '../messaging/router';
import { openDatabase } from '../storage/db';

export default defineBackground({
  type: 'module',
  main() {
    const database = openDatabase();
    const routerReady = database.then((db) =>
      createRouter({ db, extensionId: browser.runtime.id, version: browser.runtime.getManifest().version }),
    );
    database.catch((error) => console.error('Clausemark: the database could not be opened', error));

    // Callback style with `return true`: works in every Chromium and Firefox version we support.
    browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
      routerReady
        .then((route) => route(message, { id: sender.id, url: sender.url }))
        .catch((error: unknown) => ({ ok: false, error: `database unavailable: ${String(error)}` }))
        .then(sendResponse);
      return true;
    });
  },
});
