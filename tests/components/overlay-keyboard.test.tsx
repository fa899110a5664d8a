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

const key = (target: Element, name: string) => target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }));
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

describe('menus by keyboard', () => {
  it("a highlight's menu: the arrow keys, Home and End move through its colours and actions; its note describes it", () => {
    const calls = { closeMenu: 0, cancelNote: 0 };
    act(() => render(h(Overlay, props({ menu: { id: 'h1', at: { x: 100, y: 220 } } }, calls)), root));
    const menu = root.querySelector('[data-testid="cm-highlight-menu"]')!;
    const items = [...menu.querySelectorAll<HTMLElement>('[role^="menuitem"]')];
    expect(items.map((i) => i.getAttribute('aria-label') ?? i.textContent)).toEqual([
      'Highlight in yellow', 'Highlight in green', 'Highlight in blue', 'Highlight in pink', 'Highlight in purple', 'Edit note', 'Delete',
    ]);
    expect(document.activeElement).toBe(items[0]);
    key(items[0]!, 'ArrowDown');
    expect(document.activeElement).toBe(items[1]);
    key(items[1]!, 'End');
    expect(document.activeElement).toBe(items[6]);
    key(items[6]!, 'ArrowDown');
    expect(document.activeElement).toBe(items[0]);
    key(items[0]!, 'ArrowUp');
    expect(document.activeElement).toBe(items[6]);
    key(items[6]!, 'Home');
    expect(document.activeElement).toBe(items[0]);
    const about = document.getElementById(menu.getAttribute('aria-describedby')!);
    expect(about?.textContent).toBe('The heads of state meet every year.');
  });

  it("a clause marker's menu takes the focus as it opens, moves by arrow key, and Escape gives the focus back to the marker", () => {
    const calls = { closeMenu: 0, cancelNote: 0 };
    const base = props({ highlights: [] }, calls);
    const layout = { ...base.layout, clauses: [{ eId: 'sec_1__para_2', label: '§一 ¶2', y: 300, lineHeight: 28, columnLeft: 140 }] };
    act(() => render(h(Overlay, { ...base, layout }), root));
    const marker = root.querySelector<HTMLElement>('[data-testid="cm-clause-marker"]')!;
    expect(marker.getAttribute('aria-expanded')).toBe('false');
    act(() => marker.click());
    expect(marker.getAttribute('aria-expanded')).toBe('true');
    const items = [...root.querySelectorAll<HTMLElement>('[role="menu"] [role="menuitem"]')];
    expect(items.map((i) => i.textContent)).toEqual(['Add a note to this clause', 'Copy citation', 'Copy link to this passage']);
    expect(document.activeElement).toBe(items[0]);
    key(items[0]!, 'ArrowDown');
    expect(document.activeElement).toBe(items[1]);
    act(() => void escape(items[1]!));
    expect(root.querySelector('[role="menu"]')).toBeNull();
    expect(document.activeElement).toBe(marker);
  });
});
