import '../../components/pages.css';
import '../../components/reader/reader.css';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { effectiveUiLanguage, type UiLanguage } from '../../components/i18n';
import { ReaderPage } from '../../components/reader/ReaderPage';
import { readerStrings } from '../../components/reader/strings';
import { openDatabase, type ClausemarkDb } from '../../storage/db';
import { uiLanguageSetting } from '../../storage/settings';
import { signalLibraryChanged } from '../../storage/signals';

const root = document.getElementById('app')!;
const params = new URLSearchParams(location.search);
const instrumentId = params.get('instrument');
const from = params.get('from');

function draw(db: ClausemarkDb, uiLanguage: UiLanguage): void {
  document.documentElement.lang = uiLanguage;
  document.title = readerStrings(uiLanguage).title;
  render(
    <ReaderPage
      db={db}
      instrumentId={instrumentId}
      // Only a web page is linked back to.
      from={from && /^https?:/.test(from) ? from : null}
      target={decodeURIComponent(location.hash.slice(1)) || null}
      uiLanguage={uiLanguage}
      readerUrl={browser.runtime.getURL('/reader.html')}
      environment={{ parseHtml: (html) => new DOMParser().parseFromString(html, 'text/html') }}
      onChanged={(ids) => void signalLibraryChanged(ids).catch((error: unknown) => console.warn('Clausemark: open pages were not told of the change', error))}
    />,
    root,
  );
}

async function start(): Promise<void> {
  const db = await openDatabase();
  const language = async () => {
    const chosen = await uiLanguageSetting.getValue();
    return effectiveUiLanguage(chosen);
  };
  let uiLanguage = await language();
  draw(db, uiLanguage);
  // Links to other articles (the article index, a changed address) move the highlight.
  window.addEventListener('hashchange', () => draw(db, uiLanguage));
  uiLanguageSetting.watch(async () => {
    uiLanguage = await language();
    draw(db, uiLanguage);
  });
}

start().catch((error: unknown) => {
  root.textContent = `Clausemark could not open its library: ${String(error)}`;
});
