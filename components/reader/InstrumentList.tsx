import type { UiLanguage } from '../i18n';
import type { LibraryListing } from '../../storage/library';
import type { ReaderStrings } from './strings';
import type { Live } from './use-live';

export interface InstrumentListProps {
  library: Live<LibraryListing[]>;
  /** The instrument shown, marked as the current page. */
  current: string | null;
  strings: ReaderStrings;
  uiLanguage: UiLanguage;
  hrefOf: (id: string) => string;
}

/** The library's instruments as links, each with its language and number of articles. */
export function InstrumentList({ library, current, strings: t, uiLanguage, hrefOf }: InstrumentListProps) {
  return (
    <nav aria-labelledby="cm-instruments-heading" data-testid="cm-library-list">
      <h2 id="cm-instruments-heading">{t.instruments}</h2>
      {library.state === 'loading' ? (
        <p class="muted">{t.loading}</p>
      ) : library.state === 'failed' ? (
        <p role="alert">{t.failed(library.error)}</p>
      ) : library.value.length === 0 ? (
        <p class="muted">{t.empty}</p>
      ) : (
        <ul class="reader__instruments">
          {library.value.map(({ instrument, text, texts }) => (
            <li key={instrument.id}>
              <a href={hrefOf(instrument.id)} aria-current={instrument.id === current ? 'page' : undefined} lang={text?.language}>
                {text?.title ?? instrument.title}
              </a>
              <div class="meta">
                {[text ? languageName(text.language, uiLanguage) : null, text ? t.articles(text.articleCount) : null, texts > 1 ? `${t.texts}: ${texts}` : null]
                  .filter(Boolean)
                  .join(' · ')}
              </div>
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}

/** A language's name in the UI language ("Chinese", "китайский"), or its tag when the browser has none. */
export function languageName(tag: string, uiLanguage: UiLanguage): string {
  try {
    return new Intl.DisplayNames([uiLanguage], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
