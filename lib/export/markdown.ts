/**
 * Markdown export: one file per document, made to read well in Obsidian and any CommonMark
 * viewer, and to keep its layout from one release to the next (tests compare it with a golden
 * file, tests/fixtures/export/).
 *
 * The layout of one document:
 *
 * ```markdown
 * ---
 * title: "中华人民共和国和俄罗斯联邦关于《中俄睦邻友好合作条约》签署二十周年的联合声明"
 * kind: "joint-statement"
 * date: "2021-06-28"
 * parties:
 *   - "CN"
 *   - "RU"
 * language: "zh"
 * source:
 *   - "http://www.news.cn/2021-06/28/c_1127606541.htm"
 * fingerprint: "566c6255987369c5"
 * exported: "2025-03-01T09:30:00.000Z"
 * ---
 *
 * # 中华人民共和国和俄罗斯联邦关于《中俄睦邻友好合作条约》签署二十周年的联合声明
 *
 * ## §五
 *
 * - > 增强具有战略性和综合性的能源合作
 *
 *   **§五 ¶2 —2** · green · #能源 · [open passage](http://www.news.cn/…#:~:text=…)
 *
 *   The note, as Markdown, every line indented two spaces.
 *
 * - **§五 ¶2** · note on the clause · [open passage](…)
 *
 *   A note on the whole clause.
 *
 * ## Not found on the page
 *
 * - > 中俄关系业已达到历史最高水平
 *
 *   **§二 ¶1** · yellow · *not found on the page*
 *
 * ## References
 *
 * - **联合国宪章** · as “联合国宪章” · in §八 ¶3, §八 ¶18
 * ```
 *
 * - Front matter: title, kind, date, parties, language, source (the document's URLs),
 *   fingerprint, exported, in that order; every string double-quoted (see `yamlString`), null when
 *   unknown, lists as block sequences (`[]` when empty).
 * - The title as the only H1 ("Untitled document" when there is none).
 * - One H2 per section that has annotations, in document order: the analysis's clause order when
 *   an analysis is given, else the natural order of the section eIds (preamble, sections and
 *   articles by number, closing). The heading is the section's label and heading (§五, ст. 2),
 *   the preamble's and closing's label words (序言, Preamble), or "Elsewhere in the document" for
 *   passages in no clause. Within a section: by clause and offset in it (analysis), else by
 *   position in the document text; then by creation time.
 * - Each annotation is one list item, so that nothing in it can reach outside it:
 *   a highlight's passage as a blockquote (one quoted paragraph per block), then a line with its
 *   clause label in bold, its colour, its tags and a link back to the passage; a clause note
 *   (motivation `commenting`) has only that line, with "note on the clause" for the colour. The
 *   note follows, as Markdown made safe by `noteLines`, every line indented two spaces.
 * - Tags as Obsidian tags (`#energy #能源`) when every tag is one (letters, digits, `_`, `-`, `/`,
 *   not all digits); otherwise as text: `tags: energy policy, 能源`.
 * - The link is the document's first URL with a text fragment (`passageLink`); none when the
 *   document has no http(s) or file URL, or the annotation could not be placed.
 * - Annotations whose placement is `orphan` come after the sections under their own H2, marked
 *   "not found on the page", without a link.
 * - Last, when an analysis is given and the document cites anything: "References", one item per
 *   instrument (or resolution) cited, with the articles and UN symbols cited, the texts as written
 *   and the clauses they are in. References to the document itself are left out.
 * - A document without annotations says so in one line. The file ends with one newline.
 *
 * Every text that is not the reader's note is escaped (`escapeText`); the words around it are in
 * the interface language asked for.
 */
import type { Clause, DocumentOutline } from '../analysis/types';
import type { AnnotationSelector, ClauseSelector, TextPositionSelector, TextQuoteSelector } from '../anchoring/types';
import type { PlacementReport } from '../../messaging/annotations';
import type { StoredAnnotation, StoredDocument } from '../../storage/types';
import { passageLink } from '../anchoring/fragment';
import { escapeText, markdownUrl, noteLines, passageLines, yamlString, yamlValue } from './markdown-text';
import { EXPORT_STRINGS, type ExportLanguage, type ExportStrings } from './strings';

export type { ExportLanguage } from './strings';

/** Where a page placed an annotation (as `PlacementReport` says; `change` is not needed). */
export type ExportPlacement = Pick<PlacementReport, 'status' | 'eId' | 'label' | 'section' | 'position'>;

/** What the Markdown of one document is made from. */
export interface DocumentMarkdownInput {
  document: StoredDocument;
  /** The document's annotations (others are ignored). */
  annotations: readonly StoredAnnotation[];
  /** The document's analysis (or its stored outline), for document order, section headings, labels and references. */
  analysis?: DocumentOutline | null;
  /** Where a page placed each annotation, by annotation id; `orphan` ones get their own section. */
  placements?: ReadonlyMap<string, ExportPlacement> | null;
  exportedAt: Date;
  /** The interface language of the words around the document's text. */
  language: ExportLanguage;
}

/** What the Markdown of every document is made from. */
export interface AllMarkdownInput {
  documents: readonly StoredDocument[];
  /** Every annotation; one whose document is not in `documents` gets a file of its own all the same. */
  annotations: readonly StoredAnnotation[];
  /** Analyses by document id, when known. */
  analyses?: ReadonlyMap<string, DocumentOutline | null> | null;
  /** Placements by annotation id. */
  placements?: ReadonlyMap<string, ExportPlacement> | null;
  exportedAt: Date;
  language: ExportLanguage;
}

/** One exported file. */
export interface MarkdownFile {
  /** A file name safe on every system and in Obsidian links: "2021-06-28 Title.md". */
  filename: string;
  markdown: string;
}

/** The Markdown of one document and its annotations (layout in this module's comment). */
export function exportDocumentMarkdown(input: DocumentMarkdownInput): string {
  const { document: doc, analysis = null, placements = null } = input;
  const s = EXPORT_STRINGS[input.language];
  const annotations = input.annotations.filter((a) => a.documentId === doc.id);
  const lines: string[] = [...frontMatter(doc, input.exportedAt), '', `# ${escapeText(doc.title ?? '') || escapeText(s.untitled)}`, ''];

  const index = new Map((analysis?.clauses ?? []).map((c, i) => [c.eId, i] as const));
  const entries = annotations.map((a) => entryOf(a, analysis, index, placements?.get(a.id) ?? null)).sort(compareEntries);
  const placed = entries.filter((e) => !e.orphan);
  const orphans = entries.filter((e) => e.orphan);
  const url = doc.urls.find((u) => markdownUrl(u) !== null) ?? null;

  const groups = new Map<string, Entry[]>();
  for (const entry of placed) {
    const group = groups.get(entry.section);
    if (group) group.push(entry);
    else groups.set(entry.section, [entry]);
  }
  for (const [key, group] of groups) {
    lines.push(`## ${escapeText(sectionTitle(key, group[0]!, analysis, s))}`, '');
    for (const entry of group) lines.push(...itemLines(entry, doc, url, s), '');
  }
  if (orphans.length) {
    lines.push(`## ${escapeText(s.orphans)}`, '');
    for (const entry of orphans) lines.push(...itemLines(entry, doc, null, s), '');
  }
  if (annotations.length === 0) lines.push(escapeText(s.nothing), '');
  const references = referenceLines(analysis, s);
  if (references.length) lines.push(`## ${escapeText(s.references)}`, '', ...references, '');
  while (lines[lines.length - 1] === '') lines.pop();
  return `${lines.join('\n')}\n`;
}

/**
 * The Markdown of every document, one file each, in the order of `documents` (then documents
 * known only from annotations). File names are unique, ignoring case.
 */
export function exportAllMarkdown(input: AllMarkdownInput): MarkdownFile[] {
  // Each document's annotations, grouped once.
  const byDocument = new Map<string, StoredAnnotation[]>();
  for (const a of input.annotations) {
    const list = byDocument.get(a.documentId);
    if (list) list.push(a);
    else byDocument.set(a.documentId, [a]);
  }
  const documents = [...input.documents];
  const known = new Set(documents.map((d) => d.id));
  for (const [id, list] of byDocument) {
    if (!known.has(id)) {
      known.add(id);
      documents.push(stubDocument(id, list));
    }
  }
  const taken = new Set<string>();
  return documents.map((document) => {
    const filename = uniqueFilename(document, taken);
    const markdown = exportDocumentMarkdown({
      document,
      annotations: byDocument.get(document.id) ?? [],
      analysis: input.analyses?.get(document.id) ?? null,
      placements: input.placements ?? null,
      exportedAt: input.exportedAt,
      language: input.language,
    });
    return { filename, markdown };
  });
}

/** An annotation with where it goes in the export. */
interface Entry {
  annotation: StoredAnnotation;
  /** The clause it is in now (placement, else as stored), and that clause's label. */
  eId: string | null;
  label: string | null;
  /** The key of its section group: a section or article eId, "preamble", "conclusions", "body" or "". */
  section: string;
  /** Its clause's index in the analysis (Infinity when not known). */
  rank: number;
  /** Its offset in its clause, for order within a clause the analysis knows. */
  offset: number;
  /** Its offset in the document text (placement, else stored), for order where the analysis does not tell. */
  position: number;
  orphan: boolean;
  /** The placement's section label, for the heading when the analysis does not know the section. */
  sectionLabel: string | null;
}

function entryOf(a: StoredAnnotation, analysis: DocumentOutline | null, index: ReadonlyMap<string, number>, placement: ExportPlacement | null): Entry {
  const orphan = placement?.status === 'orphan';
  const placed = placement && !orphan ? placement : null;
  const clauseSelector = find<ClauseSelector>(a.target.selector, 'ClauseSelector');
  const eId = placed?.eId ?? a.eId ?? clauseSelector?.eId ?? null;
  const rank = eId !== null ? index.get(eId) : undefined;
  const clause: Pick<Clause, 'eId' | 'label' | 'section' | 'kind'> | undefined = rank !== undefined ? analysis?.clauses[rank] : undefined;
  const label = clause?.label ?? placed?.label ?? a.label ?? null;
  let section: string;
  if (clause) section = clause.section ?? (clause.kind === 'preamble' ? 'preamble' : clause.kind === 'conclusion' ? 'conclusions' : 'body');
  else if (placed?.section) section = placed.section.eId;
  else section = eId === null ? '' : topLevel(eId);
  const position = placed?.position ?? find<TextPositionSelector>(a.target.selector, 'TextPositionSelector')?.start ?? Infinity;
  const offset = clauseSelector && clauseSelector.eId === eId ? clauseSelector.start : position;
  return { annotation: a, eId, label, section, rank: rank ?? Infinity, offset, position, orphan, sectionLabel: placed?.section?.label ?? null };
}

/**
 * Document order. Where the analysis knows both clauses: by clause, then offset in the clause.
 * Otherwise: by section in the natural order of eIds, then by position in the document text
 * (the same text wherever the document is, as the fingerprint says), then by eId.
 */
function compareEntries(x: Entry, y: Entry): number {
  const known = x.rank !== Infinity && y.rank !== Infinity;
  return (
    compareNumbers(x.rank, y.rank) ||
    (known
      ? compareNumbers(x.offset, y.offset)
      : compareEIds(x.section || null, y.section || null) || compareNumbers(x.position, y.position) || compareEIds(x.eId, y.eId)) ||
    compareNumbers(Date.parse(x.annotation.created), Date.parse(y.annotation.created)) ||
    (x.annotation.id < y.annotation.id ? -1 : x.annotation.id > y.annotation.id ? 1 : 0)
  );
}

function compareNumbers(x: number, y: number): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Natural order of eIds: preamble, then sections and articles by number, then the closing; null last. */
function compareEIds(x: string | null, y: string | null): number {
  const rank = (e: string | null) => (e === null ? 3 : e.startsWith('preamble') ? 0 : e.startsWith('conclusions') ? 2 : 1);
  const byRank = rank(x) - rank(y);
  if (byRank || x === null || y === null) return byRank;
  const a = x.split(/(\d+)/);
  const b = y.split(/(\d+)/);
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const [p, q] = [a[i]!, b[i]!];
    if (p === q) continue;
    // Odd parts are the digit runs.
    if (i % 2 === 1) return Number(p) - Number(q);
    return p < q ? -1 : 1;
  }
  return a.length - b.length;
}

/** The top-level unit of an eId: `sec_5__list_1__indent_3` → `sec_5`; a numbered paragraph → "body". */
function topLevel(eId: string): string {
  const top = eId.split('__')[0]!;
  return /^para_\d+$/.test(top) ? 'body' : top;
}

function sectionTitle(key: string, first: Entry, analysis: DocumentOutline | null, s: ExportStrings): string {
  if (key === '') return s.elsewhere;
  if (key === 'body') return s.body;
  const section = analysis?.sections.find((x) => x.eId === key);
  if (section) return section.heading ? `${section.label} ${section.heading}` : section.label;
  const article = analysis?.clauses.find((c) => c.eId === key);
  if (article) return article.label;
  if (first.sectionLabel) return first.sectionLabel;
  const fromLabel = first.label ? sectionLabelFrom(first.label) : '';
  if (fromLabel) return fromLabel;
  return key === 'preamble' ? s.preamble : key === 'conclusions' ? s.closing : key;
}

/** A section's label from one of its clauses' labels: "§五 ¶2 —3" → "§五", "ст. 1 п. 2" → "ст. 1", "Art. 2(1)" → "Art. 2". */
function sectionLabelFrom(label: string): string {
  return label
    .replace(/\s+(?:¶|—|п\.|пп\.).*$/u, '')
    .replace(/(第[^第]+条)第.+款.*$/u, '$1')
    .replace(/\s*[(（].*$/u, '')
    .trim();
}

/** One annotation as a list item (see the module comment). */
function itemLines(entry: Entry, doc: StoredDocument, url: string | null, s: ExportStrings): string[] {
  const a = entry.annotation;
  const meta: string[] = [];
  if (entry.label) meta.push(`**${escapeText(entry.label)}**`);
  meta.push(escapeText(a.motivation === 'commenting' ? s.clauseNote : s.colours[a.body.colour]));
  if (entry.orphan) meta.push(`*${escapeText(s.orphanMark)}*`);
  const tags = tagText(a.body.tags, s);
  if (tags) meta.push(tags);
  const link = url ? linkTo(url, a, doc.language) : null;
  if (link) meta.push(`[${escapeText(s.openPassage)}](${link})`);
  const metaLine = meta.join(' · ');

  const out: string[] = [];
  const passage = a.motivation === 'highlighting' ? passageLines(a.quote) : [];
  if (passage.length) {
    passage.forEach((line, i) => out.push(...(i === 0 ? [`- > ${line}`] : ['  >', `  > ${line}`])));
    out.push('', `  ${metaLine}`);
  } else {
    out.push(`- ${metaLine}`);
  }
  const note = noteLines(a.body.note);
  if (note.length) out.push('', ...note.map((line) => (line ? `  ${line}` : '')));
  return out;
}

/** Obsidian tags when every tag is one, else the tags as text. */
function tagText(tags: readonly string[], s: ExportStrings): string | null {
  if (tags.length === 0) return null;
  if (tags.every(isObsidianTag)) return tags.map((t) => `#${t}`).join(' ');
  return `${escapeText(s.tags)}: ${tags.map(escapeText).join(', ')}`;
}

/** True for a tag Obsidian reads as one and Markdown leaves alone: letters, digits, `-`, `/`, `_` between them; not all digits. */
function isObsidianTag(tag: string): boolean {
  return /^[\p{L}\p{N}\p{M}](?:[\p{L}\p{N}\p{M}/-]|_(?=[\p{L}\p{N}]))*$/u.test(tag) && /[^\p{N}]/u.test(tag) && !tag.endsWith('/');
}

function linkTo(url: string, a: StoredAnnotation, language: string): string | null {
  const quote = find<TextQuoteSelector>(a.target.selector, 'TextQuoteSelector');
  const passage = quote ? { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix } : a.quote;
  return markdownUrl(passageLink(url, passage, language));
}

/** The references the document cites, one item per instrument (or resolution). */
function referenceLines(analysis: DocumentOutline | null, s: ExportStrings): string[] {
  if (!analysis) return [];
  const labels = new Map(analysis.clauses.map((c) => [c.eId, c.label] as const));
  interface Cited { title: string; articles: Set<number>; symbols: Set<string>; texts: Set<string>; clauses: Set<string> }
  const cited = new Map<string, Cited>();
  for (const r of analysis.references) {
    if (r.instrument?.self) continue;
    const key = r.instrument?.id ?? r.instrument?.title ?? (r.symbols.length ? `symbols:${r.symbols.join(' ')}` : `text:${r.text}`);
    let entry = cited.get(key);
    if (!entry) {
      entry = { title: r.instrument?.title ?? (r.symbols.length ? r.symbols.join(', ') : r.text), articles: new Set(), symbols: new Set(), texts: new Set(), clauses: new Set() };
      cited.set(key, entry);
    }
    r.articles.forEach((n) => entry.articles.add(n));
    r.symbols.forEach((x) => entry.symbols.add(x));
    entry.texts.add(r.text);
    entry.clauses.add(labels.get(r.eId) ?? r.eId);
  }
  return [...cited.values()].map((c) => {
    const parts = [`**${escapeText(c.title)}**`];
    if (c.articles.size) parts.push(escapeText(s.articles([...c.articles].sort((x, y) => x - y))));
    const symbols = [...c.symbols].filter((x) => x !== c.title && !c.title.includes(x));
    if (symbols.length) parts.push(symbols.map(escapeText).join(', '));
    parts.push(s.citedAs([...c.texts].map(escapeText)));
    parts.push(s.citedIn([...c.clauses].map(escapeText)));
    return `- ${parts.join(' · ')}`;
  });
}

function frontMatter(doc: StoredDocument, exportedAt: Date): string[] {
  const list = (key: string, values: readonly string[]) => (values.length ? [`${key}:`, ...values.map((v) => `  - ${yamlString(v)}`)] : [`${key}: []`]);
  return [
    '---',
    `title: ${yamlValue(doc.title)}`,
    `kind: ${yamlValue(doc.kind)}`,
    `date: ${yamlValue(doc.date)}`,
    ...list('parties', doc.parties),
    `language: ${yamlString(doc.language)}`,
    ...list('source', doc.urls),
    `fingerprint: ${yamlString(doc.id)}`,
    `exported: ${yamlString(exportedAt.toISOString())}`,
    '---',
  ];
}

/** A document known only from its annotations (its record is missing): nothing but its id. */
function stubDocument(id: string, annotations: readonly StoredAnnotation[]): StoredDocument {
  const times = annotations.filter((a) => a.documentId === id).map((a) => a.created).sort();
  const first = times[0] ?? new Date(0).toISOString();
  const last = times[times.length - 1] ?? first;
  return { id, title: null, kind: null, date: null, language: 'und', parties: [], urls: [], created: first, lastSeen: last, modified: last };
}

/** "date title.md", without characters file systems or Obsidian links refuse, unique ignoring case. */
function uniqueFilename(doc: StoredDocument, taken: Set<string>): string {
  const title = [...(doc.title ?? '').replace(/[\\/:*?"<>|#^[\]\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim()]
    .slice(0, 80)
    .join('')
    .replace(/^[.\s]+|[.\s]+$/g, '');
  let stem = [doc.date, title].filter(Boolean).join(' ') || doc.id;
  if (/^(?:con|prn|aux|nul|com\d|lpt\d)$/i.test(stem)) stem += '_';
  for (const candidate of [stem, `${stem} ${doc.id.slice(0, 8)}`, `${stem} ${doc.id}`]) {
    const name = `${candidate}.md`;
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
  // Two records with the same id (not possible from the database): number them.
  for (let n = 2; ; n++) {
    const name = `${stem} ${doc.id} ${n}.md`;
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}

function find<T extends AnnotationSelector>(selectors: readonly AnnotationSelector[], type: T['type']): T | undefined {
  return selectors.find((s): s is T => s.type === type);
}
