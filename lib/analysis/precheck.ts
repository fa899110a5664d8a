/**
 * The cheap first look the content script takes at every page it runs on: does the page's
 * title name an instrument in head position, or does its opening text read like one (a
 * definition of the parties, an enacting formula)? Reads a handful of short strings and the
 * first paragraphs, never the whole page, so a page that is not a diplomatic text costs
 * almost nothing.
 */
import { ENACTING_FORMULA, PARTIES_DEFINITION, RESOLUTION_OPENING, kindFromTitle, titleText } from './kind';

/** Site suffixes after a title: "-新华网", " | Kremlin", "_中华人民共和国外交部". */
const TITLE_SUFFIX = /\s*(?:[-_|–—•·]+\s*[^-_|–—•·]{1,40}|[-_]{2}[^-_]{1,20}(?:[-_]{2}[^-_]{1,20})*)\s*$/u;

/** Quotation marks opening a paragraph, with the space around them. */
const OPENING_QUOTE = /^[\s"“„«「『]+/u;

/** The title-like strings of a page: og:title, the first h1, and the <title> with and without its suffix. */
export function titleCandidates(document: Document): string[] {
  const og = document.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? null;
  const h1 = document.querySelector('h1')?.textContent ?? null;
  const title = document.title || null;
  return [og, h1, title, title?.replace(TITLE_SUFFIX, '') ?? null]
    .map((t) => (t ? titleText(t) : ''))
    .filter((t) => t.length > 0);
}

/**
 * True when the page may hold a diplomatic text and deserves the full analysis: a title that
 * is an instrument's title, or opening paragraphs with a parties definition or enacting formula.
 */
export function mayBeDiplomatic(document: Document): boolean {
  const titles = titleCandidates(document);
  let sample = '';
  const paragraphs = document.getElementsByTagName('p');
  for (let i = 0; i < paragraphs.length && i < 12 && sample.length < 3000; i++) {
    // Press releases quote the text they carry paragraph by paragraph ("The Security Council,
    // / "Recalling …): the opening quotation marks are not part of the formula.
    sample += `${(paragraphs[i]!.textContent ?? '').replace(OPENING_QUOTE, '')}\n`;
  }
  // Some pages keep their text in one element, paragraphs separated by <br><br>, with no <p>
  // at all: the start of the first elements that hold line breaks stands in for paragraphs.
  if (sample.length < SHORT_SAMPLE) sample += lineBrokenText(document, 3000 - sample.length);
  // Most pages name no instrument at all: a plain scan for the words, before any pattern.
  if (!mentionsKeyword(`${titles.join('\n')}\n${sample}`)) return false;
  if (titles.some((t) => kindFromTitle(t) !== null)) return true;
  return PARTIES_DEFINITION.test(sample) || ENACTING_FORMULA.test(sample) || RESOLUTION_OPENING.test(sample);
}

/** Below this many characters, the <p> sample is taken to have missed the text. */
const SHORT_SAMPLE = 200;

/** The start of the first few elements that hold <br> line breaks, up to `max` characters in all. */
function lineBrokenText(document: Document, max: number): string {
  const breaks = document.getElementsByTagName('br');
  const seen = new Set<Element>();
  let text = '';
  for (let i = 0; i < breaks.length && i < 50 && seen.size < 3 && text.length < max; i++) {
    const parent = breaks[i]!.parentElement;
    if (!parent || seen.has(parent)) continue;
    seen.add(parent);
    // Each text node on a line of its own, so that the patterns see where paragraphs start.
    for (let node = parent.firstChild; node && text.length < max; node = node.nextSibling) {
      text += node.nodeType === 1 && (node as Element).tagName.toUpperCase() === 'BR' ? '\n' : (node.textContent ?? '').replace(OPENING_QUOTE, '');
    }
    text += '\n';
  }
  return text.slice(0, max);
}

/**
 * Words every title or opening the patterns accept contains one of (lower case): instrument
 * kinds, party definitions, enacting formulas and resolution openings in zh, en and ru.
 */
const KEYWORDS = [
  '声明', '聲明', '公报', '公報', '宣言', '条约', '條約', '协定', '協定', '协议', '協議', '议定书', '議定書', '备忘录', '備忘錄',
  '决议', '決議', '决定', '決定', '公约', '公約', '宪章', '憲章', '纲要', '綱要', '计划', '計劃', '倡议', '倡議', '如下', '以下', '下称', '下稱',
  '大会', '大會', '理事会', '理事會', '安理会', '安理會', 'agreed', 'declare', 'statement', 'communiqu', 'declaration', 'treaty', 'agreement', 'accord', 'convention', 'protocol',
  'memorandum', 'resolution', 'decision', 'charter', 'action plan', 'hereinafter', 'hereafter', 'as follows', 'assembly', 'council',
  'заявлени', 'коммюнике', 'декларац', 'договор', 'соглашени', 'конвенци', 'протокол', 'меморандум', 'резолюци', 'решени', 'устав',
  'хартия', 'далее', 'ниже', 'в дальнейшем', 'нижеследующ', 'следующ', 'ассамбле', 'совет',
];

function mentionsKeyword(text: string): boolean {
  const lower = text.toLowerCase();
  return KEYWORDS.some((word) => lower.includes(word));
}
