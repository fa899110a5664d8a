/**
 * A minimal ZIP writer for exports: files stored as they are (method 0, no compression), names in
 * UTF-8 (general-purpose flag bit 11), CRC-32 checked, no ZIP64 (so at most 65,535 files and
 * 4 GiB). Output is deterministic: the same files and time give the same bytes.
 */

/** A file to put in the archive: Markdown text (written as UTF-8) or bytes. */
export type ZipInput = { filename: string; markdown: string } | { filename: string; bytes: Uint8Array };

/** Options of `zipFiles`. */
export interface ZipOptions {
  /** The files' modification time (local time fields, as ZIP stores them); default 1980-01-01 00:00. */
  modified?: Date;
}

const MAX_ENTRIES = 0xffff;
const MAX_SIZE = 0xffffffff;

/**
 * A ZIP archive of the files, in the order given. Throws a RangeError when a name is empty,
 * absolute, holds a backslash, a control character or a `.`/`..` segment, or is given twice
 * (ignoring case), and when the archive would need ZIP64.
 */
export function zipFiles(files: readonly ZipInput[], options: ZipOptions = {}): Uint8Array {
  if (files.length > MAX_ENTRIES) throw new RangeError(`too many files for a ZIP archive without ZIP64: ${files.length}`);
  const encoder = new TextEncoder();
  const { time, date } = dosDateTime(options.modified ?? new Date(1980, 0, 1));
  const seen = new Set<string>();
  const entries = files.map((file) => {
    const problem = nameProblem(file.filename);
    if (problem) throw new RangeError(`cannot put "${file.filename}" in a ZIP archive: ${problem}`);
    const key = file.filename.toLowerCase();
    if (seen.has(key)) throw new RangeError(`"${file.filename}" is given twice`);
    seen.add(key);
    const data = 'bytes' in file ? file.bytes : encoder.encode(file.markdown);
    if (data.length > MAX_SIZE) throw new RangeError(`"${file.filename}" is too large for a ZIP archive without ZIP64`);
    return { name: encoder.encode(file.filename), data, crc: crc32(data) };
  });

  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const local = new Uint8Array(30 + e.name.length);
    const l = new DataView(local.buffer);
    l.setUint32(0, 0x04034b50, true);
    l.setUint16(4, 20, true); // version needed: 2.0
    l.setUint16(6, 0x0800, true); // names in UTF-8
    l.setUint16(8, 0, true); // stored
    l.setUint16(10, time, true);
    l.setUint16(12, date, true);
    l.setUint32(14, e.crc, true);
    l.setUint32(18, e.data.length, true);
    l.setUint32(22, e.data.length, true);
    l.setUint16(26, e.name.length, true);
    l.setUint16(28, 0, true);
    local.set(e.name, 30);

    const central = new Uint8Array(46 + e.name.length);
    const c = new DataView(central.buffer);
    c.setUint32(0, 0x02014b50, true);
    c.setUint16(4, 20, true); // made by: MS-DOS attributes, 2.0
    c.setUint16(6, 20, true);
    c.setUint16(8, 0x0800, true);
    c.setUint16(10, 0, true);
    c.setUint16(12, time, true);
    c.setUint16(14, date, true);
    c.setUint32(16, e.crc, true);
    c.setUint32(20, e.data.length, true);
    c.setUint32(24, e.data.length, true);
    c.setUint16(28, e.name.length, true);
    // Extra field, comment, disk number, internal and external attributes: all 0.
    c.setUint32(42, offset, true);
    central.set(e.name, 46);

    locals.push(local, e.data);
    centrals.push(central);
    offset += local.length + e.data.length;
    if (offset > MAX_SIZE) throw new RangeError('the archive is too large for ZIP without ZIP64');
  }
  const centralSize = centrals.reduce((n, x) => n + x.length, 0);
  const end = new Uint8Array(22);
  const d = new DataView(end.buffer);
  d.setUint32(0, 0x06054b50, true);
  d.setUint16(8, entries.length, true);
  d.setUint16(10, entries.length, true);
  d.setUint32(12, centralSize, true);
  d.setUint32(16, offset, true);

  const out = new Uint8Array(offset + centralSize + end.length);
  let at = 0;
  for (const part of [...locals, ...centrals, end]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

let table: Uint32Array | null = null;

/** CRC-32 (ISO 3309, the one ZIP and PNG use) of the bytes. */
export function crc32(bytes: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of bytes) crc = table[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function nameProblem(name: string): string | null {
  if (!name) return 'the name is empty';
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return 'the name is absolute';
  if (name.includes('\\')) return 'the name holds a backslash';
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'the name holds a control character';
  if (name.split('/').some((part) => part === '' || part === '.' || part === '..')) return 'the name has an empty, "." or ".." part';
  if (new TextEncoder().encode(name).length > 0xffff) return 'the name is too long';
  return null;
}

/** A time as MS-DOS time and date fields (two-second resolution, years 1980–2107, clamped). */
function dosDateTime(when: Date): { time: number; date: number } {
  const year = Math.min(2107, Math.max(1980, when.getFullYear()));
  const clamped = year !== when.getFullYear();
  const date = ((year - 1980) << 9) | ((clamped ? 1 : when.getMonth() + 1) << 5) | (clamped ? 1 : when.getDate());
  const time = clamped ? 0 : (when.getHours() << 11) | (when.getMinutes() << 5) | Math.floor(when.getSeconds() / 2);
  return { time, date };
}
