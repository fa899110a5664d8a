/**
 * The contracts between the analysis stages and everything that uses them (overlay,
 * storage, export, the command-line tool). One source of truth.
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
