import './style.css';
import { render } from 'preact';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Badge } from '../../components/Badge';
import { AUTO_SITES } from '../../lib/sites';
import { mayBeDiplomatic } from '../../lib/analysis/precheck';
import { foldForFingerprint } from '../../lib/text/normalize';
import { hash64 } from '../../lib/text/hash';
import { send } from '../../messaging/client';

export default defineContentScript({
  matches: [...AUTO_SITES],
  cssInjectionMode: 'ui',
  async main(ctx) {
    const headline = document.querySelector('h1')?.textContent ?? null;
    if (!mayBeDiplomatic(document)) return;

    const title = (headline ?? document.title).trim() || null;
    const fingerprint = hash64(foldForFingerprint(document.body.textContent ?? ''));
    send({
      type: 'document/seen',
      document: { fingerprint, title, kind: null, date: null, language: document.documentElement.lang || 'zh', parties: [], url: location.href },
    }).catch((error: unknown) => console.warn(error));

    const ui = await createShadowRootUi(ctx, {
      name: 'clausemark-overlay',
      position: 'inline',
      anchor: 'body',
      onMount(container) {
        render(<Badge title={title} />, container);
        return container;
      },
      onRemove(container) {
        if (container) render(null, container);
      },
    });
    ui.mount();
  },
});
