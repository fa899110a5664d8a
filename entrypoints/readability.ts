import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readabilityArticle } from '../lib/analysis/extract-readability';
import { getBootstrap } from './content/bootstrap';

/**
 * Readability, for pages no site adapter knows: injected by the background into the content
 * script's isolated world only when the page session asks, so that statement pages of the
 * listed sites never load it.
 */
export default defineUnlistedScript(() => {
  const boot = getBootstrap();
  if (boot) boot.readability = readabilityArticle;
});
