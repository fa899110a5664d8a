import '../../components/pages.css';
import { liveQuery } from 'dexie';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { SidePanel } from '../../components/SidePanel';
import { download } from '../../components/download';
import { documentMarkdown, downloadAllMarkdown, downloadBackup } from '../../components/transfer';
import { effectiveUiLanguage, strings, uiLanguageFor, type UiLanguage } from '../../components/i18n';
import type { PlacementsReport } from '../../messaging/annotations';
import { send } from '../../messaging/client';
import { listAllAnnotations } from '../../storage/annotations';
import { openDatabase } from '../../storage/db';
import { listDocuments } from '../../storage/documents';
import { uiLanguageSetting } from '../../storage/settings';
import { placementsItem } from '../../storage/signals';
import type { StoredAnnotation, StoredDocument } from '../../storage/types';

const root = document.getElementById('app')!;

/** Everything the panel shows; redrawn whenever a part changes. */
const state: {
  uiLanguage: UiLanguage;
  documents: StoredDocument[] | null;
  annotations: StoredAnnotation[] | null;
  tabId: number | null;
  placements: PlacementsReport | null;
  error: string | null;
  notice: string | null;
  undo: { label: string; run: () => void } | null;
} = { uiLanguage: uiLanguageFor(navigator.language), documents: null, annotations: null, tabId: null, placements: null, error: null, notice: null, undo: null };

let unwatchPlacements: (() => void) | null = null;

function draw(): void {
  const t = strings(state.uiLanguage);
  document.documentElement.lang = state.uiLanguage;
  render(
    <SidePanel
      strings={t}
      uiLanguage={state.uiLanguage}
      documents={state.documents}
      annotations={state.annotations}
      placements={state.placements}
      error={state.error}
      notice={state.notice}
      undo={state.undo}
      onReveal={(id) => {
        if (state.tabId !== null) void send({ type: 'annotation/reveal', tabId: state.tabId, id }).catch(fail);
      }}
      onSaveNote={(id, note, tags) => void send({ type: 'annotation/update', id, body: { note, tags } }).catch(fail)}
      onDelete={(annotation) =>
        void send({ type: 'annotation/delete', id: annotation.id }).then((deleted) => {
          if (!deleted) return;
          state.undo = {
            label: t.panel.undo,
            run: () => {
              state.undo = null;
              draw();
              void send({ type: 'annotation/restore', annotation: deleted }).catch(fail);
            },
          };
          draw();
        }, fail)
      }
      onOpenDocument={(url) => void browser.tabs.create({ url })}
      onOpenLibrary={() => void browser.tabs.create({ url: browser.runtime.getURL('/reader.html') })}
      onExportDocument={(documentId, how) => {
        const document = state.documents?.find((d) => d.id === documentId);
        const file = document ? documentMarkdown(document, state.annotations ?? [], state.placements, state.uiLanguage) : null;
        if (!file) return notify(t.transfer.nothingToExport);
        if (how === 'download') download(file.filename, file.markdown, 'text/markdown;charset=utf-8');
        else void navigator.clipboard.writeText(file.markdown).then(() => notify(t.transfer.copied), fail);
      }}
      onExportAll={() => {
        if (!downloadAllMarkdown(state.documents ?? [], state.annotations ?? [], state.uiLanguage)) notify(t.transfer.nothingToExport);
      }}
      onBackup={() => downloadBackup(state.documents ?? [], state.annotations ?? [])}
    />,
    root,
  );
}

function fail(error: unknown): void {
  state.error = error instanceof Error ? error.message : String(error);
  draw();
}

/** A short confirmation, shown in place of the last error. */
function notify(message: string): void {
  state.error = null;
  state.notice = message;
  draw();
  setTimeout(() => {
    state.notice = null;
    draw();
  }, 2000);
}

/** Follows the current tab: its placement report says which document it shows. */
async function followTab(tabId: number | undefined): Promise<void> {
  unwatchPlacements?.();
  state.tabId = tabId ?? null;
  state.placements = null;
  if (tabId === undefined) return draw();
  const item = placementsItem(tabId);
  state.placements = await item.getValue();
  unwatchPlacements = item.watch((value) => {
    state.placements = value;
    draw();
  });
  draw();
}

async function main(): Promise<void> {
  state.uiLanguage = effectiveUiLanguage(await uiLanguageSetting.getValue());
  uiLanguageSetting.watch((value) => {
    state.uiLanguage = effectiveUiLanguage(value);
    draw();
  });
  draw();
  const db = await openDatabase();
  liveQuery(() => listDocuments(db)).subscribe({ next: (d) => ((state.documents = d), draw()), error: fail });
  liveQuery(() => listAllAnnotations(db)).subscribe({ next: (a) => ((state.annotations = a), draw()), error: fail });

  // The tab the panel is next to: ?tab= when opened for a tab (tests, the reader), else the active one.
  const pinned = Number(new URLSearchParams(location.search).get('tab')) || undefined;
  if (pinned !== undefined) return followTab(pinned);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  await followTab(active?.id);
  // Only this window's tabs: the panel stands beside them.
  const { id: windowId } = await browser.windows.getCurrent();
  browser.tabs.onActivated.addListener((info) => {
    if (info.windowId === windowId) void followTab(info.tabId);
  });
}

main().catch(fail);
