/**
 * The document text: the text model's blocks joined with "\n", the string every selector's
 * offsets and quotes refer to. One "\n" stands for each block boundary, so a passage that spans
 * blocks is quoted with its boundaries, and an offset maps to exactly one block position.
 */
import type { TextModel } from '../text/text-model';

/** A position in the text model: a block index and an offset in that block's text. */
export interface BlockPoint {
  block: number;
  offset: number;
}

/** The document text of a text model, with where each block starts in it. */
export interface DocumentText {
  /** `model.blocks.map((b) => b.text).join('\n')`. */
  text: string;
  /** `starts[i]` is the offset of block i's first character in `text`. */
  starts: readonly number[];
}

const cache = new WeakMap<TextModel, DocumentText>();

/** Builds (once per model, then cached) the document text of a text model. */
export function documentText(model: TextModel): DocumentText {
  let doc = cache.get(model);
  if (!doc) {
    const starts: number[] = [];
    let at = 0;
    for (const block of model.blocks) {
      starts.push(at);
      at += block.text.length + 1;
    }
    doc = { text: model.blocks.map((b) => b.text).join('\n'), starts };
    cache.set(model, doc);
  }
  return doc;
}

/**
 * The document offset of a block position. Throws a RangeError when the block does not exist
 * or the offset is outside its text.
 */
export function toDocumentOffset(doc: DocumentText, point: BlockPoint): number {
  const start = doc.starts[point.block];
  if (start === undefined || !Number.isInteger(point.block)) throw new RangeError(`no block ${point.block}`);
  const length = blockLength(doc, point.block);
  if (!Number.isInteger(point.offset) || point.offset < 0 || point.offset > length) {
    throw new RangeError(`offset ${point.offset} is outside block ${point.block} (length ${length})`);
  }
  return start + point.offset;
}

/**
 * The block position of a document offset. An offset on a block boundary (the "\n") is the end
 * of the block before it; an offset at the start of a block is that block's start, unless
 * `bias` is "end", which prefers the end of the previous block (right for the end of a span).
 * Throws a RangeError when the offset is outside the document text.
 */
export function toBlockPoint(doc: DocumentText, offset: number, bias: 'start' | 'end' = 'start'): BlockPoint {
  if (!Number.isInteger(offset) || offset < 0 || offset > doc.text.length || doc.starts.length === 0) {
    throw new RangeError(`offset ${offset} is outside the document text (length ${doc.text.length})`);
  }
  // The last block starting at or before the offset.
  let lo = 0;
  let hi = doc.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  if (bias === 'end' && lo > 0 && doc.starts[lo] === offset) return { block: lo - 1, offset: blockLength(doc, lo - 1) };
  return { block: lo, offset: Math.min(offset - doc.starts[lo]!, blockLength(doc, lo)) };
}

/** Length of block `index`'s text. */
export function blockLength(doc: DocumentText, index: number): number {
  const next = doc.starts[index + 1];
  return (next === undefined ? doc.text.length + 1 : next) - 1 - doc.starts[index]!;
}
