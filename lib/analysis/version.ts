/**
 * The version of the analysis that computes document fingerprints. Raise it whenever a change
 * to extraction, structure or normalisation gives existing documents new fingerprints: a stored
 * document made by an older version is then carried over to its new fingerprint, with its
 * annotations, the next time it is seen at one of its URLs under the same title.
 *
 * 1: the first release. 2: header, lead, signature and page-furniture lines (（完）, editor lines,
 * photo credits) left out of the text; ё folded to е; paragraphs numbered through the sections,
 * provision headings (Пункт 1.) and 第N节 lines read as numbers and headings.
 */
export const ANALYSIS_VERSION = 2;
