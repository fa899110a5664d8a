/**
 * From the analysis of a treaty to the articles the library stores: each `art_N` clause with
 * its `art_N__…` sub-clauses in order, their labels kept and their text as written (numbering
 * included), and the whole as a library entry under the instrument it is a copy of.
 */
import type { Analysis, Clause, DocumentKind, TextBlock } from '../analysis/types';
import type { Structure } from '../analysis/structure';
import type { Problem } from '../records/fields';
import { matchInstrument } from './match';
import { LIBRARY_KINDS, LIBRARY_LIMITS, type LibraryArticle, type LibraryEntry, type LibrarySource } from './types';

const ARTICLE_EID = /^art_(\d+)$/;

/** The article number an eId names (`art_25` → 25), or null for any other eId. */
export function articleNumberOf(eId: string): number | null {
  const m = ARTICLE_EID.exec(eId);
  return m ? Number(m[1]) : null;
}

/** What the articles are read from: an analysis with its structure and the text model's blocks. */
export interface ArticleSource {
  analysis: Pick<Analysis, 'clauses'>;
  structure: Pick<Structure, 'articles'>;
  model: { blocks: readonly TextBlock[] };
}

/**
 * The articles of an analysed text, in order: every article heading the structure found, with
 * the clauses addressed under it (`art_N`, or `art_N__para_1` … when it has several
 * paragraphs). Each clause keeps its numbering as written (1., （一）, а)); each article its
 * heading line as written (第二十五条, Статья 25, Article 25) and its caption. Preamble,
 * chapter paragraphs and closing lines are not articles and are left out.
 */
export function libraryArticles(source: ArticleSource): LibraryArticle[] {
  const textOf = new Map(source.model.blocks.map((b) => [b.index, b.text]));
  const byArticle = new Map<string, Clause[]>();
  for (const clause of source.analysis.clauses) {
    const eId = clause.eId.split('__')[0]!;
    if (articleNumberOf(eId) === null) continue;
    if (!byArticle.has(eId)) byArticle.set(eId, []);
    byArticle.get(eId)!.push(clause);
  }
  const articles: LibraryArticle[] = [];
  for (const heading of source.structure.articles) {
    const number = articleNumberOf(heading.eId);
    if (number === null) continue;
    const clauses = byArticle.get(heading.eId) ?? [];
    const headingText = textOf.get(heading.block) ?? '';
    const first = clauses[0];
    // The heading line as written: the start of its block when the article's text runs on in it
    // (第二十五条　本条约…), else the whole block (Статья 25).
    const line = (first && first.block === heading.block ? headingText.slice(0, first.start) : headingText).trim();
    const written = line && line.length <= LIBRARY_LIMITS.label ? line : heading.label;
    const caption = heading.caption && !written.includes(heading.caption) ? heading.caption : null;
    articles.push({
      number,
      eId: heading.eId,
      heading: written,
      caption,
      clauses: clauses.map((clause, i) => {
        // What lies between the previous clause in the same block (or the block's start) and
        // this one is its numbering; in the heading's block it is the heading, already kept.
        const previous = clauses[i - 1];
        const from = clause.block === heading.block ? clause.start : previous && previous.block === clause.block ? previous.end : 0;
        const block = textOf.get(clause.block);
        return { eId: clause.eId, label: clause.label, text: (block === undefined ? clause.text : block.slice(from, clause.end)).trim() };
      }),
    });
  }
  return articles;
}

/** An article's text for a card or a plain-text copy: its clauses as written, one per line. */
export function articleText(article: Pick<LibraryArticle, 'clauses'>): string {
  return article.clauses
    .map((c) => c.text)
    .filter((text) => text.length > 0)
    .join('\n');
}

/** Why a text cannot go into the library. */
export type EntryRefusal =
  /** Not a treaty, agreement or protocol (or, for a file, not a diplomatic text at all). */
  | 'not-an-instrument'
  /** No articles were found in it. */
  | 'no-articles'
  /** It has no title to name the instrument by. */
  | 'no-title'
  /** It is larger than the library takes. */
  | 'too-large';

export interface EntryOptions {
  /** The kinds that qualify; 'any' takes every diplomatic text that has articles (a file the user chose). */
  kinds?: ReadonlySet<DocumentKind> | 'any';
  /** The title to use when the text has none (a file's name). */
  fallbackTitle?: string | null;
}

/**
 * The library entry for an analysed text, or why there is none. A page qualifies when it is a
 * treaty, agreement or protocol with articles; the instrument is found in the registry by the
 * text's title, or given an id made from it.
 */
export function libraryEntry(
  result: ArticleSource & { analysis: Analysis },
  source: LibrarySource,
  options: EntryOptions = {},
): { ok: true; entry: LibraryEntry } | { ok: false; reason: EntryRefusal } {
  const { analysis } = result;
  const kinds = options.kinds ?? LIBRARY_KINDS;
  if (!analysis.diplomatic || !analysis.kind || (kinds !== 'any' && !kinds.has(analysis.kind))) return { ok: false, reason: 'not-an-instrument' };
  const articles = libraryArticles(result);
  if (articles.length === 0) return { ok: false, reason: 'no-articles' };
  const title = (analysis.title ?? options.fallbackTitle ?? '').trim();
  const instrument = title ? matchInstrument(title) : null;
  if (!instrument) return { ok: false, reason: 'no-title' };
  if (!withinLimits(articles) || title.length > LIBRARY_LIMITS.title) return { ok: false, reason: 'too-large' };
  return {
    ok: true,
    entry: {
      instrument,
      fingerprint: analysis.fingerprint,
      title,
      kind: analysis.kind,
      language: analysis.language,
      date: analysis.date,
      source,
      articles,
    },
  };
}

/** Whether articles keep the library's limits (counts, lengths, total size). */
export function withinLimits(articles: readonly LibraryArticle[]): boolean {
  return limitsProblem(articles) === null;
}

/** Where articles break the library's limits (a path from the list down, and the limit), or null. */
export function limitsProblem(articles: readonly LibraryArticle[]): Problem | null {
  if (articles.length > LIBRARY_LIMITS.articles) return { path: [], reason: `expected at most ${LIBRARY_LIMITS.articles} articles` };
  let total = 0;
  for (const [i, article] of articles.entries()) {
    if (article.clauses.length > LIBRARY_LIMITS.clauses) return { path: [i, 'clauses'], reason: `expected at most ${LIBRARY_LIMITS.clauses} clauses` };
    if (article.heading.length > LIBRARY_LIMITS.label) return { path: [i, 'heading'], reason: `expected at most ${LIBRARY_LIMITS.label} characters` };
    if ((article.caption?.length ?? 0) > LIBRARY_LIMITS.title) return { path: [i, 'caption'], reason: `expected at most ${LIBRARY_LIMITS.title} characters` };
    for (const [j, clause] of article.clauses.entries()) {
      if (clause.text.length > LIBRARY_LIMITS.clauseText) return { path: [i, 'clauses', j, 'text'], reason: `expected at most ${LIBRARY_LIMITS.clauseText} characters` };
      if (clause.label.length > LIBRARY_LIMITS.label) return { path: [i, 'clauses', j, 'label'], reason: `expected at most ${LIBRARY_LIMITS.label} characters` };
      total += clause.text.length;
    }
  }
  return total <= LIBRARY_LIMITS.totalText ? null : { path: [], reason: `more than ${LIBRARY_LIMITS.totalText} characters of text` };
}
