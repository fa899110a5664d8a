/**
 * Where the analysis's units sit on the page: measured from the text model's DOM ranges, in
 * the coordinates of the overlay layer (an absolutely positioned element whose origin is
 * given), so the overlay scrolls with the page and nothing is re-measured on scroll.
 */
import type { Analysis, Section } from '../analysis/types';
import { rangeFor, type TextModel } from '../text/text-model';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The area of the page in view, in layer coordinates. */
export interface Viewport {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** A margin marker's anchor: the top of the unit's first line and the left edge of its column. */
export interface MarkerPlace {
  eId: string;
  label: string;
  /** The top of the unit's first line. */
  y: number;
  /** The height of that line. */
  lineHeight: number;
  /** The left edge of the block (text column) the unit is in. */
  columnLeft: number;
}

export interface Layout {
  sections: MarkerPlace[];
  clauses: MarkerPlace[];
  /** One entry per reference of the analysis, in order: the boxes of its text (several when it wraps). */
  references: Box[][];
  /** The leftmost text column edge, for placing markers consistently. */
  columnLeft: number;
}

/**
 * Measures the layout of sections, clauses and references, in steps of `unitsPerStep` units so
 * that a caller can let the browser breathe between them on a long document. Reads layout;
 * writes nothing to the page, so layout stays valid between steps.
 */
export function* measureLayoutSteps(
  analysis: Analysis,
  sections: readonly Section[],
  model: TextModel,
  document: Document,
  origin: { left: number; top: number },
  unitsPerStep: number,
): Generator<number, Layout, void> {
  let done = 0;
  const place = (eId: string, label: string, block: number, start: number): MarkerPlace | null => {
    const b = model.blocks[block];
    if (!b) return null;
    const end = Math.min(b.text.length, start + 1);
    const range = rangeFor(model, block, start, end, document);
    const rect = range ? firstRect(range) : null;
    const column = b.element?.getBoundingClientRect();
    if (!rect || !column) return null;
    return { eId, label, y: rect.top - origin.top, lineHeight: rect.height, columnLeft: column.left - origin.left };
  };
  const sectionPlaces: MarkerPlace[] = [];
  for (const s of sections) {
    const p = place(s.eId, s.label, s.block, 0);
    if (p) sectionPlaces.push(p);
    if (++done % unitsPerStep === 0) yield done;
  }
  const clausePlaces: MarkerPlace[] = [];
  for (const c of analysis.clauses) {
    const p = place(c.eId, c.label, c.block, c.start);
    if (p) clausePlaces.push(p);
    if (++done % unitsPerStep === 0) yield done;
  }
  const clauseByEId = new Map(analysis.clauses.map((c) => [c.eId, c]));
  const references: Box[][] = [];
  for (const r of analysis.references) {
    const clause = clauseByEId.get(r.eId);
    const range = clause ? rangeFor(model, clause.block, clause.start + r.start, clause.start + r.end, document) : null;
    references.push(range ? boxes(range, origin) : []);
    if (++done % unitsPerStep === 0) yield done;
  }
  const lefts = [...sectionPlaces, ...clausePlaces].map((p) => p.columnLeft);
  return { sections: sectionPlaces, clauses: clausePlaces, references, columnLeft: lefts.length ? Math.min(...lefts) : 0 };
}

function firstRect(range: Range): DOMRect | null {
  for (const rect of Array.from(range.getClientRects())) if (rect.width > 0 || rect.height > 0) return rect;
  const whole = range.getBoundingClientRect();
  return whole.width || whole.height ? whole : null;
}

/** The boxes a range covers, one per line (rects on the same line are merged). */
function boxes(range: Range, origin: { left: number; top: number }): Box[] {
  const out: Box[] = [];
  for (const rect of Array.from(range.getClientRects())) {
    if (rect.width === 0 || rect.height === 0) continue;
    const box = { x: rect.left - origin.left, y: rect.top - origin.top, width: rect.width, height: rect.height };
    const line = out.find((b) => Math.abs(b.y - box.y) < box.height / 2);
    if (line) {
      const right = Math.max(line.x + line.width, box.x + box.width);
      line.x = Math.min(line.x, box.x);
      line.width = right - line.x;
      line.height = Math.max(line.height, box.height);
    } else out.push(box);
  }
  return out;
}

/** The reference whose boxes contain a point (overlay coordinates), or -1. */
export function referenceAt(layout: Layout, x: number, y: number): number {
  return layout.references.findIndex((list) => list.some((b) => x >= b.x && x <= b.x + b.width && y >= b.y && y <= b.y + b.height));
}
