import { useEffect, useRef } from 'preact/hooks';
import { strings as uiStrings, type UiLanguage } from '../i18n';
import { articleNumberOf } from '../../lib/library/articles';
import type { LibraryArticle } from '../../lib/library/types';
import type { ReaderStrings } from './strings';

export interface ArticleListProps {
  articles: readonly LibraryArticle[];
  /** The text's language, for screen readers and fonts. */
  language: string;
  /** The eId the address points to (art_25, art_2__para_1): highlighted, scrolled to and focused. */
  target: string | null;
  strings: ReaderStrings;
  uiLanguage: UiLanguage;
}

/**
 * A text's articles, each an anchor (`id="art_25"`) with its heading and clauses as written,
 * all rendered as text. The article the address points to is marked, scrolled into view and
 * given focus, so that a screen reader starts reading there.
 */
export function ArticleList({ articles, language, target, strings: t, uiLanguage }: ArticleListProps) {
  const list = useRef<HTMLDivElement>(null);
  const present = target !== null && articles.some((a) => a.eId === target || a.clauses.some((c) => c.eId === target));

  useEffect(() => {
    if (!target || !present) return;
    const element = list.current?.querySelector<HTMLElement>(`[id="${CSS.escape(target)}"]`);
    if (!element) return;
    element.scrollIntoView({ block: 'start' });
    element.focus({ preventScroll: true });
  }, [target, present]);

  const missing = target && !present ? describeTarget(target, uiLanguage) : null;

  return (
    <section aria-labelledby="cm-articles-heading">
      <h3 id="cm-articles-heading">{t.articlesHeading}</h3>
      {missing && (
        <p role="alert" class="reader__missing">
          {t.missing(missing)}
        </p>
      )}
      {articles.length > 1 && (
        <nav aria-label={t.articleIndex} class="article-index">
          <details>
            <summary>{t.articleIndex}</summary>
            <ol lang={language}>
              {articles.map((a) => (
                <li key={a.eId}>
                  <a href={`#${a.eId}`}>{a.heading}</a>
                </li>
              ))}
            </ol>
          </details>
        </nav>
      )}
      <div ref={list} lang={language} class="articles" data-testid="cm-articles">
        {articles.map((article) => {
          const targeted = target === article.eId;
          return (
            <article
              key={article.eId}
              id={article.eId}
              tabIndex={-1}
              class={targeted ? 'article article--target' : 'article'}
              aria-labelledby={`${article.eId}-heading`}
              aria-current={targeted ? 'location' : undefined}
              data-testid="cm-article"
            >
              <h4 id={`${article.eId}-heading`}>
                {article.heading}
                {article.caption && <span class="article__caption"> {article.caption}</span>}
              </h4>
              {article.clauses
                .filter((clause) => clause.text.length > 0)
                .map((clause) => {
                  const own = clause.eId !== article.eId;
                  const hit = own && target === clause.eId;
                  return (
                    <p
                      key={clause.eId}
                      id={own ? clause.eId : undefined}
                      tabIndex={own ? -1 : undefined}
                      class={hit ? 'clause clause--target' : 'clause'}
                      aria-current={hit ? 'location' : undefined}
                      title={clause.label}
                    >
                      {clause.text}
                    </p>
                  );
                })}
            </article>
          );
        })}
      </div>
    </section>
  );
}

/** "Article 25" (or "第25条", "Статья 25") for `art_25`; the eId itself for a part of one. */
function describeTarget(target: string, uiLanguage: UiLanguage): string {
  const number = articleNumberOf(target);
  return number !== null ? uiStrings(uiLanguage).articles(String(number)) : target;
}
