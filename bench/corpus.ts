/**
 * The real text the benchmarks run on: the 2021 China–Russia joint statement as Xinhua carried
 * it (tests/fixtures/corpus, flat text) and as Xinhua's page lays it out (tests/fixtures/pages),
 * and longer statements built from its paragraphs.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { toChineseNumeral } from '../lib/analysis/numerals';

/** The repository's root. */
export const ROOT = resolve(import.meta.dirname, '..');
/** The fixture pages (real page markup). */
export const PAGES_DIR = resolve(ROOT, 'tests', 'fixtures', 'pages');
/** The 2021 statement in Xinhua's markup. */
export const STATEMENT_PAGE = 'xinhua-joint-statement-2021.html';
/** A Xinhua page the content script runs on that is not a diplomatic text. */
export const NEWS_PAGE = 'xinhua-sports-news.html';
/** Where Xinhua published the statement: the Node figures analyse the page as if it came from there. */
export const STATEMENT_URL = 'http://www.news.cn/2021-06/28/c_1127606541.htm';

/** The statement as the Xinhua wire carried it: flat text, paragraphs separated by 　　. */
export const CORPUS_TEXT = readFileSync(resolve(ROOT, 'tests', 'fixtures', 'corpus', 'joint-statement-2021-06-28.zh.txt'), 'utf8');

/** The HTML of a fixture page. */
export function pageHtml(name: string): string {
  return readFileSync(resolve(PAGES_DIR, name), 'utf8');
}

/** Parses HTML into a jsdom Document at `url`. */
export function htmlDocument(html: string, url: string): Document {
  return new JSDOM(html, { url }).window.document;
}

/** The statement's parts: title, preamble, the sections' paragraphs, the closing lines. */
export interface StatementParts {
  title: string;
  preamble: string[];
  /** Each section's paragraphs (the heading numeral not included), in order. */
  sections: string[][];
  closing: string[];
}

/** Splits the corpus text into its parts (title, preamble, sections 一 … 八, date and wire line). */
export function statementParts(text: string = CORPUS_TEXT): StatementParts {
  const paragraphs = text.split(/\u3000{2,}/u).map((p) => p.trim()).filter(Boolean);
  const title = paragraphs.shift();
  if (!title) throw new Error('the corpus text is empty');
  const closing: string[] = [];
  while (paragraphs.length && /^(?:[〇一二三四五六七八九十]+年.*日|（新华社.*电）)$/u.test(paragraphs[paragraphs.length - 1]!)) {
    closing.unshift(paragraphs.pop()!);
  }
  const preamble: string[] = [];
  const sections: string[][] = [];
  for (const p of paragraphs) {
    if (/^[一二三四五六七八九十]+$/u.test(p)) sections.push([]);
    else if (sections.length) sections[sections.length - 1]!.push(p);
    else preamble.push(p);
  }
  if (sections.length < 2 || closing.length === 0) throw new Error('the corpus text does not have the shape of the 2021 statement');
  return { title, preamble, sections, closing };
}

/** A statement as blocks: what a page's paragraphs would hold. */
export interface BuiltStatement {
  title: string;
  /** Body blocks in order: preamble, then each section's numeral and paragraphs, then the closing lines. */
  blocks: Array<{ text: string; heading: boolean }>;
  sections: number;
  /** Characters of body text (sum of the blocks' lengths). */
  characters: number;
}

/** Sections in a statement never go past 九十九: the structure stage reads 一 … 九十九 as section numerals. */
export const MAX_SECTIONS = 99;
/** About how long a section of the 2021 statement is, on average (characters). */
const SECTION_LENGTH = 1_900;

/**
 * A plausible statement of about `size` characters built from the corpus: its title and
 * preamble, then sections numbered 一, 二, 三 … (as many as a statement of that length would
 * have at the corpus's section length, at most 九十九), filled in turn with the corpus's
 * sections' paragraphs (lists and their "为此，双方商定落实以下任务：" lines kept in order), then
 * its date and wire line. Every paragraph is real text with its references (条约第二十五条,
 * 《不扩散核武器条约》, 74/247号决议…), so the structure and reference stages do their real work.
 */
export function buildStatement(size: number, parts: StatementParts = statementParts()): BuiltStatement {
  if (!(size > 0)) throw new RangeError(`statement size must be positive, not ${size}`);
  const stream = parts.sections.flat();
  const fixed = [...parts.preamble, ...parts.closing].reduce((n, p) => n + p.length, 0);
  const body = Math.max(0, size - fixed);
  const sections = Math.max(2, Math.min(MAX_SECTIONS, Math.round(body / SECTION_LENGTH)));
  const perSection = body / sections;
  const blocks: BuiltStatement['blocks'] = parts.preamble.map((text) => ({ text, heading: false }));
  let next = 0;
  for (let s = 1; s <= sections; s++) {
    blocks.push({ text: toChineseNumeral(s), heading: true });
    let length = 0;
    do {
      const text = stream[next++ % stream.length]!;
      blocks.push({ text, heading: false });
      length += text.length;
    } while (length < perSection);
  }
  blocks.push(...parts.closing.map((text) => ({ text, heading: false })));
  return { title: parts.title, blocks, sections, characters: blocks.reduce((n, b) => n + b.text.length, 0) };
}

/** The statement as the wire carries it: title and blocks in one string, separated by 　　. */
export function statementText(statement: BuiltStatement): string {
  return [statement.title, ...statement.blocks.map((b) => b.text)].join('\u3000\u3000');
}

/**
 * The statement in Xinhua's page markup: the corpus page with its #detail body replaced by the
 * statement's blocks, written the way Xinhua writes them (centred numerals, 　　-indented paragraphs).
 */
export function statementPage(statement: BuiltStatement): string {
  const html = pageHtml(STATEMENT_PAGE);
  const open = html.indexOf('<div id="detail">');
  const close = html.indexOf('</div>', open);
  if (open < 0 || close < 0) throw new Error(`${STATEMENT_PAGE} has no #detail body`);
  const body = statement.blocks
    .map((b) => (b.heading ? `<p style="text-align: center;">${escapeHtml(b.text)}</p>` : `<p>\u3000\u3000${escapeHtml(b.text)}</p>`))
    .join('\n');
  return `${html.slice(0, open)}<div id="detail">\n${body}\n${html.slice(close)}`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A seeded pseudo-random generator (mulberry32): the same highlights and edits on every run. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
