import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { effectiveUiLanguage } from '../components/i18n';
import { uiLanguageSetting } from '../storage/settings';
import { getBootstrap } from './content/bootstrap';
import { PageSession } from './content/session';

/**
 * The page session: analysis, overlay, highlights. Injected by the background into the content
 * script's isolated world when the page may hold a diplomatic text or the user asked for it;
 * picks up the content script's context from the bootstrap.
 */
export default defineUnlistedScript(async () => {
  const boot = getBootstrap();
  if (!boot || boot.session || boot.starting || boot.ctx.isInvalid) return;
  boot.starting = true;
  const chosen = await uiLanguageSetting.getValue();
  const session = new PageSession(boot.ctx, effectiveUiLanguage(chosen));
  boot.session = session;
  const unwatch = uiLanguageSetting.watch((value) => session.setUiLanguage(effectiveUiLanguage(value)));
  boot.ctx.onInvalidated(unwatch);
  session.start(boot.force);
});
