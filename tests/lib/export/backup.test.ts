import { describe, expect, it } from 'vitest';
import { BACKUP_VERSION, exportBackup, mergeBackup, parseBackup, type Backup } from '../../../lib/export/backup';
import type { StoredAnnotation, StoredDocument } from '../../../storage/types';
import { golden } from '../../helpers';
import { statementAnnotations, statementDocument } from './corpus-annotations';

const exportedAt = new Date('2025-03-01T09:30:00.000Z');

const treaty: StoredDocument = {
  id: '0123456789abcdef0123',
  title: 'Договор о добрососедстве, дружбе и сотрудничестве',
  kind: 'treaty',
  date: '2001-07-16',
  language: 'ru',
  parties: ['RU', 'CN'],
  urls: ['http://kremlin.ru/supplement/3418'],
  created: '2025-01-01T00:00:00Z',
  lastSeen: '2025-01-02T00:00:00.5Z',
  modified: '2025-01-02T00:00:00.5Z',
};

/** An annotation whose quote is not its selector's text, whose body is bare, with no clause. */
const bare: StoredAnnotation = {
  id: '11111111-2222-4333-8444-555555555555',
  documentId: treaty.id,
  motivation: 'highlighting',
  target: { source: treaty.id, selector: [{ type: 'TextQuoteSelector', exact: 'Договор', prefix: '', suffix: ' о добрососедстве' }, { type: 'TextPositionSelector', start: 0, end: 7 }] },
  quote: 'Договор (as first seen)',
  eId: null,
  label: null,
  body: { note: '', colour: 'blue', tags: [] },
  created: '2025-01-02T00:00:00Z',
  modified: '2025-01-02T00:00:00Z',
};

const documents = [statementDocument, treaty];
const annotations = [...statementAnnotations, bare];

/** The backup as a file would hold it. */
function backupText(docs = documents, anns = annotations): string {
  return JSON.stringify(exportBackup(docs, anns, exportedAt), null, 2);
}

/** The backup as a plain object, for editing in a test. */
function backupObject(): Backup & Record<string, unknown> {
  return JSON.parse(backupText()) as Backup & Record<string, unknown>;
}

describe('exportBackup', () => {
  it('writes a W3C Web Annotation collection, exactly as the golden file', () => {
    const text = `${backupText([statementDocument], statementAnnotations.slice(0, 3))}\n`;
    expect(text).toBe(golden('export/backup-v1.json', text));
  });

  it('shapes each annotation after the W3C model, with Clausemark’s extensions', () => {
    const backup = exportBackup(documents, annotations, exportedAt);
    expect(backup).toMatchObject({
      '@context': ['http://www.w3.org/ns/anno.jsonld', expect.objectContaining({ ClauseSelector: 'clausemark:ClauseSelector' })],
      type: 'AnnotationCollection',
      'clausemark:version': BACKUP_VERSION,
      generated: '2025-03-01T09:30:00.000Z',
      total: 9,
      'clausemark:documents': documents,
      first: { type: 'AnnotationPage', startIndex: 0 },
    });
    const hostile = statementAnnotations[4]!;
    expect(backup.first.items[4]).toEqual({
      id: `urn:uuid:${hostile.id}`,
      type: 'Annotation',
      motivation: 'highlighting',
      created: hostile.created,
      modified: '2025-02-01T12:00:00.000Z',
      body: [
        { type: 'TextualBody', purpose: 'commenting', format: 'text/markdown', value: hostile.body.note },
        { type: 'TextualBody', purpose: 'tagging', value: 'UN/GA' },
        { type: 'TextualBody', purpose: 'tagging', value: 'cyber-crime' },
      ],
      'clausemark:colour': 'pink',
      'clausemark:eId': 'sec_8__para_20',
      'clausemark:label': '§八 ¶20',
      target: { source: `urn:clausemark:document:${statementDocument.id}`, scope: statementDocument.urls, selector: hostile.target.selector },
    });
    expect(backup.first.items[8]).toEqual({
      id: `urn:uuid:${bare.id}`,
      type: 'Annotation',
      motivation: 'highlighting',
      created: bare.created,
      modified: bare.modified,
      'clausemark:colour': 'blue',
      'clausemark:quote': 'Договор (as first seen)',
      target: { source: `urn:clausemark:document:${treaty.id}`, scope: treaty.urls, selector: bare.target.selector },
    });
  });
});

describe('parseBackup', () => {
  it('gives back exactly the documents and annotations exported, from the text or the parsed value', () => {
    expect(parseBackup(backupText())).toEqual({ ok: true, documents, annotations });
    const parsed = parseBackup(backupObject());
    expect(parsed).toEqual({ ok: true, documents, annotations });
    // Fresh records: nothing shared with the input.
    const again = parseBackup(exportBackup(documents, annotations, exportedAt));
    expect(again.ok && again.annotations[0]!.target.selector[0]).not.toBe(annotations[0]!.target.selector[0]);
  });

  it('refuses what is not JSON, or is cut short, with nothing returned', () => {
    expect(parseBackup('{"@context": [')).toEqual({ ok: false, errors: [expect.stringMatching(/^the file is not valid JSON: it ends too early \(truncated\?\) — /)] });
    const text = backupText();
    expect(parseBackup(text.slice(0, Math.floor(text.length / 2)))).toMatchObject({ ok: false, errors: [expect.stringContaining('not valid JSON')] });
    expect(parseBackup('not json at all')).toMatchObject({ ok: false, errors: [expect.stringMatching(/^the file is not valid JSON — /)] });
    expect(parseBackup('   ')).toEqual({ ok: false, errors: ['the file is empty'] });
    expect(parseBackup('[1, 2]')).toEqual({ ok: false, errors: ['the file is not a Clausemark backup: expected a JSON object'] });
  });

  it('refuses a backup whose items were cut off, even when the JSON is whole', () => {
    const backup = backupObject();
    backup.first.items.splice(5);
    expect(parseBackup(backup)).toEqual({
      ok: false,
      errors: ['total: the backup says 9 annotations but first.items holds 5 — the file is incomplete or was edited'],
    });
  });

  it('refuses other versions and files that are not backups', () => {
    const newer = { ...backupObject(), 'clausemark:version': 'clausemark-backup/2' };
    expect(parseBackup(newer)).toEqual({
      ok: false,
      errors: ['clausemark:version: "clausemark-backup/2" is not a version this Clausemark can read (it reads "clausemark-backup/1")'],
    });
    const { 'clausemark:version': _, ...unversioned } = backupObject();
    expect(parseBackup(unversioned)).toEqual({
      ok: false,
      errors: ['clausemark:version: missing — this is not a Clausemark backup (expected "clausemark-backup/1")'],
    });
  });

  it('checks every item and names each problem’s place, returning nothing', () => {
    const backup = backupObject();
    const items = backup.first.items as unknown as Array<Record<string, any>>;
    items[1]!.target.selector[0].start = -3;
    items[2]!['clausemark:colour'] = 'red';
    items[3]!.target.selector.push({ type: 'TextPositionSelector', start: 1, end: 2 });
    items[4]!.body[0].value = 42;
    items[5]!.id = 'urn:uuid:NOT-A-UUID';
    items[6]!.target.source = 'http://example.org/';
    items[7]!.body = [{ type: 'TextualBody', purpose: 'commenting', value: 'a' }, { type: 'TextualBody', purpose: 'commenting', value: 'b' }];
    items[8]!.modified = 'yesterday';
    (backup['clausemark:documents'] as unknown as Array<Record<string, unknown>>)[1]!.urls = ['javascript:alert(1)'];
    expect(parseBackup(backup)).toEqual({
      ok: false,
      errors: [
        'clausemark:documents[1].urls[0]: expected an http(s) or file URL',
        'first.items[1]: target.selector[0]: start must be a non-negative integer',
        'first.items[2].clausemark:colour: expected one of yellow, green, blue, pink, purple',
        'first.items[3]: target.selector has more than one TextPositionSelector',
        'first.items[4].body[0].value: expected text',
        'first.items[5].id: expected urn:uuid: and a lower-case UUID',
        'first.items[6].target.source: expected urn:clausemark:document:<fingerprint>',
        'first.items[7].body[1]: a second note (the first is first.items[7].body[0])',
        'first.items[8].modified: expected an ISO time (UTC)',
      ],
    });
  });

  it('refuses times that name no real instant (which no later copy could ever replace)', () => {
    const backup = backupObject();
    backup.first.items[0]!.modified = '2026-02-31T25:61:61Z';
    backup.first.items[1]!.created = '2026-02-30T10:00:00Z';
    backup['clausemark:documents'][1]!.modified = '2025-13-01T00:00:00Z';
    expect(parseBackup(backup)).toEqual({
      ok: false,
      errors: [
        'clausemark:documents[1].modified: expected an ISO time (UTC)',
        'first.items[0].modified: expected an ISO time (UTC)',
        'first.items[1].created: expected an ISO time (UTC)',
      ],
    });
  });

  it('cleans tags as the protocol does: trimmed, once each, in the order written', () => {
    const backup = backupObject();
    backup.first.items[8]!.body = ['  energy ', 'energy', 'Energy', 'energy '].map((value) => ({ type: 'TextualBody', purpose: 'tagging', value }));
    const parsed = parseBackup(backup);
    expect(parsed.ok && parsed.annotations[8]!.body).toEqual({ note: '', colour: 'blue', tags: ['energy', 'Energy'] });
  });

  it('names the very body that holds a bad tag or note', () => {
    const backup = backupObject();
    const items = backup.first.items as unknown as Array<Record<string, any>>;
    items[4]!.body[2].value = 'two\nlines';
    items[5]!.body = [{ type: 'TextualBody', purpose: 'tagging', value: 'fine' }, { type: 'TextualBody', purpose: 'commenting', value: 'x'.repeat(100_001) }];
    expect(parseBackup(backup)).toEqual({
      ok: false,
      errors: [
        'first.items[4].body[2].value: expected one line of up to 100 characters, not blank',
        'first.items[5].body[1].value: expected text up to 100,000 characters',
      ],
    });
  });

  it('refuses duplicate ids of annotations and of documents', () => {
    const backup = backupObject();
    backup.first.items[6]!.id = backup.first.items[2]!.id;
    backup['clausemark:documents'].push({ ...treaty, title: 'Another record' });
    expect(parseBackup(backup)).toEqual({
      ok: false,
      errors: [
        `clausemark:documents[2].id: ${treaty.id} is already the id of clausemark:documents[1]`,
        `first.items[6].id: urn:uuid:${statementAnnotations[2]!.id} is already the id of first.items[2]`,
      ],
    });
  });

  it('refuses document records with missing or unknown fields', () => {
    const backup = backupObject();
    const records = backup['clausemark:documents'] as unknown as Array<Record<string, unknown>>;
    delete records[0]!.lastSeen;
    records[1]!.secret = true;
    expect(parseBackup(backup)).toEqual({
      ok: false,
      errors: ['clausemark:documents[0].lastSeen: expected an ISO time (UTC)', 'clausemark:documents[1]: unknown field "secret"'],
    });
  });

  it('says how many more problems there are beyond the first fifty', () => {
    const backup = backupObject();
    for (const item of backup.first.items) item['clausemark:colour'] = 'red' as never;
    for (let i = 0; i < 60; i++) backup.first.items.push({ ...backup.first.items[0]!, id: `urn:uuid:00000000-0000-4000-9000-${String(i).padStart(12, '0')}` });
    backup.total = backup.first.items.length;
    const result = parseBackup(backup);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toHaveLength(51);
      expect(result.errors[50]).toBe('… and 19 more problems');
    }
  });
});

/** The records after writing what a merge returns: replaced in place by id, new ones at the end. */
function applied(
  existing: { documents: readonly StoredDocument[]; annotations: readonly StoredAnnotation[] },
  merged: { documents: StoredDocument[]; annotations: StoredAnnotation[] },
): { documents: StoredDocument[]; annotations: StoredAnnotation[] } {
  const put = <T extends { id: string }>(here: readonly T[], written: readonly T[]): T[] => {
    const byId = new Map(written.map((r) => [r.id, r] as const));
    const ids = new Set(here.map((r) => r.id));
    return [...here.map((r) => byId.get(r.id) ?? r), ...written.filter((r) => !ids.has(r.id))];
  };
  return { documents: put(existing.documents, merged.documents), annotations: put(existing.annotations, merged.annotations) };
}

describe('mergeBackup', () => {
  const parsed = parseBackup(backupText());
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const incoming = { documents: parsed.documents, annotations: parsed.annotations };

  it('adds everything to an empty database, and changes nothing when the same file comes again', () => {
    const once = mergeBackup({ documents: [], annotations: [] }, incoming);
    expect(once).toMatchObject({ added: 9, updated: 0, unchanged: 0, documentCounts: { added: 2, updated: 0, unchanged: 0 } });
    expect(once.documents).toEqual(documents);
    expect(once.annotations).toEqual(annotations);
    const twice = mergeBackup(once, incoming);
    expect(twice).toEqual({ documents: [], annotations: [], added: 0, updated: 0, unchanged: 9, documentCounts: { added: 0, updated: 0, unchanged: 2 } });
  });

  it('keeps whichever copy of an annotation was modified later, and is idempotent', () => {
    const edited = (a: StoredAnnotation, note: string, modified: string): StoredAnnotation => ({ ...a, body: { ...a.body, note }, modified });
    const existing = {
      documents,
      annotations: [
        edited(annotations[0]!, 'newer here', '2025-06-01T00:00:00Z'),
        edited(annotations[1]!, 'older here', '2025-01-01T00:00:00Z'),
        annotations[2]!,
      ],
    };
    const imported = {
      documents: [],
      annotations: [
        edited(annotations[0]!, 'older in the file', '2025-05-01T00:00:00Z'),
        edited(annotations[1]!, 'newer in the file', '2025-02-01T00:00:00.001Z'),
        annotations[3]!,
      ],
    };
    const merged = mergeBackup(existing, imported);
    const after = applied(existing, merged);
    expect(after.annotations.map((a) => [a.id, a.body.note])).toEqual([
      [annotations[0]!.id, 'newer here'],
      [annotations[1]!.id, 'newer in the file'],
      [annotations[2]!.id, annotations[2]!.body.note],
      [annotations[3]!.id, annotations[3]!.body.note],
    ]);
    expect(merged).toMatchObject({ added: 1, updated: 1, unchanged: 1 });
    expect(mergeBackup(after, imported)).toEqual({ documents: [], annotations: [], added: 0, updated: 0, unchanged: 3, documentCounts: { added: 0, updated: 0, unchanged: 0 } });
    // Neither input was touched.
    expect(existing.annotations[1]!.body.note).toBe('older here');
  });

  it('returns only the records it adds or changes, so that only those are written', () => {
    const edited: StoredAnnotation = { ...annotations[2]!, body: { ...annotations[2]!.body, note: 'edited' }, modified: '2026-01-01T00:00:00.000Z' };
    const fresh: StoredAnnotation = { ...bare, id: '99999999-2222-4333-8444-555555555555' };
    const merged = mergeBackup({ documents, annotations }, { documents: [treaty], annotations: [annotations[0]!, edited, fresh] });
    expect(merged).toEqual({
      documents: [],
      annotations: [edited, fresh],
      added: 1,
      updated: 1,
      unchanged: 1,
      documentCounts: { added: 0, updated: 0, unchanged: 1 },
    });
  });

  it('merges a document’s URLs and keeps the fields of its newer copy', () => {
    const here: StoredDocument = { ...treaty, title: 'Old title', urls: ['http://kremlin.ru/supplement/3418', 'https://a.example/'], modified: '2025-01-01T00:00:00Z', lastSeen: '2025-03-01T00:00:00Z' };
    const there: StoredDocument = { ...treaty, title: 'New title', urls: ['https://b.example/', 'http://kremlin.ru/supplement/3418'], created: '2024-12-01T00:00:00Z', modified: '2025-02-01T00:00:00Z', lastSeen: '2025-02-01T00:00:00Z' };
    const merged = mergeBackup({ documents: [here], annotations: [] }, { documents: [there], annotations: [] });
    expect(merged.documents).toEqual([
      {
        ...treaty,
        title: 'New title',
        urls: ['http://kremlin.ru/supplement/3418', 'https://a.example/', 'https://b.example/'],
        created: '2024-12-01T00:00:00Z',
        lastSeen: '2025-03-01T00:00:00Z',
        modified: '2025-02-01T00:00:00Z',
      },
    ]);
    expect(merged.documentCounts).toEqual({ added: 0, updated: 1, unchanged: 0 });
    // An older copy still brings its URLs, but not its fields; then nothing more changes.
    const older = { ...there, title: 'Ancient title', urls: ['https://c.example/'], modified: '2020-01-01T00:00:00Z' };
    const again = mergeBackup(merged, { documents: [older], annotations: [] });
    expect(again.documents[0]).toMatchObject({ title: 'New title', urls: [...merged.documents[0]!.urls, 'https://c.example/'] });
    expect(mergeBackup(again, { documents: [older], annotations: [] }).documentCounts).toEqual({ added: 0, updated: 0, unchanged: 1 });
  });
});
