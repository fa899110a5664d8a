/**
 * Text normalisation shared by every stage.
 */

/**
 * Folds text for comparison across copies of the same statement: NFKC (full-width to
 * ASCII forms), lower case, and every space, punctuation mark and symbol removed, so that
 * markup, whitespace and full-width/ASCII punctuation differences vanish.
 */
export function foldForFingerprint(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\p{White_Space}\p{P}\p{S}\p{Cf}]+/gu, '');
}
