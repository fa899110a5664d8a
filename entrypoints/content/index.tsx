import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { uiLanguageFor } from '../../components/i18n';
import { AUTO_SITES } from '../../lib/sites';
import type { PageCommand } from '../../messaging/protocol';
import { uiLanguageSetting } from '../../storage/settings';
import { PageSession } from './session';

/** Set once per page, so a second injection (toolbar button on a listed site) reuses the session. */
const SESSION_KEY = Symbol.for('clausemark.session');

export default defineContentScript({
  matches: [...AUTO_SITES],
  // The overlay's CSS is bundled into the script and given to the shadow root, so nothing has to
  // be web-accessible and it works on any page the user analyses through activeTab.
  cssInjectionMode: 'manual',
  async main(ctx) {
    const global = globalThis as typeof globalThis & { [SESSION_KEY]?: PageSession };
    if (global[SESSION_KEY]) return;
    const chosen = await uiLanguageSetting.getValue();
    const session = new PageSession(ctx, chosen === 'auto' ? uiLanguageFor(navigator.language) : chosen);
    global[SESSION_KEY] = session;
    ctx.onInvalidated(() => delete global[SESSION_KEY]);

    browser.runtime.onMessage.addListener((message: PageCommand, sender, sendResponse) => {
      if (sender.id !== browser.runtime.id) return;
      switch (message?.type) {
        case 'page/analyse':
          session.analyseNow(message.force === true);
          return;
        case 'page/reveal':
          sendResponse(session.reveal(message.id));
          return;
        case 'page/annotate':
          session.annotate(message.action === 'note' ? 'note' : 'highlight');
          return;
      }
    });
    uiLanguageSetting.watch((value) => session.setUiLanguage(value === 'auto' ? uiLanguageFor(navigator.language) : value));
    session.start(false);
  },
});
