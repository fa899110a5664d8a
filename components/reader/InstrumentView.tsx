import { useState } from 'preact/hooks';
import { formatDate, strings as uiStrings, type UiLanguage } from '../i18n';
import type { ClausemarkDb } from '../../storage/db';
import { readArticles, type LibraryInstrumentRecord, type LibraryTextRecord } from '../../storage/library';
import { ArticleList } from './ArticleList';
import { languageName } from './InstrumentList';
import type { ReaderStrings } from './strings';
import { useLive } from './use-live';

export interface InstrumentViewProps {
  db: ClausemarkDb;
  instrument: LibraryInstrumentRecord;
  /** Its texts, oldest first. */
  texts: LibraryTextRecord[];
  target: string | null;
  strings: ReaderStrings;
  uiLanguage: UiLanguage;
  onChoose: (instrumentId: string, fingerprint: string) => void;
  onRemoveText: (fingerprint: string) => void;
  onRemoveInstrument: (instrumentId: string, title: string) => void;
}

/**
 * One instrument: its title, its texts (which is in use, where each came from, the choice
 * between them), and the articles of the text shown, the one in use unless the user shows another.
 */
export function InstrumentView(props: InstrumentViewProps) {
  const { db, instrument, texts, strings: t, uiLanguage } = props;
  const [chosenToShow, setChosenToShow] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const shown = texts.find((x) => x.fingerprint === chosenToShow) ?? texts.find((x) => x.fingerprint === instrument.inUse) ?? texts[0];
  const articles = useLive(() => (shown ? readArticles(db, shown.fingerprint) : Promise.resolve([])), [db, shown?.fingerprint]);
  const inUse = texts.find((x) => x.fingerprint === instrument.inUse);
  const title = inUse?.title ?? instrument.title;
  const kinds = uiStrings(uiLanguage).kinds;

  return (
    <div class="instrument" data-testid="cm-instrument">
      <h2 id="cm-instrument-title" lang={inUse?.language}>
        {title}
      </h2>
      <p class="meta">
        {[kinds[instrument.kind], instrument.registered ? t.registered : t.notRegistered, inUse?.date ? formatDate(inUse.date, uiLanguage) : null]
          .filter(Boolean)
          .join(' · ')}
      </p>

      <section aria-labelledby="cm-texts-heading">
        <h3 id="cm-texts-heading">{t.texts}</h3>
        {texts.length > 1 && <p class="muted">{t.textsNote(texts.length)}</p>}
        <ul class="texts" data-testid="cm-texts">
          {texts.map((text) => {
            const used = text.fingerprint === instrument.inUse;
            const isShown = text.fingerprint === shown?.fingerprint;
            return (
              <li key={text.fingerprint} class={isShown ? 'texts__item texts__item--shown' : 'texts__item'} data-testid="cm-text" data-fingerprint={text.fingerprint}>
                <div class="texts__title" lang={text.language}>
                  {text.title}
                </div>
                <div class="meta">
                  {[languageName(text.language, uiLanguage), t.articles(text.articleCount), text.date ? formatDate(text.date, uiLanguage) : null, t.added(formatDate(text.created.slice(0, 10), uiLanguage))]
                    .filter(Boolean)
                    .join(' · ')}
                </div>
                {(text.urls.length > 0 || text.files.length > 0) && (
                  <div class="meta">
                    {t.sources}:{' '}
                    {text.urls.map((url, i) => (
                      <>
                        {i > 0 && ', '}
                        {/^https?:/.test(url) ? <a href={url}>{url}</a> : <span>{url}</span>}
                      </>
                    ))}
                    {text.files.map((file, i) => (
                      <>
                        {i > 0 || text.urls.length > 0 ? ', ' : ''}
                        <span class="texts__file">{file}</span>
                      </>
                    ))}
                  </div>
                )}
                <div class="texts__actions">
                  {used ? (
                    <span class="texts__in-use" data-testid="cm-in-use">
                      {t.inUse}
                    </span>
                  ) : (
                    <button type="button" onClick={() => (props.onChoose(instrument.id, text.fingerprint), setChosenToShow(null))}>
                      {t.useThis}
                    </button>
                  )}
                  {texts.length > 1 &&
                    (isShown ? (
                      <span class="muted">{t.shown}</span>
                    ) : (
                      <button type="button" onClick={() => setChosenToShow(text.fingerprint)}>
                        {t.show}
                      </button>
                    ))}
                  {texts.length > 1 && (
                    <button type="button" class="danger" onClick={() => props.onRemoveText(text.fingerprint)}>
                      {t.removeText}
                    </button>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
        <div class="instrument__remove">
          {confirming ? (
            <div role="group" aria-label={t.confirmRemove(title)}>
              <p>{t.confirmRemove(title)}</p>
              <button type="button" class="danger" autoFocus onClick={() => props.onRemoveInstrument(instrument.id, title)}>
                {t.confirm}
              </button>{' '}
              <button type="button" onClick={() => setConfirming(false)}>
                {t.cancel}
              </button>
            </div>
          ) : (
            <button type="button" class="danger" onClick={() => setConfirming(true)}>
              {t.removeInstrument}
            </button>
          )}
        </div>
      </section>

      {shown &&
        (articles.state === 'ready' ? (
          <ArticleList key={shown.fingerprint} articles={articles.value} language={shown.language} target={props.target} strings={t} uiLanguage={uiLanguage} />
        ) : articles.state === 'failed' ? (
          <p role="alert">{t.failed(articles.error)}</p>
        ) : (
          <p class="muted">{t.loading}</p>
        ))}
    </div>
  );
}
