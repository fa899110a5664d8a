import { useState } from 'preact/hooks';
import type { UiLanguage } from '../i18n';
import { importFile, type ImportEnvironment } from '../../lib/library/import';
import type { ClausemarkDb } from '../../storage/db';
import { chooseText, listLibrary, readInstrument, removeInstrument, removeText, storeImport } from '../../storage/library';
import { ImportForm } from './ImportForm';
import { InstrumentList } from './InstrumentList';
import { InstrumentView } from './InstrumentView';
import { readerStrings } from './strings';
import { useLive } from './use-live';

export interface ReaderPageProps {
  db: ClausemarkDb;
  /** The instrument asked for (`?instrument=`), or null for the library's list alone. */
  instrumentId: string | null;
  /** The page the reader came from (`?from=`), for the link back; null when opened otherwise. */
  from: string | null;
  /** The element the address points to (`#art_25`), or null. */
  target: string | null;
  uiLanguage: UiLanguage;
  /** Where the reader page itself is, to link to instruments (reader.html). */
  readerUrl: string;
  environment: ImportEnvironment;
  /** Called after a change to what the library holds for these instruments, so open pages update. */
  onChanged: (instrumentIds: string[]) => void;
}

/** A message about what the user just did: done, or refused. */
type Notice = { kind: 'status' | 'alert'; text: string; link?: { href: string; label: string } } | null;

/**
 * The reader page: the library's instruments, one shown at a time with its texts and articles,
 * and the import of a file. Reads and changes the library directly (an extension page).
 */
export function ReaderPage(props: ReaderPageProps) {
  const { db, instrumentId, uiLanguage } = props;
  const t = readerStrings(uiLanguage);
  const library = useLive(() => listLibrary(db), [db]);
  const instrument = useLive(() => (instrumentId ? readInstrument(db, instrumentId) : Promise.resolve(null)), [db, instrumentId]);
  const [notice, setNotice] = useState<Notice>(null);
  const instrumentHref = (id: string) => `${props.readerUrl}?${new URLSearchParams({ instrument: id }).toString()}`;

  const act = async (instrument: string, work: () => Promise<string>) => {
    try {
      const text = await work();
      props.onChanged([instrument]);
      setNotice({ kind: 'status', text });
    } catch (error) {
      setNotice({ kind: 'alert', text: t.failed(error instanceof Error ? error.message : String(error)) });
    }
  };

  const onFile = async (file: File) => {
    setNotice({ kind: 'status', text: t.importing });
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const result = await storeImport(db, importFile({ name: file.name, type: file.type, bytes }, props.environment));
      if (!result.ok) {
        setNotice({ kind: 'alert', text: t.refused[result.reason] });
        return;
      }
      const { added } = result;
      if (added.outcome === 'added') props.onChanged([added.instrumentId]);
      const text =
        added.outcome === 'added'
          ? t.imported(result.entry.title, result.entry.articles.length)
          : added.outcome === 'known'
            ? t.importedKnown(added.title)
            : t.importedOther(added.title);
      setNotice({
        kind: 'status',
        text,
        link: added.instrumentId === instrumentId ? undefined : { href: instrumentHref(added.instrumentId), label: t.open },
      });
    } catch (error) {
      setNotice({ kind: 'alert', text: t.failed(error instanceof Error ? error.message : String(error)) });
    }
  };

  return (
    <div class="reader" data-testid="cm-reader">
      <header class="reader__header">
        <h1>{t.title}</h1>
        {props.from && (
          <a class="reader__back" href={props.from} data-testid="cm-reader-back">
            ← {t.back}
          </a>
        )}
      </header>
      <div class={notice?.kind === 'alert' ? 'reader__notice reader__notice--alert' : 'reader__notice'} role={notice?.kind ?? 'status'} aria-live="polite" data-testid="cm-reader-notice">
        {notice?.text}
        {notice?.link && (
          <>
            {' '}
            <a href={notice.link.href}>{notice.link.label}</a>
          </>
        )}
      </div>
      <div class="reader__columns">
        <aside class="reader__side">
          <InstrumentList library={library} current={instrumentId} strings={t} uiLanguage={uiLanguage} hrefOf={instrumentHref} />
          <ImportForm strings={t} onFile={(file) => void onFile(file)} />
        </aside>
        <main class="reader__main">
          {!instrumentId ? (
            library.state === 'ready' && library.value.length > 0 && <p class="muted">{t.choose}</p>
          ) : instrument.state === 'loading' ? (
            <p class="muted">{t.loading}</p>
          ) : instrument.state === 'failed' ? (
            <p role="alert">{t.failed(instrument.error)}</p>
          ) : instrument.value === null ? (
            <p role="alert">{t.notFound}</p>
          ) : (
            <InstrumentView
              key={instrument.value.instrument.id}
              db={db}
              instrument={instrument.value.instrument}
              texts={instrument.value.texts}
              target={props.target}
              strings={t}
              uiLanguage={uiLanguage}
              onChoose={(id, fingerprint) => void act(id, async () => (await chooseText(db, id, fingerprint), t.chosen))}
              onRemoveText={(fingerprint) => void act(instrument.value!.instrument.id, async () => (await removeText(db, fingerprint), t.removedText))}
              onRemoveInstrument={(id, title) => void act(id, async () => (await removeInstrument(db, id), t.removed(title)))}
            />
          )}
        </main>
      </div>
    </div>
  );
}
