/**
 * Importing a treaty from a file the user chose: an HTML page saved from a site, or plain
 * text. The file is decoded (UTF-8, UTF-16 with a byte-order mark, or the legacy encodings
 * Chinese and Russian sites still save in), analysed the way a page is, and turned into a
 * library entry; a file that holds no articles is refused with the reason, and nothing is kept.
 */
import { analyzeDocument, analyzeText } from '../analysis/analyze';
import { readabilityArticle } from '../analysis/extract-readability';
import { libraryEntry, type EntryRefusal } from './articles';
import { LIBRARY_LIMITS, type LibraryEntry } from './types';

/** A file as the page reads it. */
export interface ImportedFile {
  name: string;
  /** The MIME type the browser gives it, often '' for a .txt file. */
  type: string;
  bytes: Uint8Array;
}

/** What the import needs from the environment: an HTML parser (DOMParser in a page, jsdom in tests). */
export interface ImportEnvironment {
  parseHtml(html: string): Document;
}

/** Why a file was not imported. */
export type ImportRefusal =
  | EntryRefusal
  /** The file is empty or holds only white space. */
  | 'empty'
  /** Not text: a PDF, a word-processor file, an image. */
  | 'not-text';

export type ImportResult = { ok: true; entry: LibraryEntry; format: 'html' | 'text' } | { ok: false; reason: ImportRefusal };

/** Reads a file into a library entry, or says why it cannot be one. */
export function importFile(file: ImportedFile, environment: ImportEnvironment): ImportResult {
  if (file.bytes.length > LIBRARY_LIMITS.fileBytes) return { ok: false, reason: 'too-large' };
  if (looksBinary(file.bytes)) return { ok: false, reason: 'not-text' };
  const html = isHtmlFile(file);
  const text = decodeText(file.bytes, html);
  if (!text.trim()) return { ok: false, reason: 'empty' };
  const source = { file: file.name };
  const options = { kinds: 'any' as const, fallbackTitle: file.name.replace(/\.[a-z0-9]{1,5}$/i, '') };
  if (html) {
    const document = environment.parseHtml(text);
    // about:blank: a parsed file has no address of its own, whatever page parsed it.
    const result = analyzeDocument(document, { url: 'about:blank', readability: readabilityArticle, force: true });
    if (!result) return { ok: false, reason: 'not-an-instrument' };
    const entry = libraryEntry(result, source, options);
    return entry.ok ? { ok: true, entry: entry.entry, format: 'html' } : entry;
  }
  const entry = libraryEntry(analyzeText(text), source, options);
  return entry.ok ? { ok: true, entry: entry.entry, format: 'text' } : entry;
}

/** Whether a file is HTML: by its type, its extension, or, failing both, its first characters. */
export function isHtmlFile(file: Pick<ImportedFile, 'name' | 'type' | 'bytes'>): boolean {
  if (/html|xml/i.test(file.type)) return true;
  if (/\.(?:html?|xhtml|shtml|mht)$/i.test(file.name)) return true;
  if (/\.txt$/i.test(file.name) || /^text\/plain/i.test(file.type)) return false;
  const head = latin1(file.bytes.subarray(0, 512)).replace(/^\uFEFF|^[\xEF\xBB\xBF]+/, '').trimStart();
  return /^<(?:!doctype\s+html|html|head|body|meta|p|div)\b/i.test(head);
}

/**
 * Decodes a file's bytes: by its byte-order mark; for HTML, by the charset its markup declares;
 * else UTF-8 when the bytes are valid UTF-8, GB 18030 when they are valid as that (GBK, GB2312
 * pages), and Windows-1251 (Russian pages) as the last resort.
 */
export function decodeText(bytes: Uint8Array, html: boolean): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (html) {
    const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(latin1(bytes.subarray(0, 4096)))?.[1];
    if (declared) {
      try {
        return new TextDecoder(declared).decode(bytes);
      } catch {
        // An unknown label: fall through to detection.
      }
    }
  }
  for (const label of ['utf-8', 'gb18030']) {
    try {
      return new TextDecoder(label, { fatal: true }).decode(bytes);
    } catch {
      // Not valid in this encoding: try the next.
    }
  }
  return new TextDecoder('windows-1251').decode(bytes);
}

/** NUL bytes in the first 8 KB: a binary file (text in UTF-16 has a byte-order mark and is read above). */
function looksBinary(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  return bytes.subarray(0, 8192).includes(0);
}

function latin1(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += String.fromCharCode(byte);
  return out;
}
