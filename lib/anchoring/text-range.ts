/**
 * The DOM side of anchoring: a user's selection (a DOM Range) to block positions for
 * `describeRange`, and a placed anchor back to DOM Ranges for the overlay to draw.
 */
import { offsetOf, rangeFor, type TextModel } from '../text/text-model';
import type { BlockPoint } from './document-text';
import type { Anchor } from './types';

/** NodeFilter.SHOW_TEXT, spelt out: lib/ runs where there is no global NodeFilter (workers, Node). */
const SHOW_TEXT = 0x4;

/**
 * The DOM Ranges covering a placed anchor: one per block it spans, in order, each exactly the
 * passage's part of that block. One Range per block rather than one from first to last, so that
 * nothing the text model leaves out between blocks (share buttons, captions, scripts' output) is
 * drawn as highlighted; the CSS Custom Highlight API takes a list of ranges anyway. Blocks
 * without DOM nodes (a model built from a string) give no Range; an orphan gives none.
 */
export function anchorRanges(model: TextModel, anchor: Anchor, document: Document): Range[] {
  if (anchor.status === 'orphan') return [];
  const ranges: Range[] = [];
  for (let block = anchor.block; block <= anchor.endBlock; block++) {
    const text = model.blocks[block]?.text;
    if (text === undefined) continue;
    const start = block === anchor.block ? anchor.start : 0;
    const end = block === anchor.endBlock ? anchor.end : text.length;
    if (start >= end) continue;
    const range = rangeFor(model, block, start, end, document);
    if (range) ranges.push(range);
  }
  return ranges;
}

/**
 * The block positions of a DOM Range's ends (a user's selection), for `describeRange`: the first
 * and last character of the model the range covers. Ends inside elements (a selection of whole
 * paragraphs) or inside text the model leaves out are moved inwards to the nearest text of the
 * model. Null when the range covers none of the model's text.
 */
export function selectionPoints(model: TextModel, range: Range): { start: BlockPoint; end: BlockPoint } | null {
  if (range.collapsed) return null;
  let start = isText(range.startContainer) ? offsetOf(model, range.startContainer, range.startOffset) : null;
  let end = isText(range.endContainer) ? offsetOf(model, range.endContainer, range.endOffset) : null;
  if (!start || !end) {
    const root = range.commonAncestorContainer;
    const document = root.ownerDocument ?? (root as Document);
    const walker = document.createTreeWalker(root, SHOW_TEXT);
    let first: Text | null = null;
    let last: Text | null = null;
    for (let node = isText(root) ? root : walker.nextNode(); node; node = walker.nextNode()) {
      const text = node as Text;
      if (!range.intersectsNode(text) || !offsetOf(model, text, 0)) continue;
      first ??= text;
      last = text;
    }
    if (!first || !last) return null;
    start ??= offsetOf(model, first, first === range.startContainer ? range.startOffset : 0);
    end ??= offsetOf(model, last, last === range.endContainer ? range.endOffset : last.data.length);
  }
  if (!start || !end) return null;
  if (start.block > end.block || (start.block === end.block && start.offset >= end.offset)) return null;
  return { start, end };
}

function isText(node: Node): node is Text {
  return node.nodeType === 3;
}
