// @vitest-environment jsdom
/**
 * The overlay's keyboard handling, rendered with Preact in jsdom on the analysis of the real
 * 2021 statement. Escape must close what is open even when the focus has not reached it yet
 * (a key pressed the instant a menu appears): CI once lost exactly that race.
 */
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyzeText } from '../../lib/analysis/analyze';
import { strings } from '../../components/i18n';
import { Overlay, type AnnotationUi, type OverlayProps } from '../../components/overlay/Overlay';
import type { HighlightView } from '../../components/overlay/Annotations';
import { CORPUS_TEXT } from '../helpers';

const { analysis, structure } = analyzeText(CORPUS_TEXT);

const highlight: HighlightView = {
  id: 'h1',
  colour: 'yellow',
  quote: '双方重申',
  note: 'The heads of state meet every year.',
  tags: [],
  changed: false,
  boxes: [{ x: 100, y: 200, width: 80, height: 20 }],
};

interface Calls {
  closeMenu: number;
  cancelNote: number;
}

function props(annotations: Partial<AnnotationUi>, calls: Calls): OverlayProps {
  const none = () => {};
  return {
    analysis,
    sections: structure.sections,
    layout: { sections: [], clauses: [], references: [], columnLeft: 0 },
    references: [],
    annotationCount: 1,
    dark: false,
    viewport: { left: 0, top: 0, width: 1280, height: 800 },
    strings: strings('en'),
    uiLanguage: 'en',
    activeSection: null,
    hoveredReference: null,
    onJump: none,
    onFollow: none,
    onOpenSidePanel: none,
    onCopyCitation: none,
    onCopyLink: none,
    onActiveReference: none,
    toast: null,
    toastAction: null,
    annotations: {
      highlights: [highlight],
      fallback: false,
      toolbar: null,
      editor: null,
      menu: null,
      onHighlight: none,
      onNoteSelection: none,
      onCopySelectionCitation: none,
      onNoteClause: none,
      onSaveNote: none,
      onCancelNote: () => calls.cancelNote++,
      onOpenHighlight: none,
      onHighlightColour: none,
      onEditHighlight: none,
      onDeleteHighlight: none,
      onCloseMenu: () => calls.closeMenu++,
      ...annotations,
    },
  };
}

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const highlightButton = () => root.querySelector<HTMLElement>('[data-testid="cm-highlight"][data-id="h1"]')!;
const escape = (target: Element) => target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));

describe('Escape in the overlay', () => {
  it("closes a highlight's menu when the focus is still on the highlight, and leaves the focus there", () => {
    const calls = { closeMenu: 0, cancelNote: 0 };
    act(() => render(h(Overlay, props({}, calls)), root));
    highlightButton().focus();
    act(() => render(h(Overlay, props({ menu: { id: 'h1', at: { x: 100, y: 220 } } }, calls)), root));
    expect(root.querySelector('[data-testid="cm-highlight-menu"]')).not.toBeNull();
    // The menu moves the focus into itself as it mounts…
    expect(root.querySelector('[data-testid="cm-highlight-menu"]')!.contains(document.activeElement)).toBe(true);
    // …but a key that lands on the highlight first still closes it.
    highlightButton().focus();
    escape(highlightButton());
    expect(calls.closeMenu).toBe(1);
    expect(document.activeElement).toBe(highlightButton());
  });

  it('from inside the menu, closes it once and gives the focus back to the highlight', () => {
    const calls = { closeMenu: 0, cancelNote: 0 };
    act(() => render(h(Overlay, props({ menu: { id: 'h1', at: { x: 100, y: 220 } } }, calls)), root));
    escape(document.activeElement!);
    expect(calls.closeMenu).toBe(1);
    expect(document.activeElement).toBe(highlightButton());
  });

  it('cancels the note editor before anything else, from its text box or from outside it', () => {
    const calls = { closeMenu: 0, cancelNote: 0 };
    const editor = { opening: 1, id: 'h1', quote: highlight.quote, label: null, note: '', tags: [], colour: 'yellow' as const, at: { x: 100, y: 220 } };
    act(() => render(h(Overlay, props({ editor, menu: { id: 'h1', at: { x: 100, y: 220 } } }, calls)), root));
    const box = root.querySelector('[data-testid="cm-note-editor"] textarea')!;
    expect(document.activeElement).toBe(box);
    escape(box);
    expect(calls).toEqual({ cancelNote: 1, closeMenu: 0 });
    expect(document.activeElement).toBe(highlightButton());
    escape(highlightButton());
    expect(calls).toEqual({ cancelNote: 2, closeMenu: 0 });
  });
});
