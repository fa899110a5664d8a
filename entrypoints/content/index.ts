import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { mayBeDiplomatic } from '../../lib/analysis/precheck';
import { AUTO_SITES } from '../../lib/sites';
import { send } from '../../messaging/client';
import type { PageCommand } from '../../messaging/protocol';
import { getBootstrap, setBootstrap, type Bootstrap } from './bootstrap';

/** Quiet time after the page's last change before it is looked at again. */
const RECHECK_AFTER_MS = 700;

/**
 * Runs on every matching page and costs almost nothing: the cheap pre-check, and, when the page
 * may hold a diplomatic text (or the user asks), a request to the background to load the page
 * session (analysis and overlay). Pages that fill in their text later are looked at again.
 */
export default defineContentScript({
  matches: [...AUTO_SITES],
  // The overlay's CSS is bundled into the page session and given to its shadow root, so nothing
  // has to be web-accessible and it works on any page the user analyses through activeTab.
  cssInjectionMode: 'manual',
  main(ctx) {
    if (getBootstrap()) return; // injected again (the toolbar button on a listed site)
    // Marks on the page's performance timeline, for the benchmarks (npm run bench).
    performance.mark('clausemark:content-start');
    const boot: Bootstrap = { ctx, force: false, session: null };
    setBootstrap(boot);
    ctx.onInvalidated(() => setBootstrap(undefined));

    let requested = false;
    const load = (force: boolean) => {
      boot.force ||= force;
      if (boot.session) return boot.session.analyseNow(force);
      // Already on its way: the session reads boot.force when it starts.
      if (requested) return;
      requested = true;
      send({ type: 'page/load', part: 'session' }).then(
        ({ loaded }) => {
          if (!loaded) requested = false; // the background said why; a later request tries again
        },
        (error: unknown) => {
          requested = false;
          console.warn('Clausemark: the page session could not be loaded', error);
        },
      );
    };

    browser.runtime.onMessage.addListener((message: PageCommand, sender, sendResponse) => {
      if (sender.id !== browser.runtime.id) return;
      switch (message?.type) {
        case 'page/analyse':
          load(message.force === true);
          return;
        case 'page/reveal':
          sendResponse(boot.session?.reveal(message.id) ?? false);
          return;
        case 'page/annotate':
          boot.session?.annotate(message.action === 'note' ? 'note' : 'highlight');
          return;
      }
    });

    const likely = mayBeDiplomatic(document);
    performance.mark('clausemark:precheck-done');
    if (likely) return load(false);
    // Not yet: a page that inserts its text later, or a single-page site that navigates.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const recheck = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (boot.session || !mayBeDiplomatic(document)) return;
        observer.disconnect();
        load(false);
      }, RECHECK_AFTER_MS);
    };
    const observer = new MutationObserver(recheck);
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    ctx.addEventListener(window, 'wxt:locationchange', recheck);
    ctx.onInvalidated(() => {
      clearTimeout(timer);
      observer.disconnect();
    });
  },
});
