/**
 * Text normalisation shared by every stage.
 */

/**
 * Folds text for comparison across copies of the same statement: NFKC (full-width to
 * ASCII forms), lower case, ё as е, and every space, punctuation mark and symbol removed, so
 * that markup, whitespace, full-width/ASCII punctuation and the optional Russian ё (kremlin.ru
 * writes it, mid.ru and the agencies mostly do not) differences vanish.
 */
export function foldForFingerprint(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/ё/gu, 'е').replace(/[\p{White_Space}\p{P}\p{S}\p{Cf}]+/gu, '');
}
