/**
 * The treaty library's contracts: what a stored article looks like, what a content script or
 * the file import hands to storage, and the limits every such entry keeps. Storage records add
 * times and lists of sources to these; the message protocol validates against them.
 */
import type { DocumentKind, Language } from '../analysis/types';

/** One clause of a stored article: its only paragraph, one of its paragraphs, a point. */
export interface LibraryClause {
  /** Its eId in the instrument: `art_3` (an article of one paragraph), `art_25__para_2`, `art_3__point_1`. */
  eId: string;
  /** Its label in the text's own numbering: "第二十五条第二款", "Ст. 2 п. 1 пп. «а»". */
  label: string;
  /**
   * The clause as written, with its numbering ("1. …", "（一）…", "а) …"); the article's heading
   * (第二十五条, Статья 25) is not part of it.
   */
  text: string;
}

/** One article of an instrument, its clauses in order. */
export interface LibraryArticle {
  /** The article's number in Arabic numerals: 25 for 第二十五条, Article 25, Статья 25. */
  number: number;
  /** `art_25`. */
  eId: string;
  /** The heading as the text writes it: "第二十五条", "Статья 25", "Article 25". */
  heading: string;
  /** The article's caption when it has one apart from its heading ("Central Authorities"). */
  caption: string | null;
  /** Its clauses in order; none when the article is a heading alone. */
  clauses: LibraryClause[];
}

/** Which instrument a text is a copy of. */
export interface InstrumentMatch {
  /** A registry id (`cn-ru-treaty-2001`), or an id made from the title (`local-…`). */
  id: string;
  /** True when the id is the registry's. */
  registered: boolean;
}

/** Where a text came from: a page the user opened, or a file the user imported. */
export type LibrarySource = { url: string } | { file: string };

/** A text of an instrument, ready to store: what a page or a file yields. */
export interface LibraryEntry {
  instrument: InstrumentMatch;
  /** The document's fingerprint: the same for every copy of the same text. */
  fingerprint: string;
  title: string;
  kind: DocumentKind;
  language: Language;
  /** The signing date the text states, YYYY-MM-DD, or null. */
  date: string | null;
  source: LibrarySource;
  articles: LibraryArticle[];
}

/** What storing an entry did. */
export type LibraryOutcome =
  /** A new instrument, with this text in use. */
  | 'added'
  /** The same text was already stored: its list of sources may have grown. */
  | 'known'
  /** Another copy of an instrument already in the library: kept, but not put in use. */
  | 'other-copy'
  /** The user removed this text from the library before: not stored again unasked. */
  | 'removed-before';

/** The kinds of document whose pages go into the library by themselves. */
export const LIBRARY_KINDS: ReadonlySet<DocumentKind> = new Set(['treaty', 'agreement', 'protocol']);

/** Bounds on what one entry may hold, checked wherever an entry crosses a boundary. */
export const LIBRARY_LIMITS = {
  /** Articles in one text (UNCLOS has 320). */
  articles: 2_000,
  /** Clauses in one article. */
  clauses: 500,
  /** Characters in one clause. */
  clauseText: 20_000,
  /** Characters of text in one entry altogether. */
  totalText: 4_000_000,
  /** Characters in a title, heading or label. */
  title: 2_000,
  label: 200,
  /** Bytes of a file to import. */
  fileBytes: 8 * 1024 * 1024,
  /** Instruments and article numbers in one look-up. */
  lookupInstruments: 200,
  lookupArticles: 200,
} as const;
