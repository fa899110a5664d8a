/**
 * Export and import as the side panel and the options page offer them: builds the files from
 * the records (lib/export) and hands them to `download`.
 */
import { exportAllMarkdown, type ExportPlacement } from '../lib/export/markdown';
import { exportBackup } from '../lib/export/backup';
import { zipFiles } from '../lib/export/zip';
import type { PlacementsReport } from '../messaging/annotations';
import type { StoredAnnotation, StoredDocument } from '../storage/types';
import { download, today } from './download';
import { annotationsOfPage } from './sidepanel/filter';
import type { UiLanguage } from './i18n';

/** One document's Markdown and a file name for it; null when it has no annotations. */
export function documentMarkdown(
  document: StoredDocument,
  annotations: readonly StoredAnnotation[],
  placements: PlacementsReport | null,
  language: UiLanguage,
): { filename: string; markdown: string } | null {
  const mine = annotationsOfPage(annotations, document.id, placements);
  if (!mine.length) return null;
  const map = placements ? new Map<string, ExportPlacement>(placements.placements.map((p) => [p.id, p])) : null;
  return exportAllMarkdown({
    documents: [document],
    annotations: mine.map((a) => ({ ...a, documentId: document.id })),
    analyses: new Map([[document.id, document.outline ?? null]]),
    placements: map,
    exportedAt: new Date(),
    language,
  })[0]!;
}

/** Downloads every annotated document as Markdown in one .zip; false when there is nothing. */
export function downloadAllMarkdown(documents: readonly StoredDocument[], annotations: readonly StoredAnnotation[], language: UiLanguage): boolean {
  const annotated = new Set(annotations.map((a) => a.documentId));
  const withNotes = documents.filter((d) => annotated.has(d.id));
  if (!withNotes.length) return false;
  const files = exportAllMarkdown({
    documents: withNotes,
    annotations,
    analyses: new Map(withNotes.map((d) => [d.id, d.outline ?? null])),
    exportedAt: new Date(),
    language,
  });
  download(`clausemark-${today()}.zip`, zipFiles(files), 'application/zip');
  return true;
}

/** Downloads a JSON backup of every document and annotation. */
export function downloadBackup(documents: readonly StoredDocument[], annotations: readonly StoredAnnotation[]): void {
  const backup = exportBackup(documents, annotations, new Date());
  download(`clausemark-backup-${today()}.json`, `${JSON.stringify(backup, null, 2)}\n`, 'application/json');
}
