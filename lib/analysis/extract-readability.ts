/**
 * The Readability fallback for pages no site adapter knows, in its own module so that the
 * content script loads @mozilla/readability only when a page needs it:
 *
 *   extractPage(document, { readability: readabilityArticle });
 *
 * Readability's `isProbablyReaderable` is deliberately not consulted: its thresholds count
 * characters, and Chinese paragraphs, dense in meaning, are short in characters, so it turns
 * down Chinese statements that Readability itself extracts well.
 */
import { Readability } from '@mozilla/readability';
import type { ReadabilityArticle } from './extract';

/**
 * Runs Readability on a document clone and returns its article element (inside the clone),
 * or null when Readability finds no article. The clone is rewritten; pass only clones.
 */
export function readabilityArticle(clone: Document): ReadabilityArticle | null {
  // The serializer hands back the article element itself rather than its HTML, so the
  // extract stage can follow its text nodes back to the page.
  const parsed = new Readability<Element>(clone, { serializer: (node) => node as Element }).parse();
  if (!parsed?.content) return null;
  return {
    content: parsed.content,
    title: parsed.title ?? null,
    byline: parsed.byline ?? null,
    siteName: parsed.siteName ?? null,
    publishedTime: parsed.publishedTime ?? null,
  };
}
