/**
 * Escaping text for use inside a regular expression built with `new RegExp`.
 */

/**
 * The text with every character that has a meaning in a regular expression escaped, so that
 * it matches itself literally, with or without the `u` flag and inside or outside a character
 * class. A hyphen is written `\x2d`: `\-` is a syntax error outside a class under `u`.
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/-/g, '\\x2d');
}
