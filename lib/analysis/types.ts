/**
 * The contracts between the analysis stages and everything that uses them (overlay,
 * storage, export, the command-line tool). One source of truth: other modules import these
 * shapes from here and do not redefine them.
 *
 * The pipeline: extract (Document → ExtractedPage) → text model (blocks of normalised text
 * mapped to DOM text nodes) → detect (kind, parties, date, fingerprint) → structure
 * (sections and clauses with eIds) → references (spans resolved to instruments).
 */

/** BCP 47 primary language subtag; the analysis knows zh, ru and en well. */
export type Language = 'zh' | 'ru' | 'en' | (string & {});

/** What sort of instrument a document is. */
export type DocumentKind =
  | 'joint-statement'
  | 'communique'
  | 'declaration'
  | 'treaty'
  | 'agreement'
  | 'protocol'
  | 'memorandum'
  | 'resolution'
  | 'decision'
  | 'other';

/** Every DocumentKind, for validation. */
export const DOCUMENT_KINDS: readonly DocumentKind[] = [
  'joint-statement', 'communique', 'declaration', 'treaty', 'agreement',
  'protocol', 'memorandum', 'resolution', 'decision', 'other',
];

/** What the extract stage found on a page: metadata and where the text is. */
export interface ExtractedPage {
  /** Title without the site's suffix (" - 新华网", "| Kremlin"), or null. */
  title: string | null;
  /** Publishing outlet or byline ("新华网", "President of Russia"), or null. */
  source: string | null;
  /** Publication date from the page's metadata, YYYY-MM-DD, or null. */
  date: string | null;
  /** Language from the page's markup (html lang, meta), or null when it does not say. */
  language: Language | null;
  /** The page URL, or null for a file without one. */
  url: string | null;
  /** The elements holding the statement's text, in document order. */
  roots: Element[];
  /** Which site adapter found it ("xinhua", "mfa", …), or "readability", or "body". */
  adapter: string;
}

/** One block of text (a paragraph, heading or list item as the page lays it out). */
export interface TextBlock {
  /** Position in the document's block list. */
  index: number;
  /** The block's normalised text: spaces collapsed, zero-width characters dropped, trimmed. */
  text: string;
  /**
   * The number the browser draws before the block when it is an item of an HTML `<ol>` and
   * not in its text: "2.", "(a)", "(iv)", "III.". Absent otherwise.
   */
  listMarker?: string;
}

/** How a clause functions in the document. */
export type ClauseKind =
  | 'preamble'
  | 'paragraph'
  | 'list-item'
  | 'article'
  | 'article-paragraph'
  | 'point'
  | 'conclusion';

/**
 * An addressable unit of the document: one span of one block. Its eId is stable across
 * copies of the same document (Akoma Ntoso style, numbers in Arabic): `preamble__para_1`,
 * `sec_5__para_2`, `sec_5__list_1__indent_3`, `art_25`, `art_2__para_1`.
 */
export interface Clause {
  eId: string;
  /** What a person sees, in the page's own numbering: "§五 ¶2", "第二十五条", "Art. 2(1)". */
  label: string;
  kind: ClauseKind;
  /** The clause's text: the block's text from `start` to `end` (numbering prefix excluded). */
  text: string;
  /** Index of the block it lives in. */
  block: number;
  /** Offsets of `text` within the block's text. */
  start: number;
  end: number;
  /** eId of the top-level section (or article) it belongs to, or null (preamble, conclusions). */
  section: string | null;
}

/** A section of the document (一, I., 1., （一）, 第一章 …), possibly nested. */
export interface Section {
  eId: string;
  /** "§五", "§II", "第一章". */
  label: string;
  /** The numbering as written on the page: "五", "II", "（一）", "第一章". */
  num: string;
  /** The heading text after the number, when the section has one. */
  heading: string | null;
  /** Nesting depth: 1 for top-level sections. */
  level: number;
  /** eId of the enclosing section, or null at the top level. */
  parent: string | null;
  /** Index of the block where the section starts. */
  block: number;
}

/** An instrument a reference points to. */
export interface InstrumentRef {
  /** Registry id ("cn-ru-treaty-2001"), or null when the instrument is not in the registry. */
  id: string | null;
  /** The resolved full title in the document's language, or null when unresolved. */
  title: string | null;
  /** True when the reference is to the document itself (本协定, this Agreement). */
  self?: boolean;
}

/** What sort of thing a reference cites. */
export type ReferenceKind = 'article' | 'instrument' | 'resolution';

/** One cross-reference: one span on the page and what it points to. */
export interface Reference {
  kind: ReferenceKind;
  /** The span's text as on the page. */
  text: string;
  /** The clause containing it; `start`/`end` are offsets in that clause's text. */
  eId: string;
  start: number;
  end: number;
  /** The cited instrument, or null when the reference names none and none could be inferred. */
  instrument: InstrumentRef | null;
  /** Article numbers cited, in Arabic, in order. */
  articles: number[];
  /** Target units in the cited instrument: `art_16`, `art_2__para_1`. */
  targets: string[];
  /** UN document symbols, e.g. `A/RES/74/247`, `S/RES/2231 (2015)`. */
  symbols: string[];
}

/** Everything the analysis says about a document. */
export interface Analysis {
  diplomatic: boolean;
  kind: DocumentKind | null;
  language: Language;
  title: string | null;
  date: string | null;
  /** ISO 3166-1 alpha-2 codes of the states party to it, in the order named. */
  parties: string[];
  /** Hash of the folded body text: the same wherever the same statement is republished. */
  fingerprint: string;
  sections: Section[];
  clauses: Clause[];
  references: Reference[];
  /** Present when the page was too long to analyse whole: how much of it was. */
  limited?: { analysedCharacters: number; totalCharacters: number };
}

/**
 * What later uses of a document need of its analysis when the page is not open (export of all
 * documents): its sections, its clauses' addresses and labels in document order, and what it
 * cites. Stored with the document; a full `Analysis` is one too.
 */
export interface DocumentOutline {
  sections: Array<Pick<Section, 'eId' | 'label' | 'heading'>>;
  clauses: Array<Pick<Clause, 'eId' | 'label' | 'section' | 'kind'>>;
  references: Array<Pick<Reference, 'kind' | 'text' | 'eId' | 'instrument' | 'articles' | 'symbols'>>;
}
