/**
 * The jump from a reference to the article it cites: which instruments and articles a page's
 * references need from the library (one look-up for the whole page), and, once the library
 * has answered, where each reference leads and what its card shows: the reader page at the
 * article with the article's text when the library holds it, else the public copy with a text
 * fragment.
 */
import type { Reference } from '../analysis/types';
import { publicLink } from '../references/links';
import { instrumentIdOf } from './match';
import { LIBRARY_LIMITS } from './types';

/** One instrument's articles wanted from the library. */
export interface ArticleQuery {
  id: string;
  /** Article numbers, ascending; empty when only the instrument is cited. */
  articles: number[];
}

/** What the library holds of one instrument: its in-use text's articles, by number. */
export type FoundArticles = ReadonlyMap<string, ReadonlyMap<number, string>>;

/** Where a reference leads and what its card shows. */
export interface ReferenceLink {
  href: string | null;
  /** True for a public copy on the web, false for the extension's reader page. */
  external: boolean;
  /** Each cited article with its text, or null when the library does not have it. */
  articles: Array<{ number: number; text: string | null }>;
}

/** The longest source address carried in a reader link; a longer one is left out. */
const MAX_FROM = 2_000;

/**
 * The look-ups a page's references need, one per instrument with the union of the articles
 * cited, within the protocol's limits. References to the document itself and to unidentified
 * instruments need none.
 */
export function articleQueries(references: readonly Reference[]): ArticleQuery[] {
  const wanted = new Map<string, Set<number>>();
  for (const reference of references) {
    if (reference.kind === 'resolution') continue;
    const id = instrumentIdOf(reference.instrument);
    if (!id) continue;
    if (!wanted.has(id) && wanted.size >= LIBRARY_LIMITS.lookupInstruments) continue;
    const numbers = wanted.get(id) ?? new Set<number>();
    wanted.set(id, numbers);
    for (const n of reference.articles) if (numbers.size < LIBRARY_LIMITS.lookupArticles) numbers.add(n);
  }
  return [...wanted].map(([id, numbers]) => ({ id, articles: [...numbers].sort((a, b) => a - b) }));
}

/**
 * The reader page's address for an instrument, at an article when given, with the page the
 * reader came from (`from`) so that the reader can link back to it.
 *
 * @param base the reader page's URL (chrome-extension://<id>/reader.html)
 */
export function readerHref(base: string, id: string, article?: number | null, from?: string | null): string {
  const query = new URLSearchParams({ instrument: id });
  if (from && from.length <= MAX_FROM && /^(?:https?|file):/.test(from)) query.set('from', from.split('#')[0]!);
  return `${base}?${query.toString()}${article ? `#art_${article}` : ''}`;
}

/**
 * Where a reference leads: to the reader page at the first cited article the library holds
 * (or at the instrument, when the reference cites no article), with the texts it holds; else
 * to the public copy at the cited article's heading (text fragment), as without a library;
 * else to the library's copy of the instrument, when there is one.
 */
export function referenceLink(
  reference: Reference,
  documentLanguage: string,
  found: FoundArticles,
  reader: { base: string; from?: string | null },
): ReferenceLink {
  const id = reference.kind === 'resolution' ? null : instrumentIdOf(reference.instrument);
  const held = id ? found.get(id) : undefined;
  const articles = reference.articles.map((number) => ({ number, text: held?.get(number) ?? null }));
  if (id && held) {
    const first = articles.find((a) => a.text !== null);
    if (first || reference.articles.length === 0) {
      return { href: readerHref(reader.base, id, first?.number ?? null, reader.from), external: false, articles };
    }
  }
  const link = publicLink(reference, documentLanguage);
  if (link) return { href: link.href, external: true, articles };
  // No public copy, and the library's text lacks the cited articles: its instrument page still says what it has.
  return id && held ? { href: readerHref(reader.base, id, null, reader.from), external: false, articles } : { href: null, external: true, articles };
}
