/**
 * The page session's link to the treaty library (issue 5): what each reference's card shows
 * and where its link leads, and offering the page's own articles to the library when the page
 * is a treaty, agreement or protocol.
 */
import { browser } from 'wxt/browser';
import type { ReferenceView } from '../../components/overlay/Overlay';
import type { PageAnalysisResult } from '../../lib/analysis/analyze';
import { libraryEntry } from '../../lib/library/articles';
import { articleQueries, readerHref, referenceLink, type FoundArticles } from '../../lib/library/jump';
import { send } from '../../messaging/client';
import type { LibraryAddResult } from '../../storage/library';

/**
 * The view of every reference: the reader page at the cited article, with its text, when the
 * library has it; the public copy otherwise. One look-up in the background for the whole page.
 */
export async function referenceViews(result: PageAnalysisResult): Promise<ReferenceView[]> {
  const { analysis } = result;
  const found = await findArticles(analysis.references);
  const reader = { base: browser.runtime.getURL('/reader.html'), from: location.href };
  return analysis.references.map((reference) => ({ reference, ...referenceLink(reference, analysis.language, found, reader) }));
}

/** Whether any of the page's references cites one of these instruments. */
export function citesAny(result: PageAnalysisResult, instruments: readonly string[]): boolean {
  const cited = new Set(articleQueries(result.analysis.references).map((q) => q.id));
  return instruments.some((id) => cited.has(id));
}

async function findArticles(references: PageAnalysisResult['analysis']['references']): Promise<FoundArticles> {
  const queries = articleQueries(references);
  if (!queries.length) return new Map();
  try {
    const { instruments } = await send({ type: 'library/lookup', instruments: queries });
    return new Map(instruments.map((i) => [i.id, new Map(i.articles.map((a) => [a.number, a.text]))]));
  } catch (error) {
    // The links still work without the library: they go to the public copies.
    console.warn('Clausemark: the library could not be read; references link to public copies', error);
    return new Map();
  }
}

/**
 * Stores the page's articles in the library when the page is a treaty, agreement or protocol,
 * and returns what the library did (added, already there, kept as another copy) with the reader
 * page's address for the instrument; null when the page is not one or holds no articles.
 */
export async function offerToLibrary(
  result: PageAnalysisResult,
  again = false,
): Promise<(LibraryAddResult & { readerUrl: string; articles: number }) | null> {
  const made = libraryEntry(result, { url: location.href.split('#')[0]! });
  if (!made.ok) {
    if (made.reason !== 'not-an-instrument') console.info(`Clausemark: this instrument was not added to the library (${made.reason})`);
    return null;
  }
  const { entry } = made;
  const added = await send({ type: 'library/add', entry, again });
  const count = entry.articles.length;
  if (added.outcome === 'added') console.info(`Clausemark: added “${entry.title}” (${count} articles) to the library`);
  else if (added.outcome === 'known') console.info(`Clausemark: “${entry.title}” is already in the library`);
  else if (added.outcome === 'removed-before') console.info(`Clausemark: “${entry.title}” was removed from the library before; not added again unasked`);
  else console.info(`Clausemark: kept this copy of “${added.title}” (${count} articles) beside the one in use; choose between them in the library`);
  return { ...added, articles: count, readerUrl: readerHref(browser.runtime.getURL('/reader.html'), added.instrumentId) };
}
