/**
 * The page session's link to the treaty library (issue 5): what each reference's card shows
 * and where its link leads, and offering the page's own articles to the library when the page
 * is a treaty.
 */
import type { ReferenceView } from '../../components/overlay/Overlay';
import type { PageAnalysisResult } from '../../lib/analysis/analyze';
import { publicLink } from '../../lib/references/links';

/** The view of every reference: its public copy, until the library knows the article's text. */
export async function referenceViews(result: PageAnalysisResult): Promise<ReferenceView[]> {
  const { analysis } = result;
  return analysis.references.map((reference) => {
    const link = publicLink(reference, analysis.language);
    return {
      reference,
      href: link?.href ?? null,
      external: true,
      articles: reference.articles.map((number) => ({ number, text: null })),
    };
  });
}

/** Offers the page's articles to the library when the page is a treaty (not yet: issue 5). */
export async function offerToLibrary(result: PageAnalysisResult): Promise<void> {
  void result;
}
