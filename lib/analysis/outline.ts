/**
 * The outline of an analysis: what is kept of it with the document (see `DocumentOutline`).
 */
import type { Analysis, DocumentOutline } from './types';

/** Keeps the sections, the clauses' eIds, labels and kinds, and the references; drops the text. */
export function outlineOf(analysis: Analysis): DocumentOutline {
  return {
    sections: analysis.sections.map(({ eId, label, heading }) => ({ eId, label, heading })),
    clauses: analysis.clauses.map(({ eId, label, section, kind }) => ({ eId, label, section, kind })),
    references: analysis.references.map(({ kind, text, eId, instrument, articles, symbols }) => ({
      kind,
      text,
      eId,
      instrument: instrument ? { id: instrument.id, title: instrument.title, ...(instrument.self ? { self: true } : {}) } : null,
      articles,
      symbols,
    })),
  };
}
