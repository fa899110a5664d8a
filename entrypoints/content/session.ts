/**
 * One page's Clausemark session: analyse the page, show the overlay in a shadow root, keep it
 * in step with the page (resizes, fonts, content inserted later, single-page navigation) and
 * remove every trace of it when the extension goes away.
 */
import { h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Overlay, type ReferenceView, type Viewport } from '../../components/overlay/Overlay';
import overlayCss from '../../components/overlay/overlay.css?inline';
import { formatDate, strings, type UiLanguage } from '../../components/i18n';
import { analyzeDocumentInSteps, type PageAnalysisResult } from '../../lib/analysis/analyze';
import { needsReadability, type ReadabilityFn } from '../../lib/analysis/extract';
import { measureLayoutSteps, referenceAt, type Layout } from '../../lib/overlay/geometry';
import { outlineOf } from '../../lib/analysis/outline';
import { rangeFor } from '../../lib/text/text-model';
import { describeRange } from '../../lib/anchoring/describe';
import { passageLink } from '../../lib/anchoring/fragment';
import type { TextQuoteSelector } from '../../lib/anchoring/types';
import { send } from '../../messaging/client';
import { citesAny, offerToLibrary, referenceViews } from './library-link';
import { HIGHLIGHT_STYLES, PageAnnotations } from './annotations';
import { getBootstrap } from './bootstrap';
import { libraryChangedSignal } from '../../storage/signals';

const REFERENCE_HIGHLIGHT = 'clausemark-reference';
const ACTIVE_HIGHLIGHT = 'clausemark-reference-active';
const HIGHLIGHT_CSS = `
::highlight(${REFERENCE_HIGHLIGHT}) { text-decoration: underline dotted 2px; text-decoration-color: #c2410c; text-underline-offset: 3px; }
::highlight(${ACTIVE_HIGHLIGHT}) { background-color: rgb(250 204 21 / 0.4); }
${HIGHLIGHT_STYLES}`;
/** Quiet time after the page's last change before it is analysed again. */
const REANALYSE_AFTER_MS = 700;
/** The longest quiet time asked of a page that holds no statement before it is analysed again. */
const MAX_REANALYSE_AFTER_MS = 20_000;
/**
 * The most text analysed on one page (about 300 printed pages): beyond it, the first part is
 * analysed and the badge says so, so that a huge page never holds the tab for long.
 */
const MAX_CHARACTERS = 600_000;
/** Units (sections, clauses, references) measured between two breaths on a long document. */
const UNITS_PER_MEASURE = 1500;

/**
 * Lets the browser paint and handle input between steps of a long analysis. Without
 * `scheduler.yield`, a message to ourselves: unlike a timer, it is not held back to once a second
 * in a background tab.
 */
function pause(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

interface Shown {
  result: PageAnalysisResult;
  layout: Layout;
  references: ReferenceView[];
  annotations: number;
}

export class PageSession {
  private ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  private shown: Shown | null = null;
  private layer: HTMLElement | null = null;
  private forced = false;
  private hovered: number | null = null;
  /** Where the pointer last was, so that what it is over is known again after a new layout. */
  private pointer: { x: number; y: number } | null = null;
  private activeSection: string | null = null;
  private viewport: Viewport = { left: 0, top: 0, width: 0, height: 0 };
  private toast: string | null = null;
  private toastAction: { label: string; run: () => void } | null = null;
  private toastTimer: ReturnType<typeof setTimeout> | undefined;
  private selectionTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly annotations: PageAnnotations;
  private frame = 0;
  private reanalyseTimer: ReturnType<typeof setTimeout> | undefined;
  private highlightSheet: CSSStyleSheet | null = null;
  private readonly observer: MutationObserver;
  private readonly resizeObserver: ResizeObserver;
  private unwatchLibrary: () => void = () => {};

  constructor(
    private readonly ctx: ContentScriptContext,
    private uiLanguage: UiLanguage,
  ) {
    this.observer = new MutationObserver((mutations) => {
      if (!mutations.some((m) => this.mayChangeText(m))) return;
      clearTimeout(this.reanalyseTimer);
      this.reanalyseTimer = setTimeout(() => this.analyse(), this.reanalyseAfter);
    });
    this.resizeObserver = new ResizeObserver(() => this.schedule(() => this.measure()));
    this.annotations = new PageAnnotations({
      result: () => this.shown?.result ?? null,
      origin: () => this.layer?.getBoundingClientRect() ?? null,
      render: () => this.render(),
      toast: (text, action) => this.showToast(text, action),
      strings: () => strings(this.uiLanguage),
      citation: (label) => this.citationFor(label),
      copy: (text) => this.copy(text),
    });
    ctx.onInvalidated(() => this.destroy());
  }

  /** Starts watching the page and analyses it now. `force` skips the cheap pre-check (the user asked). */
  start(force: boolean): void {
    performance.mark('clausemark:session-start');
    this.forced ||= force;
    this.observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    this.resizeObserver.observe(document.documentElement);
    this.ctx.addEventListener(window, 'resize', () => this.schedule(() => this.measure()));
    this.ctx.addEventListener(window, 'scroll', () => this.schedule(() => this.followScroll()), { passive: true });
    this.ctx.addEventListener(document, 'pointermove', (event) => this.onPointerMove(event as PointerEvent), { passive: true });
    this.ctx.addEventListener(document, 'click', (event) => this.onPageClick(event as MouseEvent));
    this.ctx.addEventListener(window, 'wxt:locationchange', () => this.analyse());
    this.ctx.addEventListener(document, 'selectionchange', () => {
      clearTimeout(this.selectionTimer);
      this.selectionTimer = setTimeout(() => this.annotations.onSelectionChange(), 120);
    });
    void document.fonts?.ready.then(() => this.measure());
    // The library changed (a treaty page opened in another tab, a text chosen or removed in the
    // reader): references citing those instruments show what it holds now.
    this.unwatchLibrary = libraryChangedSignal.watch((signal) => {
      if (signal) this.libraryChanged(signal.instruments);
    });
    this.analyse();
  }

  private libraryChanged(instruments: readonly string[]): void {
    const shown = this.shown;
    if (shown && citesAny(shown.result, instruments)) this.loadReferences(shown);
  }

  /** Where each reference leads and what its card shows, from the library: one look-up. */
  private loadReferences(shown: Shown): void {
    void referenceViews(shown.result).then((views) => {
      if (this.shown !== shown) return;
      shown.references = views;
      this.render();
    });
  }

  /** Analyses again, now (a command from the toolbar button, context menu or shortcut). */
  analyseNow(force: boolean): void {
    this.forced ||= force;
    this.analyse();
  }

  /** Scrolls to an annotation (the side panel asked); false when it is not on this page. */
  reveal(id: string): boolean {
    return this.annotations.reveal(id);
  }

  /** A keyboard shortcut or the context menu: highlight the selection, or add a note to it. */
  annotate(action: 'highlight' | 'note'): void {
    if (action === 'highlight') void this.annotations.highlightSelection();
    else this.annotations.noteSelection();
  }

  setUiLanguage(language: UiLanguage): void {
    this.uiLanguage = language;
    this.render();
  }

  private running = false;
  private again = false;
  /** Quiet time after the page's last change before it is analysed again (longer while it holds no statement). */
  private reanalyseAfter = REANALYSE_AFTER_MS;

  /**
   * Whether a change of the page may change its text: not our own host coming and going, and,
   * once a statement is shown, only a change in (or of) the elements its text comes from, so
   * that ads, tickers and lazy images around it do not start the analysis again.
   */
  private mayChangeText(m: MutationRecord): boolean {
    const nodes = [...m.addedNodes, ...m.removedNodes];
    if (isOwnNode(m.target) || (nodes.length > 0 && nodes.every(isOwnNode))) return false;
    const roots = this.shown?.result.page.roots;
    if (!roots) return true;
    return roots.some((root) => !root.isConnected || root.contains(m.target) || m.target.contains(root));
  }

  /** Analyses the page (again); one analysis at a time, the latest request last. */
  private analyse(): void {
    if (this.ctx.isInvalid) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    void this.runAnalysis().finally(() => {
      this.running = false;
      if (this.again) {
        this.again = false;
        this.analyse();
      }
    });
  }

  private async runAnalysis(): Promise<void> {
    let result: PageAnalysisResult | null;
    try {
      const readability = needsReadability(document, location.href) ? await loadReadability() : undefined;
      result = await analyzeDocumentInSteps(document, {
        url: location.href,
        readability,
        force: this.forced,
        maxCharacters: MAX_CHARACTERS,
        pause,
      });
    } catch (error) {
      console.warn('Clausemark: this page could not be analysed', error);
      result = null;
    }
    if (this.ctx.isInvalid) return;
    if (!result || !result.analysis.diplomatic) {
      this.hide();
      // A busy page that holds no statement (yet) is looked at less and less often.
      this.reanalyseAfter = Math.min(this.reanalyseAfter * 2, MAX_REANALYSE_AFTER_MS);
      return;
    }
    this.reanalyseAfter = REANALYSE_AFTER_MS;
    const previous = this.shown;
    if (previous && previous.result.analysis.fingerprint === result.analysis.fingerprint && sameBlocks(previous.result, result)) {
      // The same text in the same nodes: what is shown holds; only positions may have moved.
      await this.measure();
      return;
    }
    const shown: Shown = { result, layout: emptyLayout(), references: [], annotations: previous?.annotations ?? 0 };
    this.shown = shown;
    this.loadReferences(shown);
    performance.mark('clausemark:analysed');
    // Drawing the overlay and reporting the document each get a task of their own: on a long
    // page each takes tens of milliseconds, after the analysis's last step.
    await pause();
    if (this.ctx.isInvalid || this.shown !== shown) return;
    void this.show().then(async () => {
      await this.measure();
      this.drawReferenceHighlights();
      if (!performance.getEntriesByName('clausemark:overlay-rendered').length) performance.mark('clausemark:overlay-rendered');
      void this.annotations.load().catch((error: unknown) => console.warn('Clausemark: annotations could not be loaded', error));
    });
    await pause();
    if (this.ctx.isInvalid || this.shown !== shown) return;
    this.report();
    this.storeInLibrary(result, false);
  }

  /**
   * Offers the page's articles to the library and says what it did, with a way to open it.
   * A text the user removed before is not stored again unless they ask, from the message.
   */
  private storeInLibrary(result: PageAnalysisResult, again: boolean): void {
    void offerToLibrary(result, again).then(
      (outcome) => {
        if (!outcome || this.shown?.result !== result) return;
        const t = strings(this.uiLanguage).library;
        if (outcome.outcome === 'removed-before') {
          this.showToast(t.removedBefore, { label: t.addAgain, run: () => this.storeInLibrary(result, true) });
          return;
        }
        const text = outcome.outcome === 'added' ? t.added(outcome.articles) : outcome.outcome === 'known' ? t.known : t.anotherCopy;
        this.showToast(text, { label: t.open, run: () => void send({ type: 'tab/open', url: outcome.readerUrl }) });
      },
      (error: unknown) => console.warn('Clausemark: could not add this treaty to the library', error),
    );
  }

  private report(): void {
    const shown = this.shown;
    if (!shown) return;
    const { analysis } = shown.result;
    send({
      type: 'document/seen',
      document: {
        fingerprint: analysis.fingerprint,
        title: analysis.title,
        kind: analysis.kind,
        date: analysis.date,
        language: analysis.language,
        parties: analysis.parties,
        url: location.href.split('#')[0]!,
        outline: outlineOf(analysis),
      },
      stats: { sections: analysis.sections.length, references: analysis.references.length },
    }).then(
      ({ annotations }) => {
        if (this.shown === shown) {
          shown.annotations = annotations;
          this.render();
        }
      },
      (error: unknown) => console.warn(error),
    );
  }

  private async show(): Promise<void> {
    if (!this.ui) {
      this.ui = await createShadowRootUi(this.ctx, {
        name: 'clausemark-overlay',
        position: 'inline',
        anchor: 'body',
        css: overlayCss,
        onMount: (container) => container,
        onRemove: (container) => {
          if (container) render(null, container);
        },
      });
    }
    if (!this.ui.mounted) this.ui.mount();
    this.dark = pageIsDark();
    this.render();
  }

  private hide(): void {
    this.shown = null;
    this.layer = null;
    this.ui?.remove();
    CSS.highlights?.delete(REFERENCE_HIGHLIGHT);
    CSS.highlights?.delete(ACTIVE_HIGHLIGHT);
  }

  private measuring = 0;
  /** Whether the page paints a dark background (the overlay follows): read when the overlay is shown and measured. */
  private dark = false;

  /**
   * Measures where everything is; the only place that reads layout. A long document is measured
   * in steps, letting the browser breathe between them; a newer measurement supersedes an older.
   */
  private async measure(): Promise<void> {
    const shown = this.shown;
    const container = this.ui?.mounted;
    if (!shown || !container) return;
    this.layer = container.querySelector<HTMLElement>('.cm-layer');
    if (!this.layer) return;
    const ticket = ++this.measuring;
    const origin = this.layer.getBoundingClientRect();
    const { analysis, structure, model } = shown.result;
    const steps = measureLayoutSteps(analysis, structure.sections, model, document, origin, UNITS_PER_MEASURE);
    let step = steps.next();
    while (!step.done) {
      await pause();
      if (ticket !== this.measuring || this.shown !== shown) return;
      step = steps.next();
    }
    shown.layout = step.value;
    this.dark = pageIsDark();
    this.annotations.measure();
    this.updateViewport(origin);
    this.followScroll();
    this.render();
    this.updateHover();
  }

  private updateViewport(origin: DOMRect = this.layer?.getBoundingClientRect() ?? new DOMRect()): void {
    this.viewport = { left: -origin.left, top: -origin.top, width: document.documentElement.clientWidth, height: window.innerHeight };
  }

  private followScroll(): void {
    const shown = this.shown;
    if (!shown || !this.layer) return;
    this.updateViewport();
    const line = this.viewport.top + this.viewport.height * 0.25;
    const top = new Set(shown.result.analysis.sections.map((s) => s.eId));
    let current: string | null = null;
    for (const place of shown.layout.sections) if (top.has(place.eId) && place.y <= line) current = place.eId;
    // Long documents render only what is near the viewport: render again after half a screen.
    const moved = Math.abs(this.viewport.top - this.renderedAt) > this.viewport.height / 2;
    if (current !== this.activeSection || moved) {
      this.activeSection = current;
      this.render();
    }
  }

  /**
   * A link to a clause: this page with a text fragment for the clause's text (and the text around
   * it in its paragraph, such as its number), made as a highlight's link in the export is, so that
   * it leads to this clause even where the same words stand elsewhere on the page.
   */
  private linkToClause(eId: string): string | null {
    const shown = this.shown;
    const clause = shown?.result.analysis.clauses.find((c) => c.eId === eId);
    if (!shown || !clause) return null;
    const { model, analysis } = shown.result;
    const selectors = describeRange(model, analysis.clauses, { block: clause.block, offset: clause.start }, { block: clause.block, offset: clause.end });
    const quote = selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
    return passageLink(location.href, quote ?? clause.text, analysis.language);
  }

  /** The viewport's top at the last render (for windowed rendering of long documents). */
  private renderedAt = 0;

  private render(): void {
    const shown = this.shown;
    const container = this.ui?.mounted;
    if (!shown || !container) return;
    this.renderedAt = this.viewport.top;
    const t = strings(this.uiLanguage);
    const { analysis, structure } = shown.result;
    render(
      h(Overlay, {
        analysis,
        sections: structure.sections,
        layout: shown.layout,
        references: shown.references,
        annotationCount: this.annotations.count ?? shown.annotations,
        dark: this.dark,
        viewport: this.viewport,
        strings: t,
        uiLanguage: this.uiLanguage,
        activeSection: this.activeSection,
        hoveredReference: this.hovered,
        onJump: (eId) => this.jumpTo(eId),
        onFollow: (view) => this.follow(view),
        onOpenSidePanel: () => void send({ type: 'sidepanel/open' }).catch((e: unknown) => console.warn(e)),
        onCopyCitation: (eId) => this.copy(this.citationFor(analysis.clauses.find((c) => c.eId === eId)?.label ?? '')),
        onCopyLink: (eId) => {
          const link = this.linkToClause(eId);
          if (link) this.copy(link);
        },
        onActiveReference: (index) => this.drawActiveReference(index),
        toast: this.toast,
        toastAction: this.toastAction,
        annotations: this.annotations.ui(),
      }),
      container,
    );
  }

  private jumpTo(eId: string): void {
    const place = this.shown?.layout.sections.find((p) => p.eId === eId);
    if (!place || !this.layer) return;
    const origin = this.layer.getBoundingClientRect();
    window.scrollTo({ top: window.scrollY + origin.top + place.y - 80, behavior: 'smooth' });
    this.ui?.mounted?.querySelector<HTMLElement>(`.cm-marker[data-eid="${eId}"]`)?.focus({ preventScroll: true });
  }

  /** Follows a reference: the reader opens in this tab (Back returns here), a public copy in a new one. */
  private follow(view: ReferenceView): void {
    if (view.href) void send({ type: 'tab/open', url: view.href, inPlace: !view.external }).catch((e: unknown) => console.warn(e));
  }

  /** A citation the reader can paste: "<title>, <date>, §五 ¶2". */
  private citationFor(label: string): string {
    const analysis = this.shown?.result.analysis;
    if (!analysis) return label;
    return [analysis.title, analysis.date ? formatDate(analysis.date, this.uiLanguage) : null, label].filter(Boolean).join(', ');
  }

  private copy(text: string): void {
    navigator.clipboard.writeText(text).then(
      () => this.showToast(strings(this.uiLanguage).copied),
      (error: unknown) => console.warn('Clausemark: could not copy', error),
    );
  }

  private showToast(text: string, action?: { label: string; run: () => void }): void {
    clearTimeout(this.toastTimer);
    this.toast = text;
    this.toastAction = action
      ? {
          label: action.label,
          run: () => {
            this.toast = null;
            this.toastAction = null;
            this.render();
            action.run();
          },
        }
      : null;
    this.render();
    this.toastTimer = setTimeout(() => {
      this.toast = null;
      this.toastAction = null;
      this.render();
    }, action ? 8000 : 1800);
  }

  /** Underlines every reference on the page's own text, without touching the page's DOM. */
  private drawReferenceHighlights(): void {
    const shown = this.shown;
    if (!shown || typeof CSS === 'undefined' || !CSS.highlights) return;
    this.ensureHighlightStyles();
    const { analysis, model } = shown.result;
    const clauses = new Map(analysis.clauses.map((c) => [c.eId, c]));
    const ranges = analysis.references
      .map((r) => {
        const c = clauses.get(r.eId);
        return c ? rangeFor(model, c.block, c.start + r.start, c.start + r.end, document) : null;
      })
      .filter((r): r is Range => r !== null);
    CSS.highlights.set(REFERENCE_HIGHLIGHT, new Highlight(...ranges));
  }

  private drawActiveReference(index: number | null): void {
    const shown = this.shown;
    if (!shown || typeof CSS === 'undefined' || !CSS.highlights) return;
    const r = index === null ? undefined : shown.result.analysis.references[index];
    const clause = r && shown.result.analysis.clauses.find((c) => c.eId === r.eId);
    const range = r && clause ? rangeFor(shown.result.model, clause.block, clause.start + r.start, clause.start + r.end, document) : null;
    CSS.highlights.set(ACTIVE_HIGHLIGHT, range ? new Highlight(range) : new Highlight());
  }

  private ensureHighlightStyles(): void {
    if (this.highlightSheet) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(HIGHLIGHT_CSS);
    // A constructed sheet adds no element to the page.
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    this.highlightSheet = sheet;
  }

  private onPointerMove(event: PointerEvent): void {
    if (!this.shown || !this.layer || isOwnNode(event.target as Node)) return;
    this.pointer = { x: event.clientX, y: event.clientY };
    this.schedule(() => this.updateHover());
  }

  /** Which reference the pointer is over, by the current layout. */
  private updateHover(): void {
    if (!this.shown || !this.layer || !this.pointer) return;
    const origin = this.layer.getBoundingClientRect();
    const index = referenceAt(this.shown.layout, this.pointer.x - origin.left, this.pointer.y - origin.top);
    const hovered = index >= 0 ? index : null;
    if (hovered !== this.hovered) {
      this.hovered = hovered;
      this.render();
    }
  }

  /** A plain click on a reference's text follows it; a drag that selects text does not. */
  private onPageClick(event: MouseEvent): void {
    const shown = this.shown;
    if (!shown || !this.layer || event.button !== 0 || event.defaultPrevented) return;
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey || isOwnNode(event.target as Node)) return;
    if (!(window.getSelection()?.isCollapsed ?? true)) return;
    if ((event.target as Element | null)?.closest?.('a[href], button, input, textarea, select')) return;
    const origin = this.layer.getBoundingClientRect();
    const highlight = this.annotations.highlightAt(event.clientX - origin.left, event.clientY - origin.top);
    if (highlight) {
      this.annotations.openMenu(highlight, { x: event.clientX - origin.left, y: event.clientY - origin.top + 12 });
      return;
    }
    const index = referenceAt(shown.layout, event.clientX - origin.left, event.clientY - origin.top);
    const view = index >= 0 ? shown.references[index] : undefined;
    if (view?.href) {
      event.preventDefault();
      this.follow(view);
    }
  }

  /** Runs work once per animation frame at most. */
  private schedule(work: () => void): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      work();
    });
  }

  private destroy(): void {
    clearTimeout(this.reanalyseTimer);
    clearTimeout(this.toastTimer);
    clearTimeout(this.selectionTimer);
    this.annotations.destroy();
    this.unwatchLibrary();
    cancelAnimationFrame(this.frame);
    this.observer.disconnect();
    this.resizeObserver.disconnect();
    this.hide();
    if (this.highlightSheet) {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== this.highlightSheet);
      this.highlightSheet = null;
    }
  }
}

/** Readability, injected by the background into this isolated world on first need. */
async function loadReadability(): Promise<ReadabilityFn | undefined> {
  const boot = getBootstrap();
  if (!boot) return undefined;
  if (!boot.readability) await send({ type: 'page/load', part: 'readability' });
  return boot.readability;
}

function isOwnNode(node: Node | null): boolean {
  let n: Node | null = node;
  while (n) {
    if (n instanceof Element && n.tagName === 'CLAUSEMARK-OVERLAY') return true;
    n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null);
  }
  return false;
}

function sameBlocks(a: PageAnalysisResult, b: PageAnalysisResult): boolean {
  const x = a.model.blocks;
  const y = b.model.blocks;
  return x.length === y.length && x.every((block, i) => block.text === y[i]!.text && block.segments[0]?.node === y[i]!.segments[0]?.node);
}

function emptyLayout(): Layout {
  return { sections: [], clauses: [], references: [], columnLeft: 0 };
}

/** Whether the page paints a dark background, whatever the system's colour scheme. */
function pageIsDark(): boolean {
  for (const element of [document.body, document.documentElement]) {
    if (!element) continue;
    const color = getComputedStyle(element).backgroundColor;
    const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?/.exec(color);
    if (!m || (m[4] !== undefined && Number(m[4]) === 0)) continue;
    const [r, g, b] = [m[1], m[2], m[3]].map((v) => Number(v) / 255) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.4;
  }
  return false;
}
