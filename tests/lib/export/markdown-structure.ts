/**
 * A line-based reading of an exported Markdown file, strict enough to tell whether anything a
 * note or a passage held has broken the layout: front matter, the headings at column 0, the list
 * items, and the code fences inside each item.
 */
import { expect } from 'vitest';

export interface ExportStructure {
  /** Front-matter values, decoded (double-quoted YAML scalars are JSON strings here). */
  frontMatter: Record<string, string | string[] | null>;
  /** Every heading line at column 0, as written. */
  headings: string[];
  /** Each list item's lines, its two-space indentation removed ("- " of the first line too). */
  items: string[][];
  /** Lines at column 0 that are none of these (the "no annotations" line). */
  other: string[];
}

/**
 * Reads an export and fails the test when its structure is broken: the front matter does not
 * open and close exactly once or holds something other than `key: "quoted"`, `key: null`,
 * `key: []` or a list of quoted strings; a line at column 0 is not a heading, an item or blank;
 * a code fence opened in an item is not closed in it.
 */
export function readExport(markdown: string): ExportStructure {
  expect(markdown.endsWith('\n')).toBe(true);
  expect(markdown).not.toMatch(/\r/);
  const lines = markdown.slice(0, -1).split('\n');
  expect(lines[0]).toBe('---');
  const close = lines.indexOf('---', 1);
  expect(close).toBeGreaterThan(0);
  expect(lines.filter((l) => l === '---')).toHaveLength(2);

  const frontMatter: ExportStructure['frontMatter'] = {};
  let listKey: string | null = null;
  for (const line of lines.slice(1, close)) {
    const item = /^ {2}- ("(?:[^"\\]|\\.)*")$/.exec(line);
    if (item && listKey) {
      (frontMatter[listKey] as string[]).push(JSON.parse(item[1]!) as string);
      continue;
    }
    const field = /^([a-z]+):(?: (null|\[\]|"(?:[^"\\]|\\.)*"))?$/.exec(line);
    expect(field, `front matter line ${JSON.stringify(line)}`).not.toBeNull();
    const [, key, value] = field!;
    listKey = value === undefined ? key! : null;
    frontMatter[key!] = value === undefined || value === '[]' ? [] : value === 'null' ? null : (JSON.parse(value) as string);
  }

  const headings: string[] = [];
  const items: string[][] = [];
  const other: string[] = [];
  let current: string[] | null = null;
  for (const line of lines.slice(close + 1)) {
    if (line === '') {
      current?.push('');
    } else if (line.startsWith('  ')) {
      expect(current, `an indented line outside any item: ${JSON.stringify(line)}`).not.toBeNull();
      current!.push(line.slice(2));
    } else if (line.startsWith('- ')) {
      current = [line.slice(2)];
      items.push(current);
    } else if (/^#{1,2} \S/.test(line)) {
      headings.push(line);
      current = null;
    } else {
      other.push(line);
      current = null;
    }
  }
  for (const item of items) {
    while (item[item.length - 1] === '') item.pop();
    checkFences(item);
  }
  return { frontMatter, headings, items, other };
}

/** Fails when a code fence opened among these lines is not closed among them. */
function checkFences(lines: readonly string[]): void {
  let open: { char: string; length: number; at: number } | null = null;
  lines.forEach((line, at) => {
    const fence = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
    if (!fence) return;
    const [, marker, rest] = fence;
    if (open) {
      if (marker![0] === open.char && marker!.length >= open.length && rest!.trim() === '') open = null;
    } else if (!(marker![0] === '`' && rest!.includes('`'))) {
      open = { char: marker![0]!, length: marker!.length, at };
    }
  });
  expect(open, `a code fence left open in ${JSON.stringify(lines)}`).toBeNull();
}

/** The lines of an item that are not in fenced code (where Markdown structure and HTML mean something). */
export function outsideCode(lines: readonly string[]): string[] {
  const out: string[] = [];
  let open: { char: string; length: number } | null = null;
  for (const line of lines) {
    const fence = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
    if (open) {
      if (fence && fence[1]![0] === open.char && fence[1]!.length >= open.length && fence[2]!.trim() === '') open = null;
      continue;
    }
    if (fence && !(fence[1]![0] === '`' && fence[2]!.includes('`'))) {
      open = { char: fence[1]![0]!, length: fence[1]!.length };
      continue;
    }
    out.push(line);
  }
  return out;
}

/** Fails when a line outside code could make a heading, a rule, raw HTML, an Obsidian comment or math block, or a script link. */
export function expectInert(lines: readonly string[]): void {
  for (const line of outsideCode(lines)) {
    // What follows blockquote and list markers is where a heading or a rule would start.
    const content = line.replace(/^(?: {0,3}(?:>[ ]?|(?:[-+*]|\d{1,9}[.)])[ ]+))*/, '');
    expect(content, line).not.toMatch(/^ {0,3}#{1,6}(?:\s|$)/);
    expect(line, line).not.toMatch(/^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|-+[ \t]*|=+[ \t]*)$/);
    expect(line, line).not.toMatch(/<(?!https?:\/\/[^\s<>]*>)[A-Za-z/!?]/);
    expect(line, line).not.toMatch(/%%|\$\$/);
    expect(line, line).not.toMatch(/\]\(\s*(?:javascript|data|vbscript):/i);
    expect(content, line).not.toMatch(/^ {0,3}\[[^\]]*\]:/);
  }
}
