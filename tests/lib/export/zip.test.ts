import { crc32 as zlibCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { exportAllMarkdown } from '../../../lib/export/markdown';
import { crc32, zipFiles } from '../../../lib/export/zip';
import { corpus, statementAnnotations, statementDocument, statementPlacements } from './corpus-annotations';

interface ReadEntry {
  name: string;
  data: Uint8Array;
  crc: number;
  flags: number;
  method: number;
  time: number;
  date: number;
}

/**
 * Reads a stored (uncompressed) ZIP archive the way an unzip tool does: from the end-of-central-
 * directory record, through the central directory, to each local header, checking that the two
 * headers agree.
 */
function readZip(zip: Uint8Array): ReadEntry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22;
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const count = view.getUint16(end + 10, true);
  expect(view.getUint16(end + 8, true)).toBe(count);
  const centralSize = view.getUint32(end + 12, true);
  let at = view.getUint32(end + 16, true);
  expect(at + centralSize).toBe(end);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const entries: ReadEntry[] = [];
  for (let i = 0; i < count; i++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const time = view.getUint16(at + 12, true);
    const date = view.getUint16(at + 14, true);
    const crc = view.getUint32(at + 16, true);
    const size = view.getUint32(at + 20, true);
    expect(view.getUint32(at + 24, true)).toBe(size);
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = decoder.decode(zip.subarray(at + 46, at + 46 + nameLength));
    expect(view.getUint32(local, true)).toBe(0x04034b50);
    expect([view.getUint16(local + 6, true), view.getUint16(local + 8, true), view.getUint32(local + 14, true), view.getUint32(local + 18, true)]).toEqual([flags, method, crc, size]);
    const localName = view.getUint16(local + 26, true);
    const dataAt = local + 30 + localName + view.getUint16(local + 28, true);
    expect(decoder.decode(zip.subarray(local + 30, local + 30 + localName))).toBe(name);
    entries.push({ name, data: zip.subarray(dataAt, dataAt + size), crc, flags, method, time, date });
    at += 46 + nameLength + extra;
  }
  return entries;
}

describe('crc32', () => {
  it('is the CRC-32 that ZIP uses', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
    const bytes = new TextEncoder().encode('中华人民共和国和俄罗斯联邦 — joint statement');
    expect(crc32(bytes)).toBe(zlibCrc32(bytes));
  });
});

describe('zipFiles', () => {
  const files = exportAllMarkdown({
    documents: [statementDocument, { ...statementDocument, id: 'ab'.repeat(8), title: 'Второй документ', date: null }],
    annotations: statementAnnotations,
    analyses: new Map([[statementDocument.id, corpus.analysis]]),
    placements: statementPlacements,
    exportedAt: new Date('2025-03-01T09:30:00.000Z'),
    language: 'en',
  });

  it('stores every exported file under its UTF-8 name, with its CRC, in order', () => {
    const zip = zipFiles([...files, { filename: 'data/raw.bin', bytes: new Uint8Array([0, 255, 10, 13]) }]);
    const entries = readZip(zip);
    expect(entries.map((e) => e.name)).toEqual([files[0]!.filename, 'Второй документ.md', 'data/raw.bin']);
    const decoder = new TextDecoder();
    expect(decoder.decode(entries[0]!.data)).toBe(files[0]!.markdown);
    expect(decoder.decode(entries[1]!.data)).toBe(files[1]!.markdown);
    expect([...entries[2]!.data]).toEqual([0, 255, 10, 13]);
    for (const e of entries) {
      expect(e.crc).toBe(zlibCrc32(e.data));
      expect(e.flags).toBe(0x0800);
      expect(e.method).toBe(0);
    }
  });

  it('writes the same bytes for the same files, with the time asked for', () => {
    expect(zipFiles(files)).toEqual(zipFiles(files));
    const [entry] = readZip(zipFiles([files[0]!], { modified: new Date(2025, 2, 1, 9, 30, 12) }));
    expect(entry!.date).toBe(((2025 - 1980) << 9) | (3 << 5) | 1);
    expect(entry!.time).toBe((9 << 11) | (30 << 5) | 6);
    expect(readZip(zipFiles([]))).toEqual([]);
  });

  it('refuses names that would land outside the folder, or twice', () => {
    const file = (filename: string) => ({ filename, markdown: 'x' });
    expect(() => zipFiles([file('../evil.md')])).toThrow(/"\.\." part/);
    expect(() => zipFiles([file('/etc/passwd')])).toThrow(/absolute/);
    expect(() => zipFiles([file('C:evil.md')])).toThrow(/absolute/);
    expect(() => zipFiles([file('a\\b.md')])).toThrow(/backslash/);
    expect(() => zipFiles([file('')])).toThrow(/empty/);
    expect(() => zipFiles([file('a.md'), file('A.md')])).toThrow(/given twice/);
  });
});
