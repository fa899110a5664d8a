/**
 * The text model: the document as an ordered list of blocks of normalised text, each with a
 * map from string offsets back to the page's text nodes. Every later stage works on plain
 * strings; every result (a clause, a reference, a highlight) turns back into a DOM Range
 * through `rangeFor`, and a DOM position into an offset through `offsetOf`.
 *
 * Normalisation inside a block: runs of whitespace (including U+3000 and U+00A0) become one
 * space, zero-width characters are dropped, and the block is trimmed. A run of two or more
 * ideographic spaces inside a block is a paragraph break (the way Xinhua indents paragraphs
 * in flat text), as is a newline in plain-text input. A block with no letter or digit at all
 * (a rule drawn with asterisks, "* * *") is left out.
 */
import type { TextBlock } from '../analysis/types';

/** A run of block text that maps one-to-one onto a run of one text node's data. */
export interface Segment {
  /** Offsets in the block's text. */
  start: number;
  end: number;
  /** The text node, or null for blocks built from a plain string. */
  node: Text | null;
  /** Offset in `node.data` that corresponds to `start`. */
  nodeStart: number;
}

/** A block with its map back to the DOM. */
export interface ModelBlock extends TextBlock {
  segments: Segment[];
  /** The nearest block-level element the block came from, when built from a DOM. */
  element: Element | null;
}

export interface TextModel {
  blocks: ModelBlock[];
  /** Total length of all block texts. */
  length: number;
}

/** Elements whose content is never document text. */
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH', 'CANVAS',
  'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'HEAD', 'VIDEO', 'AUDIO', 'MAP', 'CLAUSEMARK-OVERLAY',
]);

/** Elements that start and end a block. Everything else is inline. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL',
  'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HGROUP', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT',
  'TH', 'THEAD', 'TR', 'UL',
]);

const SPACE_OR_INVISIBLE = /[\s\u200b-\u200d\u2060\ufeff\u00ad]+/g;
const ONLY_INVISIBLE = /^[\u200b-\u200d\u2060\ufeff\u00ad]+$/;
const PARAGRAPH_BREAK = /\u3000\s*\u3000/;
/** A letter or a digit in any script: a block without one holds no text. */
const TEXT_CHARACTER = /[\p{L}\p{N}]/u;

export interface TextModelOptions {
  /** Extra elements to leave out (share buttons, editor lines…). */
  skip?: (element: Element) => boolean;
}

/** Builds the text model of the given elements' content, in order. */
export function textModelFromElements(roots: readonly Element[], options: TextModelOptions = {}): TextModel {
  const builder = new BlockBuilder(false);
  const skip = options.skip;

  const walk = (element: Element, listMarker: string | null = null): void => {
    const tagName = element.tagName.toUpperCase();
    const isBlock = BLOCK_TAGS.has(tagName);
    if (isSkipped(element) || skip?.(element)) {
      // A block left out still ends the text before it: a headline, a left-out empty
      // paragraph and the text after them are not one block.
      if (isBlock) builder.breakBlock(element);
      return;
    }
    if (isBlock) builder.breakBlock(element);
    if (listMarker) builder.listMarker = listMarker;
    const list = tagName === 'OL' ? orderedList(element) : null;
    for (let child = element.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) builder.appendText(child as Text, element);
      else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toUpperCase();
        if (tag === 'BR') builder.breakBlock(element);
        else walk(child as Element, list && tag === 'LI' ? list.next(child as Element) : null);
      }
    }
    if (isBlock) builder.breakBlock(element);
    if (listMarker) builder.listMarker = null;
  };

  for (const root of roots) {
    builder.breakBlock(root);
    walk(root);
    builder.breakBlock(root);
  }
  return builder.finish();
}

/**
 * Builds the text model of plain text: newlines and runs of ideographic spaces separate
 * blocks. Blocks have no DOM nodes.
 */
export function textModelFromString(text: string): TextModel {
  const builder = new BlockBuilder(true);
  builder.appendString(text);
  return builder.finish();
}

/**
 * The DOM Range covering [start, end) of a block's text, or null when the block has no DOM
 * nodes or the offsets are out of bounds.
 */
export function rangeFor(model: TextModel, block: number, start: number, end: number, document: Document): Range | null {
  const b = model.blocks[block];
  if (!b || start < 0 || end > b.text.length || start > end) return null;
  const from = locate(b, start, false);
  const to = locate(b, end, true);
  if (!from || !to) return null;
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/**
 * The block offset of a DOM position inside a text node, or null when that node is not part
 * of the model. An offset inside collapsed whitespace maps to the nearest kept character.
 */
export function offsetOf(model: TextModel, node: Node, offset: number): { block: number; offset: number } | null {
  const index = nodeIndex(model);
  const hits = index.get(node);
  if (!hits) return null;
  // Hits are in document order: the first that holds the offset or starts after it is the one.
  for (const { block, segment } of hits) {
    const local = offset - segment.nodeStart;
    if (local < 0) return { block, offset: segment.start }; // inside collapsed whitespace: snap forward
    if (local <= segment.end - segment.start) return { block, offset: segment.start + local };
  }
  const last = hits[hits.length - 1]!;
  return { block: last.block, offset: last.segment.end };
}

const nodeIndexes = new WeakMap<TextModel, Map<Node, Array<{ block: number; segment: Segment }>>>();

function nodeIndex(model: TextModel): Map<Node, Array<{ block: number; segment: Segment }>> {
  let index = nodeIndexes.get(model);
  if (!index) {
    index = new Map();
    for (const block of model.blocks) {
      for (const segment of block.segments) {
        if (!segment.node) continue;
        const list = index.get(segment.node) ?? [];
        list.push({ block: block.index, segment });
        index.set(segment.node, list);
      }
    }
    nodeIndexes.set(model, index);
  }
  return index;
}

/** Finds the node position for a block offset; `atEnd` prefers the end of the previous segment. */
function locate(block: ModelBlock, offset: number, atEnd: boolean): { node: Text; offset: number } | null {
  const segments = block.segments;
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid]!;
    if (atEnd ? offset <= s.start : offset < s.start) hi = mid - 1;
    else if (atEnd ? offset > s.end : offset >= s.end) lo = mid + 1;
    else return s.node ? { node: s.node, offset: s.nodeStart + (offset - s.start) } : null;
  }
  return null;
}

const NO_LIST_STYLE = /(?:^|;)\s*list-style(?:-type)?\s*:\s*none/i;

/**
 * The numbers an `<ol>` draws before its items, from its `start` and `type` and each item's
 * `value` (CSS counters are not known without a layout). Null for a list drawn without numbers.
 */
function orderedList(ol: Element): { next: (li: Element) => string | null } | null {
  if (NO_LIST_STYLE.test(ol.getAttribute('style') ?? '')) return null;
  const type = ol.getAttribute('type') ?? '1';
  let n = Number.parseInt(ol.getAttribute('start') ?? '1', 10);
  if (!Number.isFinite(n)) n = 1;
  n -= 1;
  return {
    next(li) {
      const value = Number.parseInt(li.getAttribute('value') ?? '', 10);
      n = Number.isFinite(value) ? value : n + 1;
      if (NO_LIST_STYLE.test(li.getAttribute('style') ?? '')) return null;
      return listNumber(n, li.getAttribute('type') ?? type);
    },
  };
}

/** An item's number as a text would write it: 2., (b), (iv), IV. */
function listNumber(n: number, type: string): string | null {
  if (n < 1) return null;
  if (type === 'a' || type === 'A') return n <= 26 ? `(${String.fromCharCode(96 + n)})` : null;
  if (type === 'i') return `(${roman(n).toLowerCase()})`;
  if (type === 'I') return `${roman(n)}.`;
  return `${n}.`;
}

function roman(n: number): string {
  const digits: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [value, letters] of digits) for (; n >= value; n -= value) out += letters;
  return out;
}

function isSkipped(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.tagName.toUpperCase())) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  return !!style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** Accumulates blocks, collapsing whitespace and recording segments. */
class BlockBuilder {
  private blocks: ModelBlock[] = [];
  private text = '';
  private segments: Segment[] = [];
  private pendingSpace: { node: Text | null; offset: number } | null = null;
  private element: Element | null = null;
  private total = 0;
  /** The `<ol>` number of the item being read: it goes to the item's first block. */
  listMarker: string | null = null;

  constructor(private readonly newlineBreaks: boolean) {}

  breakBlock(element: Element | null = null): void {
    // A line of nothing but symbols ("******", "* * *") is a rule drawn in text, not text.
    if (this.text && TEXT_CHARACTER.test(this.text)) {
      const block: ModelBlock = { index: this.blocks.length, text: this.text, segments: this.segments, element: this.element };
      if (this.listMarker) {
        block.listMarker = this.listMarker;
        this.listMarker = null;
      }
      this.blocks.push(block);
      this.total += this.text.length;
    }
    this.text = '';
    this.segments = [];
    this.pendingSpace = null;
    this.element = element;
  }

  appendText(node: Text, parent: Element): void {
    if (!this.text && this.element === null) this.element = parent;
    this.appendRuns(node.data, node);
  }

  appendString(text: string): void {
    this.appendRuns(text, null);
  }

  finish(): TextModel {
    this.breakBlock();
    return { blocks: this.blocks, length: this.total };
  }

  private appendRuns(data: string, node: Text | null): void {
    let last = 0;
    SPACE_OR_INVISIBLE.lastIndex = 0;
    for (let m = SPACE_OR_INVISIBLE.exec(data); m; m = SPACE_OR_INVISIBLE.exec(data)) {
      if (m.index > last) this.appendContent(data, last, m.index, node);
      const run = m[0];
      if (!ONLY_INVISIBLE.test(run)) {
        if (PARAGRAPH_BREAK.test(run) || (this.newlineBreaks && /[\n\r\u2028\u2029]/.test(run))) {
          const element = this.element;
          this.breakBlock(element);
        } else if (this.text && !this.pendingSpace) {
          this.pendingSpace = { node, offset: m.index };
        }
      }
      last = m.index + run.length;
    }
    if (last < data.length) this.appendContent(data, last, data.length, node);
  }

  private appendContent(data: string, from: number, to: number, node: Text | null): void {
    if (this.pendingSpace) {
      this.push(' ', this.pendingSpace.node, this.pendingSpace.offset);
      this.pendingSpace = null;
    }
    this.push(data.slice(from, to), node, from);
  }

  private push(piece: string, node: Text | null, nodeStart: number): void {
    const start = this.text.length;
    const previous = this.segments[this.segments.length - 1];
    if (previous && previous.node === node && previous.nodeStart + (previous.end - previous.start) === nodeStart) {
      previous.end += piece.length;
    } else {
      this.segments.push({ start, end: start + piece.length, node, nodeStart });
    }
    this.text += piece;
  }
}
