/**
 * The reading overlay: a badge with the document's kind, date and counts; an outline that
 * jumps between sections and follows the scroll; margin markers beside every section and
 * clause; and a link over every reference, with a card on hover and on keyboard focus.
 *
 * Everything is absolutely positioned in a zero-size layer, so the page's text never moves;
 * reference links take no pointer events, so the page's text stays selectable.
 */
import { Fragment } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Analysis, Reference, Section } from '../../lib/analysis/types';
import type { Box, Layout, Viewport } from '../../lib/overlay/geometry';
import { boxStyle } from '../highlight-ui';
import { formatDate, type Strings, type UiLanguage } from '../i18n';
import {
  FallbackHighlights, HighlightButtons, HighlightMenu, NoteEditor, SelectionToolbar, type EditorState, type HighlightView, type ToolbarPlace,
} from './Annotations';
import { Menu } from './Menu';
import type { HighlightColour } from '../../storage/types';

/** A reference as the overlay shows it. */
export interface ReferenceView {
  reference: Reference;
  /** Where following it leads, or null when nowhere is known. */
  href: string | null;
  /** Whether `href` is a public copy (true) or the reader page (false). */
  external: boolean;
  /** Each cited article, with its text when the library has it. */
  articles: Array<{ number: number; text: string | null }>;
}

export type { Viewport } from '../../lib/overlay/geometry';

/** What the reader is doing with annotations, and the callbacks that do it. */
export interface AnnotationUi {
  highlights: readonly HighlightView[];
  /** Draw highlight boxes in the overlay (the browser has no CSS Custom Highlight API). */
  fallback: boolean;
  toolbar: ToolbarPlace | null;
  editor: EditorState | null;
  menu: { id: string; at: ToolbarPlace } | null;
  onHighlight: (colour: HighlightColour) => void;
  onNoteSelection: () => void;
  onCopySelectionCitation: () => void;
  onNoteClause: (eId: string) => void;
  onSaveNote: (note: string, tags: string[], colour: HighlightColour) => void;
  onCancelNote: () => void;
  onOpenHighlight: (id: string) => void;
  onHighlightColour: (id: string, colour: HighlightColour) => void;
  onEditHighlight: (id: string) => void;
  onDeleteHighlight: (id: string) => void;
  onCloseMenu: () => void;
}

export interface OverlayProps {
  analysis: Analysis;
  /** Every section, nested ones included. */
  sections: readonly Section[];
  layout: Layout;
  references: readonly ReferenceView[];
  annotationCount: number;
  dark: boolean;
  viewport: Viewport;
  strings: Strings;
  uiLanguage: UiLanguage;
  /** The section the reader is in (follows the scroll). */
  activeSection: string | null;
  /** The reference under the mouse pointer on the page, or null. */
  hoveredReference: number | null;
  onJump: (eId: string) => void;
  onFollow: (view: ReferenceView) => void;
  onOpenSidePanel: () => void;
  onCopyCitation: (eId: string) => void;
  onCopyLink: (eId: string) => void;
  /** The reference whose card is open, so its text can be highlighted on the page. */
  onActiveReference: (index: number | null) => void;
  /** A short confirmation ("Copied"), announced to screen readers, with an action (Undo). */
  toast: string | null;
  toastAction: { label: string; run: () => void } | null;
  annotations: AnnotationUi;
}

export function Overlay(props: OverlayProps) {
  const { analysis, strings: t, dark } = props;
  const [outlineOpen, setOutlineOpen] = useState(false);
  const [focused, setFocused] = useState<number | null>(null);
  const [pinnedByPointer, setPinnedByPointer] = useState<number | null>(null);
  const [dismissed, setDismissed] = useState<number | null>(null);
  const [menu, setMenu] = useState<string | null>(null);
  const linkRefs = useRef(new Map<number, HTMLAnchorElement>());
  const layerRef = useRef<HTMLDivElement>(null);

  const hovered = props.hoveredReference;
  const open = [focused, pinnedByPointer, hovered].find((i) => i !== null && i !== dismissed) ?? null;

  useEffect(() => props.onActiveReference(open), [open]);
  useEffect(() => {
    if (hovered !== dismissed) setDismissed(null);
  }, [hovered]);

  const closeCard = () => {
    if (open === null) return;
    setDismissed(open);
    setPinnedByPointer(null);
    linkRefs.current.get(open)?.focus();
  };

  // Closing a highlight's menu or editor puts the focus back on the highlight, for the keyboard.
  const focusHighlight = (id: string | null) => {
    const buttons = layerRef.current?.querySelectorAll<HTMLElement>('[data-testid="cm-highlight"]') ?? [];
    for (const button of buttons) if (button.dataset.id === id) button.focus();
  };
  const a = props.annotations;
  const cancelNote = () => {
    const id = a.editor?.id ?? null;
    a.onCancelNote();
    focusHighlight(id);
  };
  const closeHighlightMenu = () => {
    const id = a.menu?.id ?? null;
    a.onCloseMenu();
    focusHighlight(id);
  };

  // Escape closes the innermost thing open, wherever in the overlay the focus is: a key
  // pressed the instant a popup appears must not be lost.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    if (a.editor) {
      cancelNote();
      event.stopPropagation();
    } else if (a.menu) {
      closeHighlightMenu();
      event.stopPropagation();
    } else if (menu) {
      setMenu(null);
      event.stopPropagation();
      // Back to the marker whose menu it was.
      for (const marker of (event.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('.cm-marker')) if (marker.dataset.eid === menu) marker.focus();
    } else if (open !== null) {
      closeCard();
      event.stopPropagation();
    } else if (outlineOpen) setOutlineOpen(false);
  };

  return (
    <div class={`cm-layer${dark ? ' cm-dark' : ''}`} onKeyDown={onKeyDown} data-testid="cm-layer" ref={layerRef}>
      <div role="status" aria-live="polite" class={props.toast ? 'cm-toast' : 'cm-visually-hidden'} data-testid="cm-toast">
        {props.toast}
        {props.toast && props.toastAction && (
          <button type="button" onClick={props.toastAction.run}>
            {props.toastAction.label}
          </button>
        )}
      </div>
      {props.annotations.fallback && <FallbackHighlights highlights={props.annotations.highlights} />}
      <DocumentBadge
        analysis={analysis}
        annotations={props.annotationCount}
        strings={t}
        uiLanguage={props.uiLanguage}
        outlineOpen={outlineOpen}
        onToggleOutline={() => setOutlineOpen(!outlineOpen)}
        onOpenSidePanel={props.onOpenSidePanel}
      />
      {outlineOpen && (
        <OutlinePanel analysis={analysis} strings={t} activeSection={props.activeSection} onJump={props.onJump} />
      )}
      <MarginMarkers
        layout={props.layout}
        window={visibleWindow(props)}
        strings={t}
        menu={menu}
        onMenu={setMenu}
        onCopyCitation={props.onCopyCitation}
        onCopyLink={props.onCopyLink}
        onNoteClause={props.annotations.onNoteClause}
      />
      <HighlightButtons highlights={props.annotations.highlights} strings={t} onOpen={props.annotations.onOpenHighlight} />
      {props.references.map((view, index) => {
        const boxes = props.layout.references[index] ?? [];
        const first = boxes[0];
        if (!first || !inWindow(visibleWindow(props), first.y)) return null;
        const cardOpen = open === index;
        const cardId = `cm-card-${index}`;
        return (
          <>
            <a
              key={`ref-${index}`}
              class="cm-ref"
              ref={(el) => {
                if (el) linkRefs.current.set(index, el);
                else linkRefs.current.delete(index);
              }}
              href={view.href ?? undefined}
              role={view.href ? undefined : 'button'}
              tabIndex={0}
              aria-label={t.referenceLabel(view.reference.text, describeTarget(view, t))}
              aria-describedby={cardOpen ? cardId : undefined}
              aria-expanded={cardOpen}
              data-testid="cm-ref"
              style={boxStyle(first)}
              onFocus={() => setFocused(index)}
              onBlur={(event) => {
                const next = event.relatedTarget as Node | null;
                if (!next || !(event.currentTarget.parentNode?.querySelector(`#${cardId}`)?.contains(next) ?? false)) setFocused(null);
              }}
              onClick={(event) => {
                event.preventDefault();
                if (view.href) props.onFollow(view);
                else setPinnedByPointer(index);
              }}
            />
            {cardOpen && (
              <ReferenceCard
                id={cardId}
                view={view}
                strings={t}
                at={boxes[boxes.length - 1]!}
                viewport={props.viewport}
                onClose={closeCard}
                onFollow={() => props.onFollow(view)}
                onPointerEnter={() => setPinnedByPointer(index)}
                onPointerLeave={() => setPinnedByPointer(null)}
                onFocusOut={(next) => {
                  if (!next || next !== linkRefs.current.get(index)) setFocused(null);
                }}
              />
            )}
          </>
        );
      })}
      <AnnotationPopups {...props} onCancelNote={cancelNote} onCloseMenu={closeHighlightMenu} />
    </div>
  );
}

/** The selection toolbar, the note editor and a highlight's menu, whichever is open. */
function AnnotationPopups(props: OverlayProps & { onCancelNote: () => void; onCloseMenu: () => void }) {
  const a = props.annotations;
  const menuFor = a.menu ? a.highlights.find((h) => h.id === a.menu!.id) : undefined;
  return (
    <>
      {a.toolbar && !a.editor && (
        <SelectionToolbar
          at={a.toolbar}
          viewport={props.viewport}
          strings={props.strings}
          onHighlight={a.onHighlight}
          onNote={a.onNoteSelection}
          onCopyCitation={a.onCopySelectionCitation}
        />
      )}
      {a.editor && <NoteEditor key={a.editor.opening} state={a.editor} viewport={props.viewport} strings={props.strings} onSave={a.onSaveNote} onCancel={props.onCancelNote} />}
      {a.menu && menuFor && !a.editor && (
        <HighlightMenu
          highlight={menuFor}
          at={a.menu.at}
          viewport={props.viewport}
          strings={props.strings}
          onColour={(colour) => a.onHighlightColour(menuFor.id, colour)}
          onEdit={() => a.onEditHighlight(menuFor.id)}
          onDelete={() => a.onDeleteHighlight(menuFor.id)}
        />
      )}
    </>
  );
}

/** Above this many markers and links, only those near the viewport are rendered. */
const WINDOWING_THRESHOLD = 400;

/** The band of the page (layer coordinates) whose markers and links are rendered, or null for all. */
function visibleWindow(props: OverlayProps): { top: number; bottom: number } | null {
  const count = props.layout.sections.length + props.layout.clauses.length + props.layout.references.length;
  if (count <= WINDOWING_THRESHOLD) return null;
  const { top, height } = props.viewport;
  return { top: top - 1.5 * height, bottom: top + 2.5 * height };
}

function inWindow(window: { top: number; bottom: number } | null, y: number): boolean {
  return !window || (y >= window.top && y <= window.bottom);
}

/** What a reference points to, in words: the instrument and the articles. */
/** What a reference cites, with its articles ("…, Articles 25"), for the link's accessible name. */
function describeTarget(view: ReferenceView, t: Strings): string {
  const r = view.reference;
  const title = citedTitle(r, t);
  return r.kind !== 'resolution' && r.articles.length ? `${title}, ${t.articles(r.articles.join(', '))}` : title;
}

/** The title of what a reference cites: the resolutions, the instrument, or this document. */
function citedTitle(r: Reference, t: Strings): string {
  if (r.kind === 'resolution') return `${t.resolution} ${r.symbols.join(', ')}`;
  return r.instrument?.self ? `${r.instrument.title ?? ''} (${t.thisDocument})` : (r.instrument?.title ?? t.unresolved);
}

// ---------------------------------------------------------------------------------------------

interface DocumentBadgeProps {
  analysis: Analysis;
  annotations: number;
  strings: Strings;
  uiLanguage: UiLanguage;
  outlineOpen: boolean;
  onToggleOutline: () => void;
  onOpenSidePanel: () => void;
}

/** The compact badge: kind and date, counts, and the outline and side-panel buttons. */
function DocumentBadge({ analysis, annotations, strings: t, uiLanguage, outlineOpen, onToggleOutline, onOpenSidePanel }: DocumentBadgeProps) {
  const kind = analysis.kind ? t.kinds[analysis.kind] : t.kinds.other;
  const date = analysis.date ? formatDate(analysis.date, uiLanguage) : null;
  const counts = [t.sections(analysis.sections.length), t.references(analysis.references.length), t.annotations(annotations)].join(' · ');
  return (
    <section class="cm-badge" aria-label={t.appName} data-testid="cm-badge">
      <div class="cm-badge__text">
        <span class="cm-badge__kind" data-testid="cm-badge-kind" title={analysis.title ?? undefined}>
          {kind}
          {date ? ` · ${date}` : ''}
        </span>
        <span class="cm-badge__counts" data-testid="cm-badge-counts">
          {counts}
        </span>
        {analysis.limited && (
          <span class="cm-badge__counts" data-testid="cm-badge-limited" role="note">
            {t.limited(Math.max(1, Math.floor((100 * analysis.limited.analysedCharacters) / analysis.limited.totalCharacters)))}
          </span>
        )}
      </div>
      <div class="cm-badge__actions">
        {analysis.sections.length > 0 && (
          <button type="button" class="cm-button" aria-pressed={outlineOpen} aria-label={outlineOpen ? t.hideOutline : t.showOutline} onClick={onToggleOutline}>
            {t.outline}
          </button>
        )}
        <button type="button" class="cm-button" onClick={onOpenSidePanel} aria-label={t.openSidePanel} title={t.openSidePanel}>
          ☰
        </button>
      </div>
    </section>
  );
}

// ---------------------------------------------------------------------------------------------

interface OutlinePanelProps {
  analysis: Analysis;
  strings: Strings;
  activeSection: string | null;
  onJump: (eId: string) => void;
}

/** The outline: every top-level section with its first words; the current one marked. */
function OutlinePanel({ analysis, strings: t, activeSection, onJump }: OutlinePanelProps) {
  const firstWords = (eId: string, heading: string | null) => {
    if (heading) return heading;
    const clause = analysis.clauses.find((c) => c.section === eId);
    return clause ? clause.text.slice(0, 40) : '';
  };
  return (
    <nav class="cm-outline" aria-label={t.outline} data-testid="cm-outline">
      <h2>{t.outlineHeading}</h2>
      <ol>
        {analysis.sections.map((s) => (
          <li key={s.eId}>
            <button
              type="button"
              class="cm-outline__item"
              aria-current={activeSection === s.eId ? 'location' : undefined}
              onClick={() => onJump(s.eId)}
              data-eid={s.eId}
            >
              <span class="cm-outline__label">{s.label}</span>
              <span class="cm-outline__words">{firstWords(s.eId, s.heading)}</span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}

// ---------------------------------------------------------------------------------------------

interface MarginMarkersProps {
  layout: Layout;
  /** Render only markers in this band (long documents), or all. */
  window: { top: number; bottom: number } | null;
  strings: Strings;
  menu: string | null;
  onMenu: (eId: string | null) => void;
  onCopyCitation: (eId: string) => void;
  onCopyLink: (eId: string) => void;
  onNoteClause: (eId: string) => void;
}

const MARKER_WIDTH = 72;
const MARKER_GAP = 6;
const MARKER_HEIGHT = 20;
const SLIM_WIDTH = 6;

/**
 * The margin markers, one per section and clause, in document order. Where the margin is too
 * narrow for a label, a marker is a slim tab that shows its label on hover and focus.
 */
function MarginMarkers({ layout, window, strings: t, menu, onMenu, onCopyCitation, onCopyLink, onNoteClause }: MarginMarkersProps) {
  const all = [
    ...layout.sections.map((p) => ({ ...p, section: true })),
    ...layout.clauses.map((p) => ({ ...p, section: false })),
  ]
    .filter((p) => inWindow(window, p.y))
    .sort((a, b) => a.y - b.y || Number(b.section) - Number(a.section));
  let lastBottom = -Infinity;
  return (
    <>
      {all.map((p) => {
        // No margin at all: the marker must not cover the text, so it shows only on keyboard focus.
        const hidden = p.columnLeft < SLIM_WIDTH + 2;
        const slim = !hidden && p.columnLeft < MARKER_WIDTH + MARKER_GAP + 4;
        const top = Math.max(p.y + (p.lineHeight - MARKER_HEIGHT) / 2, lastBottom + 2);
        lastBottom = top + MARKER_HEIGHT;
        const left = hidden ? 0 : slim ? p.columnLeft - SLIM_WIDTH - 2 : p.columnLeft - MARKER_GAP - MARKER_WIDTH;
        const short = p.section ? p.label : shortLabel(p.label);
        const expanded = menu === p.eId;
        return (
          <Fragment key={p.eId}>
            <button
              type="button"
              class={`cm-marker${p.section ? ' cm-marker--section' : ''}${slim ? ' cm-marker--slim' : ''}${hidden ? ' cm-marker--hidden' : ''}`}
              style={{ top: `${top}px`, left: `${left}px`, ...(slim || hidden ? {} : { width: `${MARKER_WIDTH}px` }) }}
              aria-label={p.section ? t.sectionMarkerLabel(p.label) : t.markerLabel(p.label)}
              aria-haspopup={p.section ? undefined : 'menu'}
              aria-expanded={p.section ? undefined : expanded}
              title={p.label}
              data-eid={p.eId}
              data-testid={p.section ? 'cm-section-marker' : 'cm-clause-marker'}
              onClick={() => (p.section ? undefined : onMenu(expanded ? null : p.eId))}
            >
              {short}
            </button>
            {expanded && (
              <Menu class="cm-menu" label={t.clauseActions(p.label)} style={{ top: `${top + MARKER_HEIGHT + 2}px`, left: `${Math.max(0, left)}px` }}>
                <button type="button" role="menuitem" onClick={() => (onNoteClause(p.eId), onMenu(null))}>
                  {t.annotate.noteOnClause}
                </button>
                <button type="button" role="menuitem" onClick={() => (onCopyCitation(p.eId), onMenu(null))}>
                  {t.copyCitation}
                </button>
                <button type="button" role="menuitem" onClick={() => (onCopyLink(p.eId), onMenu(null))}>
                  {t.copyLink}
                </button>
              </Menu>
            )}
          </Fragment>
        );
      })}
    </>
  );
}

/** The last part of a clause label: "§五 ¶2 —3" → "—3"; labels without spaces stay whole. */
function shortLabel(label: string): string {
  const parts = label.split(' ');
  return parts.length > 1 ? parts[parts.length - 1]! : label;
}

// ---------------------------------------------------------------------------------------------

interface ReferenceCardProps {
  id: string;
  view: ReferenceView;
  strings: Strings;
  at: Box;
  viewport: Viewport;
  onClose: () => void;
  onFollow: () => void;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
  onFocusOut: (next: Element | null) => void;
}

const CARD_WIDTH = 380;

/** The card of a reference: what it points to, the article's text or where to find it. */
function ReferenceCard({ id, view, strings: t, at, viewport, onClose, onFollow, onPointerEnter, onPointerLeave, onFocusOut }: ReferenceCardProps) {
  const r = view.reference;
  const width = Math.min(CARD_WIDTH, viewport.width - 24);
  const left = Math.max(viewport.left + 12, Math.min(at.x, viewport.left + viewport.width - width - 12));
  const below = at.y + at.height + 6;
  const title = citedTitle(r, t);
  return (
    <div
      id={id}
      class="cm-card"
      role="dialog"
      aria-label={title}
      data-testid="cm-card"
      style={{ left: `${left}px`, top: `${below}px`, width: `${width}px` }}
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
      onFocusOut={(event) => onFocusOut(event.relatedTarget as Element | null)}
    >
      <div class="cm-card__head">
        <p class="cm-card__title">{title}</p>
        <button type="button" class="cm-card__close" aria-label={t.closeCard} onClick={onClose}>
          ×
        </button>
      </div>
      {view.articles.some((a) => a.text !== null)
        ? view.articles.map((a) => (
            <div key={a.number}>
              <p class="cm-card__articles">{t.articles(String(a.number))}</p>
              {a.text !== null ? <p class="cm-card__text">{a.text}</p> : <p class="cm-card__note">{t.notInLibrary}</p>}
            </div>
          ))
        : r.articles.length > 0 && (
            <>
              <p class="cm-card__articles">{t.articles(r.articles.join(', '))}</p>
              <p class="cm-card__note">{t.notInLibrary}</p>
            </>
          )}
      <div class="cm-card__actions">
        {view.href ? (
          <a
            href={view.href}
            onClick={(event) => {
              event.preventDefault();
              onFollow();
            }}
          >
            {view.external ? t.openPublicCopy : t.openInLibrary}
          </a>
        ) : (
          r.kind !== 'resolution' && !r.instrument?.self && <p class="cm-card__note">{t.noPublicCopy}</p>
        )}
      </div>
    </div>
  );
}
