/**
 * Making text safe to write into Markdown (CommonMark, GFM and Obsidian's additions) and YAML
 * front matter. Three kinds of text go into an export:
 *
 * - plain text (titles, labels, passages, tags, reference texts): every character that could
 *   mean something to Markdown or Obsidian is escaped, so it reads exactly as written
 *   (`escapeText`, `passageLines`);
 * - the reader's notes, which are Markdown and stay Markdown, but must not break out of the place
 *   they are written in or carry HTML (`noteLines`);
 * - front-matter values, always double-quoted YAML scalars (`yamlString`).
 */

/** Characters Markdown or Obsidian give a meaning to inside a line (emphasis, code, links, HTML, tags, highlights, math, comments, block ids, tables, entities). */
const INLINE_SPECIAL = /[\\`*_[\]<>#~=$%&^|]/g;

/**
 * Plain text as one line of Markdown that renders as the same text: newlines become spaces,
 * Markdown's and Obsidian's special characters are backslash-escaped, and a line that would start
 * a list, a heading underline or a thematic break is escaped at its start.
 */
export function escapeText(text: string): string {
  const line = cleanText(text).replace(/\s*\n\s*/g, ' ').replace(/[ \t]+/g, ' ').trim();
  return guardLineStart(line.replace(INLINE_SPECIAL, '\\$&'));
}

/** A passage's blocks ("\n"-separated), each as one escaped line (empty blocks dropped). */
export function passageLines(passage: string): string[] {
  return cleanText(passage).split('\n').map(escapeText).filter(Boolean);
}

/**
 * A Markdown note as lines that can be indented into a container (a list item) without anything
 * in them reaching outside it. What the note means as Markdown is kept, except:
 *
 * - line endings are normalised (CRLF, CR, U+2028/2029, NEL become "\n"), tabs that indent a line
 *   become spaces, control characters are dropped, runs of blank lines become one and blank lines at
 *   either end are dropped;
 * - fenced code blocks are rewritten with a fence longer than any run of its character inside, and
 *   always closed, so code can neither end early nor swallow what follows; their language word is
 *   kept (letters, digits, `+#.-` only) and their lines are left exactly as written;
 * - outside code blocks: `<` is written `&lt;` (no HTML, no comments; inline code shows `&lt;` as
 *   written) except before an http(s) or mailto autolink (`<https://…>`, never read as a tag), `%%` (Obsidian comments) and `$$` (math blocks) are broken with an
 *   entity, ATX headings, setext underlines and thematic breaks are escaped (a note has no
 *   headings: they would enter the outline of the export), link reference definitions (global to
 *   the whole file) are escaped, and a link or image whose destination is not http(s), mailto or a
 *   plain relative path (javascript:, data:, entity tricks…) is broken into text.
 */
export function noteLines(note: string): string[] {
  const lines = cleanText(note).split('\n').map(expandIndent);
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fence = FENCE_OPEN.exec(line);
    if (fence && !(fence[2]![0] === '`' && fence[3]!.includes('`'))) {
      const [, indent, marker, info] = fence;
      const char = marker![0]!;
      const body: string[] = [];
      let j = i + 1;
      for (; j < lines.length; j++) {
        const close = FENCE_CLOSE.exec(lines[j]!);
        if (close && close[1]![0] === char && close[1]!.length >= marker!.length) break;
        body.push(stripIndent(lines[j]!, indent!.length));
      }
      const longest = body.reduce((n, l) => Math.max(n, longestRun(l, char)), 0);
      const fenceText = char.repeat(Math.max(3, marker!.length, longest + 1));
      const language = /^[\w+#.-]*/.exec(info!.trim())![0];
      out.push(`${fenceText}${language}`, ...body, fenceText);
      i = j;
      continue;
    }
    // Runs of blank lines become one; none at the start (blank lines inside code are kept above).
    if (line.trim() === '') {
      if (out.length > 0 && out[out.length - 1] !== '') out.push('');
    } else {
      out.push(safeLine(line));
    }
  }
  if (out[out.length - 1] === '') out.pop();
  return out;
}

/**
 * A URL as a Markdown link destination, or null when it is not an http(s) or file URL. Characters
 * that would end the destination or read as Markdown (spaces, parentheses, angle brackets) are
 * percent-encoded.
 */
export function markdownUrl(url: string): string | null {
  if (!/^(?:https?|file):/i.test(url) || /[\u0000-\u001f\u007f]/.test(url)) return null;
  return url.replace(/[ \t\n()<>[\]`\\^|{}"]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/**
 * A string as a double-quoted YAML scalar, safe whatever it holds (colons, quotes, `#`, a leading
 * `-`, newlines, control and non-printable characters, lone surrogates).
 */
export function yamlString(value: string): string {
  return JSON.stringify(wellFormed(value)).replace(
    /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** A string or null as a YAML scalar. */
export function yamlValue(value: string | null): string {
  return value === null ? 'null' : yamlString(value);
}

/** Line endings normalised, control characters and lone surrogates taken out. */
function cleanText(text: string): string {
  return wellFormed(text)
    .replace(/\r\n|[\r\u0085\u2028\u2029]/g, '\n')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
}

function wellFormed(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

/** Escapes the start of an escaped plain-text line that would begin a list item or a heading underline. */
function guardLineStart(line: string): string {
  if (/^[-+](?=\s|$)/.test(line) || /^-+$/.test(line)) return `\\${line}`;
  return line.replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

const FENCE_OPEN = /^( {0,3})(`{3,}|~{3,})(.*)$/;
const FENCE_CLOSE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;
/** Blockquote markers and list markers at the start of a line, as many as are nested. */
const CONTAINER_MARK = /^ {0,3}(?:>[ ]?|(?:[-+*]|\d{1,9}[.)])(?:[ ]+|$))/;
const BREAK_OR_UNDERLINE = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|-+[ \t]*|=+[ \t]*)$/;
const ATX_HEADING = /^( {0,3})(#{1,6})(?=[ \t]|$)/;
const LINK_DEFINITION = /^( {0,3})\[(?=[^\]]*\]:)/;

/** One line of a note, outside code blocks, made safe (see `noteLines`). */
function safeLine(line: string): string {
  // The containers the line opens (blockquotes, list items) are kept; what follows them is checked.
  let head = '';
  let rest = line;
  for (;;) {
    if (BREAK_OR_UNDERLINE.test(rest)) {
      rest = rest.replace(/^( *)/, '$1\\');
      break;
    }
    const mark = CONTAINER_MARK.exec(rest);
    if (!mark || mark[0].length === 0) break;
    head += mark[0];
    rest = rest.slice(mark[0].length);
  }
  rest = rest.replace(ATX_HEADING, '$1\\$2').replace(LINK_DEFINITION, '$1\\[');
  return neutraliseLinks(inlineSafe(head + rest));
}

/** HTML, Obsidian comments and math blocks made inert. */
function inlineSafe(text: string): string {
  // `<https://…>` stays an autolink: a scheme with a colon cannot be read as an HTML tag.
  return text.replace(/<(?!(?:https?:\/\/|mailto:)[^\s<>]*>)/g, '&lt;').replace(/%(?=%)/g, '&#37;').replace(/\$(?=\$)/g, '&#36;');
}

/** Breaks `](` of a link or image whose destination could run script or is not plainly a web link. */
function neutraliseLinks(line: string): string {
  return line.replace(/\]\(/g, (match, at: number) => (isSafeDestination(line.slice(at + 2)) ? match : ']&#40;'));
}

function isSafeDestination(rest: string): boolean {
  const dest = /^[ \t]*(\S*)/.exec(rest)![1]!;
  // The destination may start on the next line: nothing here to check, so nothing to allow.
  if (dest === '') return false;
  if (/^(?:https?:\/\/|mailto:)/i.test(dest)) return true;
  const scheme = dest.split(/[/?#]/)[0]!;
  return !/[:&\\]/.test(scheme);
}

/** Leading tabs as spaces (to tab stops of 4), so the indentation survives being indented further. */
function expandIndent(line: string): string {
  const lead = /^[ \t]*/.exec(line)![0];
  if (!lead.includes('\t')) return line;
  let width = 0;
  for (const c of lead) width = c === '\t' ? width + 4 - (width % 4) : width + 1;
  return ' '.repeat(width) + line.slice(lead.length);
}

function stripIndent(line: string, n: number): string {
  const lead = /^ */.exec(line)![0].length;
  return line.slice(Math.min(lead, n));
}

function longestRun(line: string, char: string): number {
  let longest = 0;
  let run = 0;
  for (const c of line) {
    run = c === char ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  return longest;
}
