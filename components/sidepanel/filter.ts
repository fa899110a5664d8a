/**
 * Searching, filtering and ordering annotations for the side panel: pure functions over the
 * stored records and a page's placement report.
 */
import type { PlacementReport, PlacementsReport } from '../../messaging/annotations';
import type { HighlightColour, StoredAnnotation } from '../../storage/types';

export interface AnnotationFilter {
  /** Words to find in quotes, notes, tags and labels (any script; case and width folded). */
  query: string;
  /** Colours to show; empty shows all. */
  colours: readonly HighlightColour[];
  /** A tag every shown annotation has, or null. */
  tag: string | null;
}

export const NO_FILTER: AnnotationFilter = { query: '', colours: [], tag: null };

/** A document's annotations on a page: its own, and those of its other versions the page placed. */
export function annotationsOfPage(annotations: readonly StoredAnnotation[], documentId: string, placements: PlacementsReport | null): StoredAnnotation[] {
  const placed = new Set(placements?.placements.map((p) => p.id) ?? []);
  return annotations.filter((a) => a.documentId === documentId || placed.has(a.id));
}

/** Folds text for searching: NFKC (full-width → ASCII), lower case, spaces collapsed. */
export function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ');
}

/** Whether an annotation passes the filter. Every word of the query must occur somewhere. */
export function matches(annotation: StoredAnnotation, filter: AnnotationFilter): boolean {
  if (filter.colours.length && !filter.colours.includes(annotation.body.colour)) return false;
  if (filter.tag && !annotation.body.tags.includes(filter.tag)) return false;
  const words = fold(filter.query).split(' ').filter(Boolean);
  if (!words.length) return true;
  const haystack = fold([annotation.quote, annotation.body.note, annotation.body.tags.join(' '), annotation.label ?? ''].join('\n'));
  return words.every((w) => haystack.includes(w));
}

/** Every tag in use, most used first. */
export function tagsOf(annotations: readonly StoredAnnotation[]): string[] {
  const counts = new Map<string, number>();
  for (const a of annotations) for (const t of a.body.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([t]) => t);
}

/** One group of the document view: a section (or the preamble, or the unplaced). */
export interface AnnotationGroup {
  key: string;
  /** The section's label, or null for text outside sections; "orphans" is the unplaced group. */
  label: string | null;
  orphans: boolean;
  items: Array<{ annotation: StoredAnnotation; placement: PlacementReport | null }>;
}

/**
 * The document's annotations in document order, grouped by section, with the ones that could
 * not be placed on the page last. Without a placement report (the page is not open), in the
 * order they were made, grouped by the section they were made in.
 */
export function groupBySection(annotations: readonly StoredAnnotation[], placements: readonly PlacementReport[] | null): AnnotationGroup[] {
  const where = new Map((placements ?? []).map((p) => [p.id, p]));
  const items = annotations.map((annotation) => ({ annotation, placement: where.get(annotation.id) ?? null }));
  const placed = items.filter((i) => i.placement?.status !== 'orphan');
  const orphans = items.filter((i) => i.placement?.status === 'orphan');
  placed.sort((a, b) => (a.placement?.position ?? Infinity) - (b.placement?.position ?? Infinity) || a.annotation.created.localeCompare(b.annotation.created));

  const groups: AnnotationGroup[] = [];
  for (const item of placed) {
    const section = item.placement?.section ?? null;
    const key = section?.eId ?? (item.placement ? `outside-${item.placement.eId?.split('__')[0] ?? 'text'}` : `made-in-${item.annotation.label?.split(' ')[0] ?? ''}`);
    const label = section?.label ?? (item.placement ? null : (item.annotation.label?.split(' ')[0] ?? null));
    const last = groups[groups.length - 1];
    if (last && last.key === key) last.items.push(item);
    else groups.push({ key, label, orphans: false, items: [item] });
  }
  if (orphans.length) groups.push({ key: 'orphans', label: null, orphans: true, items: orphans });
  return groups;
}
