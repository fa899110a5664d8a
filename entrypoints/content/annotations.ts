/**
 * The page's highlights and notes: loads the document's annotations from the background,
 * places each one (lib/anchoring), draws them with the CSS Custom Highlight API (the page's
 * DOM is not changed), and turns the reader's selections, clicks and commands into messages.
 */
import type { AnnotationUi } from '../../components/overlay/Overlay';
import type { EditorState, HighlightView, ToolbarPlace } from '../../components/overlay/Annotations';
import type { Strings } from '../../components/i18n';
import type { PageAnalysisResult } from '../../lib/analysis/analyze';
import { anchorAll } from '../../lib/anchoring/anchor';
import { describeRange } from '../../lib/anchoring/describe';
import type { BlockPoint } from '../../lib/anchoring/document-text';
import { anchorRanges, selectionPoints } from '../../lib/anchoring/text-range';
import type { Anchor } from '../../lib/anchoring/types';
import type { Box } from '../../lib/overlay/geometry';
import { rangeFor } from '../../lib/text/text-model';
import { send } from '../../messaging/client';
import type { PlacementReport } from '../../messaging/annotations';
import { annotationsChangedSignal } from '../../storage/signals';
import { HIGHLIGHT_COLOURS, type HighlightColour, type StoredAnnotation } from '../../storage/types';

/** What the annotations need from the page session. */
export interface AnnotationHost {
  result(): PageAnalysisResult | null;
  /** The overlay layer's origin, in client coordinates. */
  origin(): { left: number; top: number } | null;
  render(): void;
  toast(text: string, action?: { label: string; run: () => void }): void;
  strings(): Strings;
  /** "<title>, <date>, <label>". */
  citation(label: string): string;
  copy(text: string): void;
}

const highlightName = (colour: HighlightColour) => `clausemark-hl-${colour}`;
const CHANGED_HIGHLIGHT = 'clausemark-hl-changed';
const FLASH_HIGHLIGHT = 'clausemark-flash';

function samePoints(a: { start: BlockPoint; end: BlockPoint }, b: { start: BlockPoint; end: BlockPoint }): boolean {
  return a.start.block === b.start.block && a.start.offset === b.start.offset && a.end.block === b.end.block && a.end.offset === b.end.offset;
}

/** The page styles of the highlights (the page's own text is painted; no element is added). */
export const HIGHLIGHT_STYLES = `
::highlight(${highlightName('yellow')}) { background-color: rgb(253 224 71 / 0.55); }
::highlight(${highlightName('green')}) { background-color: rgb(134 239 172 / 0.55); }
::highlight(${highlightName('blue')}) { background-color: rgb(147 197 253 / 0.55); }
::highlight(${highlightName('pink')}) { background-color: rgb(249 168 212 / 0.55); }
::highlight(${highlightName('purple')}) { background-color: rgb(196 181 253 / 0.6); }
::highlight(${CHANGED_HIGHLIGHT}) { text-decoration: underline wavy 1px #b45309; }
::highlight(${FLASH_HIGHLIGHT}) { background-color: rgb(251 146 60 / 0.65); }
`;

interface Placed {
  annotation: StoredAnnotation;
  anchor: Anchor;
  ranges: Range[];
  boxes: Box[];
}

export class PageAnnotations {
  private placed: Placed[] = [];
  private toolbar: ToolbarPlace | null = null;
  private selection: { start: BlockPoint; end: BlockPoint } | null = null;
  private editor: (EditorState & { target: { start: BlockPoint; end: BlockPoint; motivation: StoredAnnotation['motivation'] } | null }) | null = null;
  private menu: { id: string; at: ToolbarPlace } | null = null;
  private lastColour: HighlightColour = 'yellow';
  private documentId: string | null = null;
  /** The documents whose annotations this page shows (its own and its other versions). */
  private versions = new Set<string>();
  private loading = 0;
  private loaded = false;
  private readonly supported = typeof CSS !== 'undefined' && !!CSS.highlights;
  private readonly unwatch: () => void;

  constructor(private readonly host: AnnotationHost) {
    this.unwatch = annotationsChangedSignal.watch((signal) => {
      if (signal && (signal.documentId === this.documentId || this.versions.has(signal.documentId))) void this.reload();
    });
  }

  /** How many annotations the document has (placed or not); null until they are loaded. */
  get count(): number | null {
    return this.loaded ? this.placed.length : null;
  }

  /** Loads and places the annotations of the analysed document. */
  async load(): Promise<void> {
    const result = this.host.result();
    if (!result) return;
    if (this.documentId !== result.analysis.fingerprint) this.loaded = false;
    this.documentId = result.analysis.fingerprint;
    await this.reload();
  }

  private async reload(): Promise<void> {
    const result = this.host.result();
    if (!result || !this.documentId) return;
    const ticket = ++this.loading;
    const { model, analysis } = result;
    const list = await send({
      type: 'annotations/list',
      documentId: this.documentId,
      url: location.href.split('#')[0]!,
      title: analysis.title,
      date: analysis.date,
    });
    if (ticket !== this.loading || this.host.result() !== result) return;
    this.versions = new Set(list.map((a) => a.documentId));
    const anchors = anchorAll(model, analysis.clauses, list.map((a) => a.target));
    this.loaded = true;
    this.placed = list.map((annotation, i) => ({ annotation, anchor: anchors[i]!, ranges: anchorRanges(model, anchors[i]!, document), boxes: [] }));
    this.measure();
    this.draw();
    this.host.render();
    this.report();
  }

  /** Re-measures the boxes of every placed highlight (after layout changes). */
  measure(): void {
    const origin = this.host.origin();
    if (!origin) return;
    for (const p of this.placed) {
      p.boxes = p.ranges.flatMap((range) =>
        Array.from(range.getClientRects())
          .filter((r) => r.width > 0 && r.height > 0)
          .map((r) => ({ x: r.left - origin.left, y: r.top - origin.top, width: r.width, height: r.height })),
      );
    }
  }

  /** Paints every highlight on the page's text, one CSS highlight per colour. */
  private draw(): void {
    if (!this.supported) return;
    for (const colour of HIGHLIGHT_COLOURS) {
      const ranges = this.placed.filter((p) => p.annotation.body.colour === colour && p.annotation.motivation === 'highlighting').flatMap((p) => p.ranges);
      CSS.highlights.set(highlightName(colour), new Highlight(...ranges));
    }
    CSS.highlights.set(CHANGED_HIGHLIGHT, new Highlight(...this.placed.filter((p) => p.anchor.status === 'changed').flatMap((p) => p.ranges)));
  }

  /** Tells the background (for the side panel) where each annotation is on this page. */
  private report(): void {
    const result = this.host.result();
    if (!result) return;
    const { analysis, structure } = result;
    const clauses = new Map(analysis.clauses.map((c) => [c.eId, c]));
    const sections = new Map([...structure.sections, ...structure.articles.map((a) => ({ eId: a.eId, label: a.label }))].map((s) => [s.eId, s]));
    const placements: PlacementReport[] = this.placed.map(({ annotation, anchor }) => {
      if (anchor.status === 'orphan') return { id: annotation.id, status: 'orphan', eId: null, label: annotation.label, section: null, position: Number.MAX_SAFE_INTEGER };
      const clause = anchor.eId ? clauses.get(anchor.eId) : undefined;
      const section = clause?.section ? sections.get(clause.section) : undefined;
      return {
        id: annotation.id,
        status: anchor.status,
        eId: anchor.eId,
        label: clause?.label ?? annotation.label,
        section: section ? { eId: section.eId, label: section.label } : null,
        position: anchor.documentStart,
        ...(anchor.change ? { change: { expected: anchor.change.expected, found: anchor.change.found } } : {}),
      };
    });
    void send({
      type: 'annotations/placed',
      report: { documentId: analysis.fingerprint, url: location.href.split('#')[0]!, title: analysis.title, placements },
    }).catch((error: unknown) => console.warn(error));
  }

  // --- selection -------------------------------------------------------------------------

  /** Shows or hides the selection toolbar for the page's current selection. */
  onSelectionChange(): void {
    const points = this.currentSelection();
    const next = points ? this.placeBelowSelection() : null;
    if (!points && this.editor) return;
    this.selection = points;
    if (JSON.stringify(next) !== JSON.stringify(this.toolbar)) {
      this.toolbar = next;
      if (next) this.menu = null;
      this.host.render();
    }
  }

  private currentSelection(): { start: BlockPoint; end: BlockPoint } | null {
    const result = this.host.result();
    const selection = window.getSelection();
    if (!result || !selection || selection.isCollapsed || selection.rangeCount === 0) return null;
    const points = selectionPoints(result.model, selection.getRangeAt(0));
    if (!points) return null;
    const same = points.start.block === points.end.block && points.start.offset === points.end.offset;
    return same ? null : points;
  }

  private placeBelowSelection(): ToolbarPlace | null {
    const origin = this.host.origin();
    const selection = window.getSelection();
    if (!origin || !selection || selection.rangeCount === 0) return null;
    const rects = Array.from(selection.getRangeAt(0).getClientRects()).filter((r) => r.width > 0);
    const last = rects[rects.length - 1];
    return last ? { x: last.left - origin.left, y: last.bottom - origin.top + 6 } : null;
  }

  /** Highlights the selection (toolbar button, keyboard shortcut, context menu). */
  async highlightSelection(colour: HighlightColour = this.lastColour): Promise<void> {
    const points = this.selection ?? this.currentSelection();
    if (!points) {
      this.host.toast(this.host.strings().annotate.selectFirst);
      return;
    }
    this.lastColour = colour;
    await this.create(points, 'highlighting', { note: '', colour, tags: [] });
  }

  /** Opens the note editor for the selection. */
  noteSelection(): void {
    const points = this.selection ?? this.currentSelection();
    const result = this.host.result();
    if (!points || !result) {
      this.host.toast(this.host.strings().annotate.selectFirst);
      return;
    }
    const selector = describeRange(result.model, result.analysis.clauses, points.start, points.end);
    const quote = selector.find((s) => s.type === 'TextQuoteSelector')?.exact ?? '';
    const eId = selector.find((s) => s.type === 'ClauseSelector')?.eId ?? null;
    this.openEditor({ id: null, quote, label: this.labelOf(eId), note: '', tags: [], colour: this.lastColour, at: this.toolbar ?? this.placeBelowSelection() ?? { x: 0, y: 0 } }, { ...points, motivation: 'highlighting' });
  }

  copySelectionCitation(): void {
    const result = this.host.result();
    const points = this.selection ?? this.currentSelection();
    if (!result || !points) return;
    const selector = describeRange(result.model, result.analysis.clauses, points.start, points.end);
    const eId = selector.find((s) => s.type === 'ClauseSelector')?.eId ?? null;
    this.host.copy(this.host.citation(this.labelOf(eId) ?? ''));
  }

  /** Opens the note editor for a whole clause (from its margin marker). */
  noteClause(eId: string, at: ToolbarPlace): void {
    const result = this.host.result();
    const clause = result?.analysis.clauses.find((c) => c.eId === eId);
    if (!clause) return;
    this.openEditor(
      { id: null, quote: clause.text, label: clause.label, note: '', tags: [], colour: this.lastColour, at },
      { start: { block: clause.block, offset: clause.start }, end: { block: clause.block, offset: clause.end }, motivation: 'commenting' },
    );
  }

  private openings = 0;

  private openEditor(state: Omit<EditorState, 'opening'>, target: { start: BlockPoint; end: BlockPoint; motivation: StoredAnnotation['motivation'] } | null): void {
    this.editor = { ...state, opening: ++this.openings, target };
    this.toolbar = null;
    this.menu = null;
    this.host.render();
  }

  private async saveNote(note: string, tags: string[], colour: HighlightColour): Promise<void> {
    const editor = this.editor;
    if (!editor) return;
    this.editor = null;
    this.host.render();
    if (editor.id) await this.update(editor.id, { note, tags, colour });
    else if (editor.target) await this.create(editor.target, editor.target.motivation, { note, colour, tags });
  }

  private async create(points: { start: BlockPoint; end: BlockPoint }, motivation: StoredAnnotation['motivation'], body: StoredAnnotation['body']): Promise<void> {
    const result = this.host.result();
    if (!result) return;
    const { analysis, model } = result;
    try {
      const selector = describeRange(model, analysis.clauses, points.start, points.end);
      const quote = selector.find((s) => s.type === 'TextQuoteSelector')!.exact;
      const eId = selector.find((s) => s.type === 'ClauseSelector')?.eId ?? null;
      await send({
        type: 'annotation/create',
        annotation: {
          documentId: analysis.fingerprint,
          motivation,
          target: { source: analysis.fingerprint, selector },
          quote,
          eId,
          label: this.labelOf(eId),
          body,
        },
      });
      // The passage is highlighted now: let go of the selection, unless the reader has moved on to another.
      const still = this.currentSelection();
      if (still && samePoints(still, points)) window.getSelection()?.removeAllRanges();
      this.toolbar = null;
      this.selection = null;
      this.host.render();
      // The background's change signal reloads this page's annotations (and every other tab's).
    } catch (error) {
      this.host.toast(this.host.strings().annotate.failed(error instanceof Error ? error.message : String(error)));
    }
  }

  private async update(id: string, body: Partial<StoredAnnotation['body']>): Promise<void> {
    try {
      await send({ type: 'annotation/update', id, body });
    } catch (error) {
      this.host.toast(this.host.strings().annotate.failed(error instanceof Error ? error.message : String(error)));
    }
  }

  private async remove(id: string): Promise<void> {
    const t = this.host.strings().annotate;
    this.menu = null;
    try {
      const deleted = await send({ type: 'annotation/delete', id });
      if (deleted) {
        this.host.toast(t.deleted, {
          label: t.undo,
          run: () => void send({ type: 'annotation/restore', annotation: deleted }).catch((error: unknown) => this.host.toast(t.failed(error instanceof Error ? error.message : String(error)))),
        });
      }
    } catch (error) {
      this.host.toast(t.failed(error instanceof Error ? error.message : String(error)));
    }
  }

  // --- clicks and reveal -----------------------------------------------------------------

  /** The highlight under a point in layer coordinates, if any. */
  highlightAt(x: number, y: number): string | null {
    for (let i = this.placed.length - 1; i >= 0; i--) {
      const p = this.placed[i]!;
      if (p.boxes.some((b) => x >= b.x && x <= b.x + b.width && y >= b.y && y <= b.y + b.height)) return p.annotation.id;
    }
    return null;
  }

  openMenu(id: string, at?: ToolbarPlace): void {
    const p = this.placed.find((x) => x.annotation.id === id);
    const box = p?.boxes[p.boxes.length - 1];
    this.menu = { id, at: at ?? (box ? { x: box.x, y: box.y + box.height + 6 } : { x: 0, y: 0 }) };
    this.toolbar = null;
    this.host.render();
  }

  /** Scrolls the page to an annotation and flashes it; false when it is not on this page. */
  reveal(id: string): boolean {
    const p = this.placed.find((x) => x.annotation.id === id);
    const range = p?.ranges[0];
    if (!p || !range) return false;
    const rect = range.getBoundingClientRect();
    // Instant: the page is often behind the side panel, where a smooth scroll waits for frames.
    window.scrollTo({ top: window.scrollY + rect.top - window.innerHeight / 3, behavior: 'instant' });
    if (this.supported) {
      CSS.highlights.set(FLASH_HIGHLIGHT, new Highlight(...p.ranges));
      setTimeout(() => CSS.highlights.delete(FLASH_HIGHLIGHT), 1600);
    }
    return true;
  }

  private labelOf(eId: string | null): string | null {
    return eId ? (this.host.result()?.analysis.clauses.find((c) => c.eId === eId)?.label ?? null) : null;
  }

  /** The props the overlay renders. */
  ui(): AnnotationUi {
    const views: HighlightView[] = this.placed
      .filter((p) => p.anchor.status !== 'orphan' && p.boxes.length > 0)
      .map((p) => ({
        id: p.annotation.id,
        colour: p.annotation.body.colour,
        quote: p.annotation.quote,
        note: p.annotation.body.note,
        tags: p.annotation.body.tags,
        changed: p.anchor.status === 'changed',
        boxes: p.boxes,
      }));
    return {
      highlights: views,
      fallback: !this.supported,
      toolbar: this.toolbar,
      editor: this.editor,
      menu: this.menu,
      onHighlight: (colour) => void this.highlightSelection(colour),
      onNoteSelection: () => this.noteSelection(),
      onCopySelectionCitation: () => this.copySelectionCitation(),
      onNoteClause: (eId) => {
        const result = this.host.result();
        const clause = result?.analysis.clauses.find((c) => c.eId === eId);
        const origin = this.host.origin();
        const range = clause && origin ? rangeFor(result!.model, clause.block, clause.start, Math.min(clause.end, clause.start + 1), document) : null;
        const rect = range?.getBoundingClientRect();
        this.noteClause(eId, rect && origin ? { x: rect.left - origin.left, y: rect.bottom - origin.top + 6 } : { x: 0, y: 0 });
      },
      onSaveNote: (note, tags, colour) => void this.saveNote(note, tags, colour),
      onCancelNote: () => {
        this.editor = null;
        this.host.render();
      },
      onOpenHighlight: (id) => this.openMenu(id),
      onHighlightColour: (id, colour) => {
        this.menu = null;
        this.lastColour = colour;
        void this.update(id, { colour });
      },
      onEditHighlight: (id) => {
        const p = this.placed.find((x) => x.annotation.id === id);
        if (!p) return;
        const a = p.annotation;
        this.openEditor({ id, quote: a.quote, label: a.label, note: a.body.note, tags: a.body.tags, colour: a.body.colour, at: this.menu?.at ?? { x: 0, y: 0 } }, null);
      },
      onDeleteHighlight: (id) => void this.remove(id),
      onCloseMenu: () => {
        this.menu = null;
        this.host.render();
      },
    };
  }

  destroy(): void {
    this.unwatch();
    if (this.supported) {
      for (const colour of HIGHLIGHT_COLOURS) CSS.highlights.delete(highlightName(colour));
      CSS.highlights.delete(CHANGED_HIGHLIGHT);
      CSS.highlights.delete(FLASH_HIGHLIGHT);
    }
  }
}
