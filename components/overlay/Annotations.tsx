/**
 * The overlay's annotation views: the toolbar over a selection, the note editor, the menu of
 * a highlight, focusable buttons over highlights (for the keyboard), and highlight boxes where
 * the browser has no CSS Custom Highlight API. Props in, callbacks out.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Box, Viewport } from '../../lib/overlay/geometry';
import { HIGHLIGHT_COLOURS, type HighlightColour } from '../../storage/types';
import { boxStyle, parseTags, SWATCH } from '../highlight-ui';
import type { Strings } from '../i18n';
import { Menu } from './Menu';

/** A highlight as the overlay shows it. */
export interface HighlightView {
  id: string;
  colour: HighlightColour;
  quote: string;
  note: string;
  tags: string[];
  /** "changed": found only approximately; shown with a mark. */
  changed: boolean;
  boxes: Box[];
}

/** The selection toolbar's place: just below the selection's last line. */
export interface ToolbarPlace {
  x: number;
  y: number;
}

/** The note editor's state. */
export interface EditorState {
  /** Changes each time the editor is opened, so that each opening starts from its own note. */
  opening: number;
  /** An existing annotation, or null for a new one. */
  id: string | null;
  /** The passage (or clause) the note is about. */
  quote: string;
  label: string | null;
  note: string;
  tags: string[];
  colour: HighlightColour;
  at: ToolbarPlace;
}

/** Keeps the page's selection: pressing a toolbar button must not collapse it. */
const keepSelection = (event: MouseEvent) => event.preventDefault();

export function SelectionToolbar(props: {
  at: ToolbarPlace;
  viewport: Viewport;
  strings: Strings;
  onHighlight: (colour: HighlightColour) => void;
  onNote: () => void;
  onCopyCitation: () => void;
}) {
  const t = props.strings.annotate;
  const left = clampLeft(props.at.x, 260, props.viewport);
  return (
    <div class="cm-toolbar" role="toolbar" aria-label={t.toolbar} style={{ left: `${left}px`, top: `${props.at.y}px` }} data-testid="cm-selection-toolbar">
      {HIGHLIGHT_COLOURS.map((colour) => (
        <button
          key={colour}
          type="button"
          class="cm-swatch"
          style={{ background: SWATCH[colour] }}
          aria-label={t.highlightIn(t.colours[colour])}
          title={t.highlightIn(t.colours[colour])}
          data-colour={colour}
          onMouseDown={keepSelection}
          onClick={() => props.onHighlight(colour)}
        />
      ))}
      <button type="button" class="cm-button" onMouseDown={keepSelection} onClick={props.onNote}>
        {t.addNote}
      </button>
      <button type="button" class="cm-button" onMouseDown={keepSelection} onClick={props.onCopyCitation} title={t.copyCitation} aria-label={t.copyCitation}>
        ❝
      </button>
    </div>
  );
}

export function NoteEditor(props: {
  state: EditorState;
  viewport: Viewport;
  strings: Strings;
  onSave: (note: string, tags: string[], colour: HighlightColour) => void;
  onCancel: () => void;
}) {
  const t = props.strings.annotate;
  const [note, setNote] = useState(props.state.note);
  const [tags, setTags] = useState(props.state.tags.join(', '));
  const [colour, setColour] = useState<HighlightColour>(props.state.colour);
  const area = useRef<HTMLTextAreaElement>(null);
  // Before the browser paints, so a key pressed as soon as the editor shows lands in it.
  useLayoutEffect(() => area.current?.focus({ preventScroll: true }), []);
  const save = () => props.onSave(note, parseTags(tags), colour);
  const left = clampLeft(props.state.at.x, 360, props.viewport);
  return (
    <div
      class="cm-editor"
      role="dialog"
      aria-label={t.editorTitle}
      style={{ left: `${left}px`, top: `${props.state.at.y}px` }}
      data-testid="cm-note-editor"
      // Escape is handled by the overlay's layer, wherever the focus is.
      onKeyDown={(event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          save();
        }
      }}
    >
      <p class="cm-editor__quote">
        {props.state.label && <strong>{props.state.label} </strong>}
        {props.state.quote.length > 160 ? `${props.state.quote.slice(0, 160)}…` : props.state.quote}
      </p>
      <label class="cm-editor__field">
        <span>{t.noteLabel}</span>
        <textarea ref={area} rows={5} value={note} onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)} />
      </label>
      <label class="cm-editor__field">
        <span>{t.tagsLabel}</span>
        <input type="text" value={tags} onInput={(e) => setTags((e.currentTarget as HTMLInputElement).value)} />
      </label>
      <div class="cm-editor__row" role="radiogroup" aria-label={t.highlightMenu}>
        {HIGHLIGHT_COLOURS.map((c) => (
          <button
            key={c}
            type="button"
            role="radio"
            aria-checked={c === colour}
            class="cm-swatch"
            style={{ background: SWATCH[c] }}
            aria-label={t.colours[c]}
            onClick={() => setColour(c)}
          />
        ))}
        <span class="cm-editor__spacer" />
        <button type="button" class="cm-button" onClick={props.onCancel}>
          {t.cancel}
        </button>
        <button type="button" class="cm-button cm-button--primary" onClick={save}>
          {t.save}
        </button>
      </div>
    </div>
  );
}

export function HighlightMenu(props: {
  highlight: HighlightView;
  at: ToolbarPlace;
  viewport: Viewport;
  strings: Strings;
  onColour: (colour: HighlightColour) => void;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const t = props.strings.annotate;
  const left = clampLeft(props.at.x, 300, props.viewport);
  const described = `cm-menu-about-${props.highlight.id}`;
  const about = props.highlight.changed || props.highlight.note;
  return (
    <Menu
      class="cm-menu cm-menu--highlight"
      label={t.highlightMenu}
      describedBy={about ? described : undefined}
      style={{ left: `${left}px`, top: `${props.at.y}px` }}
      testId="cm-highlight-menu"
    >
      {about && (
        <div id={described}>
          {props.highlight.changed && <p class="cm-menu__note">{t.changed}</p>}
          {props.highlight.note && <p class="cm-menu__note cm-menu__text">{props.highlight.note}</p>}
        </div>
      )}
      <div class="cm-editor__row" role="group" aria-label={t.colourGroup}>
        {HIGHLIGHT_COLOURS.map((c) => (
          <button
            key={c}
            type="button"
            role="menuitemradio"
            aria-checked={c === props.highlight.colour}
            class="cm-swatch"
            style={{ background: SWATCH[c] }}
            aria-label={t.highlightIn(t.colours[c])}
            onClick={() => props.onColour(c)}
          />
        ))}
      </div>
      <button type="button" role="menuitem" onClick={props.onEdit}>
        {t.editNote}
      </button>
      <button type="button" role="menuitem" onClick={props.onDelete}>
        {t.delete}
      </button>
    </Menu>
  );
}

/** Keyboard access to highlights: a focusable, pointer-transparent box over each. */
export function HighlightButtons(props: { highlights: readonly HighlightView[]; strings: Strings; onOpen: (id: string) => void }) {
  const t = props.strings.annotate;
  return (
    <>
      {props.highlights.map((h) => {
        const box = h.boxes[0];
        if (!box) return null;
        return (
          <button
            key={h.id}
            type="button"
            class="cm-highlight-button"
            aria-label={t.highlightLabel(h.quote.slice(0, 60), h.note.slice(0, 80))}
            data-testid="cm-highlight"
            data-id={h.id}
            data-colour={h.colour}
            data-changed={h.changed ? 'true' : undefined}
            style={boxStyle(box)}
            onClick={() => props.onOpen(h.id)}
          />
        );
      })}
    </>
  );
}

/** Where the CSS Custom Highlight API is missing: translucent boxes, still without touching the page. */
export function FallbackHighlights(props: { highlights: readonly HighlightView[] }) {
  return (
    <>
      {props.highlights.flatMap((h) =>
        h.boxes.map((b, i) => (
          <div
            key={`${h.id}-${i}`}
            class="cm-fallback-highlight"
            style={{ left: `${b.x}px`, top: `${b.y}px`, width: `${b.width}px`, height: `${b.height}px`, background: SWATCH[h.colour] }}
          />
        )),
      )}
    </>
  );
}

function clampLeft(x: number, width: number, viewport: Viewport): number {
  return Math.max(viewport.left + 8, Math.min(x, viewport.left + viewport.width - width - 8));
}
