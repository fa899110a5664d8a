/**
 * Where a reference leads when its text is not in the user's library: the instrument's public
 * copy, with a text fragment that scrolls to the cited article's heading
 * (`#:~:text=第二十五条`, `#:~:text=Article%2025`), or the UN document by its symbol.
 */
import type { Reference } from '../analysis/types';
import { toChineseNumeral } from '../analysis/numerals';
import { ruleLanguage, type RuleLanguage } from '../analysis/rule-language';
import { instrumentById, publicCopyOf } from './registry';

/** A link out of the page, and the language of what it opens. */
export interface PublicLink {
  href: string;
  language: RuleLanguage;
}

/** The heading an article has in a text of the given language: 第二十五条, Article 25, Статья 25. */
export function articleHeading(article: number, language: string): string {
  if (language === 'zh') return `第${toChineseNumeral(article)}条`;
  if (language === 'ru') return `Статья ${article}`;
  return `Article ${article}`;
}

/** The UN Official Document System address of a symbol: https://docs.un.org/en/A/RES/74/247. */
export function unDocumentUrl(symbol: string, language: string): string {
  return `https://docs.un.org/${ruleLanguage(language)}/${symbol.replace(/\s+/g, '')}`;
}

/**
 * The public link for a reference, preferring a copy in the document's language; null when the
 * instrument is unknown or no public copy is recorded.
 */
export function publicLink(reference: Reference, documentLanguage: string): PublicLink | null {
  const preferred = ruleLanguage(documentLanguage);
  if (reference.kind === 'resolution') {
    const symbol = reference.symbols[0];
    return symbol ? { href: unDocumentUrl(symbol, preferred), language: preferred } : null;
  }
  const instrument = reference.instrument?.id ? instrumentById(reference.instrument.id) : undefined;
  const copy = instrument ? publicCopyOf(instrument, preferred) : null;
  if (!copy) return null;
  const href = encodeURI(decodeURI(copy.url));
  const article = reference.articles[0];
  if (article === undefined) return { href, language: copy.language };
  return { href: `${href.split('#')[0]}#:~:text=${encodeURIComponent(articleHeading(article, copy.language))}`, language: copy.language };
}
