/**
 * The side panel: this tab's document with its annotations in document order, grouped by
 * section ("text changed" marked, the unplaced listed last); all documents; search, colour and
 * tag filters. Every user-written text is rendered as text. Writes go through the callbacks.
 */
import { useMemo, useState } from 'preact/hooks';
import type { PlacementReport, PlacementsReport } from '../messaging/annotations';
import { HIGHLIGHT_COLOURS, type StoredAnnotation, type StoredDocument } from '../storage/types';
import { parseTags, SWATCH } from './highlight-ui';
import { formatDate, type Strings, type UiLanguage } from './i18n';
import { annotationsOfPage, groupBySection, matches, NO_FILTER, tagsOf, type AnnotationFilter, type AnnotationGroup } from './sidepanel/filter';

export interface SidePanelProps {
  strings: Strings;
  uiLanguage: UiLanguage;
  /** Every document and every annotation, kept live by the caller. */
  documents: readonly StoredDocument[] | null;
  annotations: readonly StoredAnnotation[] | null;
  /** The placement report of the page in the current tab, if it shows a document. */
  placements: PlacementsReport | null;
  error: string | null;
  notice?: string | null;
  undo: { label: string; run: () => void } | null;
  onReveal: (id: string) => void;
  onSaveNote: (id: string, note: string, tags: string[]) => void;
  onDelete: (annotation: StoredAnnotation) => void;
  onOpenDocument: (url: string) => void;
  onOpenLibrary: () => void;
  /** Export this page's document as Markdown: download it, or copy it. */
  onExportDocument: (documentId: string, how: 'download' | 'copy') => void;
  onExportAll: () => void;
  onBackup: () => void;
}

export function SidePanel(props: SidePanelProps) {
  const t = props.strings.panel;
  const [view, setView] = useState<'page' | 'all'>('page');
  const [filter, setFilter] = useState<AnnotationFilter>(NO_FILTER);
  const all = props.annotations ?? [];
  const tags = useMemo(() => tagsOf(all), [all]);
  const current = props.placements ? props.documents?.find((d) => d.id === props.placements!.documentId) ?? null : null;

  return (
    <main data-testid="cm-sidepanel" class="panel">
      <div class="panel-head">
        <h1>{props.strings.appName}</h1>
        <button type="button" class="link" onClick={props.onOpenLibrary}>
          {props.strings.library.title}
        </button>
      </div>
      <div role="tablist" class="tabs" aria-label={props.strings.appName}>
        <button type="button" role="tab" aria-selected={view === 'page'} onClick={() => setView('page')}>
          {t.thisPage}
        </button>
        <button type="button" role="tab" aria-selected={view === 'all'} onClick={() => setView('all')}>
          {t.allDocuments}
        </button>
      </div>
      <Filters strings={props.strings} filter={filter} tags={tags} onChange={setFilter} />
      {props.error && <p role="alert">{t.failed(props.error)}</p>}
      <p role="status" class="notice">
        {props.notice}
      </p>
      {props.undo && (
        <p role="status" class="undo">
          {t.deleted}{' '}
          <button type="button" onClick={props.undo.run}>
            {props.undo.label}
          </button>
        </p>
      )}
      {props.annotations === null || props.documents === null ? (
        <p class="muted">{t.loading}</p>
      ) : view === 'page' ? (
        <PageView key={props.placements?.documentId ?? ''} {...props} document={current} filter={filter} />
      ) : (
        <AllDocuments {...props} filter={filter} />
      )}
    </main>
  );
}

function Filters({ strings, filter, tags, onChange }: { strings: Strings; filter: AnnotationFilter; tags: string[]; onChange: (f: AnnotationFilter) => void }) {
  const t = strings.panel;
  return (
    <div class="filters">
      <input
        type="search"
        aria-label={t.search}
        placeholder={t.search}
        value={filter.query}
        onInput={(e) => onChange({ ...filter, query: (e.currentTarget as HTMLInputElement).value })}
        data-testid="cm-search"
      />
      <div class="colour-filter" role="group" aria-label={t.allColours}>
        {HIGHLIGHT_COLOURS.map((c) => {
          const on = filter.colours.includes(c);
          return (
            <button
              key={c}
              type="button"
              class="swatch"
              aria-pressed={on}
              aria-label={t.colourFilter(strings.annotate.colours[c])}
              style={{ background: SWATCH[c] }}
              data-colour={c}
              onClick={() => onChange({ ...filter, colours: on ? filter.colours.filter((x) => x !== c) : [...filter.colours, c] })}
            />
          );
        })}
      </div>
      {tags.length > 0 && (
        <select aria-label={t.tagFilter} value={filter.tag ?? ''} onChange={(e) => onChange({ ...filter, tag: (e.currentTarget as HTMLSelectElement).value || null })}>
          <option value="">{t.anyTag}</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      )}
    </div>
  );
}

function PageView(props: SidePanelProps & { document: StoredDocument | null; filter: AnnotationFilter }) {
  const t = props.strings.panel;
  const report = props.placements;
  // Keyed by the document: another document starts again from the first page of annotations.
  const [limit, setLimit] = useState(PAGE_SIZE);
  if (!report) return <p class="muted">{t.noDocumentHere}</p>;
  const mine = annotationsOfPage(props.annotations ?? [], report.documentId, report);
  const shown = mine.filter((a) => matches(a, props.filter));
  const groups = limitGroups(groupBySection(shown, report.placements), limit);
  const x = props.strings.transfer;
  return (
    <section aria-labelledby="cm-page-title">
      <h2 id="cm-page-title">{report.title ?? props.document?.title ?? report.url}</h2>
      <p class="meta">
        {[props.document?.date ? formatDate(props.document.date, props.uiLanguage) : null, t.annotationsCount(mine.length)].filter(Boolean).join(' · ')}
      </p>
      {mine.length > 0 && (
        <div class="row export-row">
          <button type="button" onClick={() => props.onExportDocument(report.documentId, 'download')} data-testid="cm-export-markdown">
            {x.exportMarkdown}
          </button>
          <button type="button" onClick={() => props.onExportDocument(report.documentId, 'copy')}>
            {x.copyMarkdown}
          </button>
        </div>
      )}
      {mine.length === 0 ? (
        <p class="muted">{t.noAnnotations}</p>
      ) : shown.length === 0 ? (
        <p class="muted">{t.noMatches}</p>
      ) : (
        <>
        {groups.map((g) => (
          <section key={g.key} class={g.orphans ? 'group orphans' : 'group'} data-testid={g.orphans ? 'cm-orphans' : 'cm-group'}>
            <h3>{g.orphans ? t.orphans : (g.label ?? t.outsideSections)}</h3>
            {g.orphans && <p class="muted">{t.orphansHelp}</p>}
            <ul class="annotation-list">
              {g.items.map(({ annotation, placement }) => (
                <AnnotationItem key={annotation.id} {...props} annotation={annotation} placement={placement} canReveal={!g.orphans} />
              ))}
            </ul>
          </section>
        ))}
        {shown.length > limit && (
          <button type="button" class="link more" onClick={() => setLimit(limit + PAGE_SIZE)}>
            {t.showMore(Math.min(PAGE_SIZE, shown.length - limit), shown.length - limit)}
          </button>
        )}
        </>
      )}
    </section>
  );
}

/** How many annotations a view shows at first, and adds at each "Show more". */
const PAGE_SIZE = 200;

/** The groups cut to their first `limit` items in all. */
function limitGroups(groups: AnnotationGroup[], limit: number): AnnotationGroup[] {
  const out: AnnotationGroup[] = [];
  let left = limit;
  for (const g of groups) {
    if (left <= 0) break;
    out.push({ ...g, items: g.items.slice(0, left) });
    left -= g.items.length;
  }
  return out;
}

function AllDocuments(props: SidePanelProps & { filter: AnnotationFilter }) {
  const t = props.strings.panel;
  const byDocument = new Map<string, StoredAnnotation[]>();
  for (const a of props.annotations ?? []) {
    if (!matches(a, props.filter)) continue;
    const list = byDocument.get(a.documentId);
    if (list) list.push(a);
    else byDocument.set(a.documentId, [a]);
  }
  const docs = (props.documents ?? []).filter((d) => byDocument.has(d.id) || (!props.filter.query && !props.filter.tag && !props.filter.colours.length));
  if (!docs.length) return <p class="muted">{t.noMatches}</p>;
  const x = props.strings.transfer;
  return (
    <>
    <div class="row export-row">
      <button type="button" onClick={props.onExportAll} data-testid="cm-export-all">
        {x.exportAll}
      </button>
      <button type="button" onClick={props.onBackup} data-testid="cm-backup">
        {x.backup}
      </button>
    </div>
    <ul class="document-list" aria-label={t.documents}>
      {docs.map((d) => (
        <DocumentEntry key={d.id} {...props} document={d} annotations={byDocument.get(d.id) ?? []} />
      ))}
    </ul>
    </>
  );
}

/** One document in "all documents": its annotations oldest first, 200 at a time. */
function DocumentEntry(props: SidePanelProps & { document: StoredDocument; annotations: StoredAnnotation[] }) {
  const t = props.strings.panel;
  const d = props.document;
  const [limit, setLimit] = useState(PAGE_SIZE);
  const list = [...props.annotations].sort((a, b) => a.created.localeCompare(b.created));
  return (
    <li>
      <details open={list.length > 0 && list.length <= 5}>
        <summary>
          <span class="doc-title">{d.title ?? d.urls[0]}</span>
          <span class="meta"> · {[d.date, t.annotationsCount(list.length)].filter(Boolean).join(' · ')}</span>
        </summary>
        {d.urls[0] && (
          <button type="button" class="link" onClick={() => props.onOpenDocument(d.urls[0]!)}>
            {t.open}
          </button>
        )}
        <ul class="annotation-list">
          {list.slice(0, limit).map((a) => (
            <AnnotationItem key={a.id} {...props} annotation={a} placement={null} canReveal={false} />
          ))}
        </ul>
        {list.length > limit && (
          <button type="button" class="link more" onClick={() => setLimit(limit + PAGE_SIZE)}>
            {t.showMore(Math.min(PAGE_SIZE, list.length - limit), list.length - limit)}
          </button>
        )}
      </details>
    </li>
  );
}

function AnnotationItem(props: SidePanelProps & { annotation: StoredAnnotation; placement: PlacementReport | null; canReveal: boolean }) {
  const t = props.strings.panel;
  const a = props.annotation;
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState(a.body.note);
  const [tags, setTags] = useState(a.body.tags.join(', '));
  const changed = props.placement?.status === 'changed' ? props.placement.change : null;
  return (
    <li class="annotation" data-testid="cm-annotation" data-id={a.id}>
      <div class="annotation__head">
        <span class="chip" style={{ background: SWATCH[a.body.colour] }} aria-hidden="true" />
        <span class="label">{props.placement?.label ?? a.label ?? ''}</span>
        {a.motivation === 'commenting' && <span class="badge">{t.clauseNote}</span>}
        {changed && (
          <span class="badge badge--changed" title={t.changedFrom(changed.expected, changed.found)}>
            {t.textChanged}
          </span>
        )}
      </div>
      {props.canReveal ? (
        <button type="button" class="quote" onClick={() => props.onReveal(a.id)} aria-label={`${t.show}: ${a.quote.slice(0, 80)}`}>
          {a.quote.length > 280 ? `${a.quote.slice(0, 280)}…` : a.quote}
        </button>
      ) : (
        <blockquote class="quote">{a.quote.length > 280 ? `${a.quote.slice(0, 280)}…` : a.quote}</blockquote>
      )}
      {changed && <p class="muted small">{t.changedFrom(changed.expected, changed.found)}</p>}
      {editing ? (
        <div class="edit">
          <textarea rows={4} value={note} aria-label={props.strings.annotate.noteLabel} onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)} />
          <input type="text" value={tags} aria-label={props.strings.annotate.tagsLabel} onInput={(e) => setTags((e.currentTarget as HTMLInputElement).value)} />
          <div class="row">
            <button
              type="button"
              onClick={() => {
                props.onSaveNote(a.id, note, parseTags(tags));
                setEditing(false);
              }}
            >
              {t.save}
            </button>
            <button type="button" onClick={() => setEditing(false)}>
              {t.cancel}
            </button>
          </div>
        </div>
      ) : (
        <>
          {a.body.note && <p class="note">{a.body.note}</p>}
          {a.body.tags.length > 0 && (
            <p class="tags">
              {a.body.tags.map((tag) => (
                <span key={tag} class="tag">
                  {tag}
                </span>
              ))}
            </p>
          )}
          <div class="row">
            <button
              type="button"
              onClick={() => {
                // From what is stored now: the note may have been edited elsewhere since.
                setNote(a.body.note);
                setTags(a.body.tags.join(', '));
                setEditing(true);
              }}
            >
              {t.edit}
            </button>
            <button type="button" onClick={() => props.onDelete(a)}>
              {t.delete}
            </button>
          </div>
        </>
      )}
    </li>
  );
}
