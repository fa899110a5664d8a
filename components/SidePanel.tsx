import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import type { ClausemarkDb } from '../storage/db';
import { listDocuments } from '../storage/documents';
import type { StoredDocument } from '../storage/types';

export interface SidePanelProps {
  db: ClausemarkDb;
}

/** The side panel: the documents Clausemark has seen, updating live. */
export function SidePanel({ db }: SidePanelProps) {
  const [documents, setDocuments] = useState<StoredDocument[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const subscription = liveQuery(() => listDocuments(db)).subscribe({
      next: setDocuments,
      error: (e: unknown) => setError(String(e)),
    });
    return () => subscription.unsubscribe();
  }, [db]);

  return (
    <main data-testid="cm-sidepanel">
      <h1>Clausemark</h1>
      {error && <p role="alert">Could not read the library: {error}</p>}
      <h2>Documents</h2>
      {documents === null ? (
        <p class="muted">Loading…</p>
      ) : documents.length === 0 ? (
        <p class="muted">No documents yet. Open a joint statement, treaty or resolution to start.</p>
      ) : (
        <ul class="document-list">
          {documents.map((d) => (
            <li key={d.id}>
              <div>{d.title ?? 'Untitled document'}</div>
              <div class="meta">
                {[d.kind, d.date, d.urls[0]].filter(Boolean).join(' · ')}
              </div>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
