/**
 * The cheap first look the content script takes at every page it runs on: does the page's
 * title name an instrument in head position, or does its opening text read like one (a
 * definition of the parties, an enacting formula)? Reads a handful of short strings and the
 * first paragraphs, never the whole page, so a page that is not a diplomatic text costs
 * almost nothing.
 */
import { ENACTING_FORMULA, PARTIES_DEFINITION, RESOLUTION_OPENING, kindFromTitle } from './kind';

/** Site suffixes after a title: "-新华网", " | Kremlin", "_中华人民共和国外交部". */
const TITLE_SUFFIX = /\s*(?:[-_|–—•·]+\s*[^-_|–—•·]{1,40}|[-_]{2}[^-_]{1,20}(?:[-_]{2}[^-_]{1,20})*)\s*$/u;

/** The title-like strings of a page: og:title, the first h1, and the <title> with and without its suffix. */
export function titleCandidates(document: Document): string[] {
  const og = document.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? null;
  const h1 = document.querySelector('h1')?.textContent ?? null;
  const title = document.title || null;
  return [og, h1, title, title?.replace(TITLE_SUFFIX, '') ?? null]
    .filter((t): t is string => !!t && t.trim().length > 0)
    .map((t) => t.replace(/\s+/g, ' ').trim());
}

/**
 * True when the page may hold a diplomatic text and deserves the full analysis: a title that
 * is an instrument's title, or opening paragraphs with a parties definition or enacting formula.
 */
export function mayBeDiplomatic(document: Document): boolean {
  if (titleCandidates(document).some((t) => kindFromTitle(t) !== null)) return true;
  let sample = '';
  const paragraphs = document.getElementsByTagName('p');
  for (let i = 0; i < paragraphs.length && i < 12 && sample.length < 3000; i++) sample += `${paragraphs[i]!.textContent ?? ''}\n`;
  return PARTIES_DEFINITION.test(sample) || ENACTING_FORMULA.test(sample) || RESOLUTION_OPENING.test(sample);
}
