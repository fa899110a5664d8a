import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../lib/analysis/analyze';
import { outlineOf } from '../../lib/analysis/outline';
import { describeRange } from '../../lib/anchoring/describe';
import { exportBackup, parseBackup } from '../../lib/export/backup';
import { importBackup, readEverything } from '../../storage/backup';
import type { StoredAnnotation, StoredDocument } from '../../storage/types';
import { CORPUS_TEXT } from '../helpers';
import { watchTraffic } from './traffic';
import { freshDatabases } from './fresh-db';

const databases = freshDatabases('backup');
const freshDb = databases.open;

/** The corpus statement with three real highlights. */
function seed(): { documents: StoredDocument[]; annotations: StoredAnnotation[] } {
  const { analysis, model } = analyzeText(CORPUS_TEXT);
  const time = '2026-11-20T08:00:00.000Z';
  const document: StoredDocument = {
    id: analysis.fingerprint, title: analysis.title, kind: analysis.kind, date: analysis.date, language: 'zh', parties: analysis.parties,
    urls: ['http://www.news.cn/politics/leaders/2021-06/28/c_1127558469.htm', 'https://www.mfa.gov.cn/web/zyxw/202106/t20210628_9137506.shtml'],
    outline: outlineOf(analysis), created: time, lastSeen: time, modified: time,
  };
  const annotations = ['根据条约第二十五条', '加强科技创新领域合作', '双方将恪守条约精神和原则'].map((passage, i): StoredAnnotation => {
    const clause = analysis.clauses.find((c) => c.text.includes(passage))!;
    const at = clause.start + clause.text.indexOf(passage);
    const selector = describeRange(model, analysis.clauses, { block: clause.block, offset: at }, { block: clause.block, offset: at + passage.length });
    return {
      id: `123e4567-e89b-42d3-a456-42661417400${i}`, documentId: document.id, motivation: 'highlighting', target: { source: document.id, selector },
      quote: passage, eId: clause.eId, label: clause.label, body: { note: i === 1 ? '**Science** <b>and</b> tech\n---\n> not a quote' : '', colour: 'green', tags: i ? ['tech'] : [] },
      created: time, modified: time,
    };
  });
  return { documents: [document], annotations };
}

describe('backup through the database', () => {
  it('export → wipe → import gives back exactly the same database', async () => {
    const db = await freshDb();
    const { documents, annotations } = seed();
    await db.documents.bulkAdd(documents);
    await db.annotations.bulkAdd(annotations);
    const file = JSON.stringify(exportBackup(documents, annotations, new Date('2026-11-24T10:00:00Z')));
    const before = await readEverything(db);

    const wiped = await freshDb();
    const parsed = parseBackup(file);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    expect(await importBackup(wiped, parsed)).toEqual({
      annotations: { added: 3, updated: 0, unchanged: 0 },
      documents: { added: 1, updated: 0, unchanged: 0 },
    });
    expect(await readEverything(wiped)).toEqual(before);

    // The same file again changes nothing.
    expect((await importBackup(wiped, parsed)).annotations).toEqual({ added: 0, updated: 0, unchanged: 3 });
    expect(await readEverything(wiped)).toEqual(before);
  });

  it('reads only the records the file names and writes only what it adds or changes', async () => {
    const db = databases.create();
    const traffic = watchTraffic(db);
    await db.open();
    const { documents, annotations } = seed();
    const others = Array.from({ length: 500 }, (_, i): StoredAnnotation => ({ ...annotations[0]!, id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` }));
    await db.documents.bulkAdd(documents);
    await db.annotations.bulkAdd([...annotations, ...others]);
    traffic.writes = {};

    const fresh: StoredAnnotation = { ...annotations[1]!, id: '123e4567-e89b-42d3-a456-426614174999' };
    const parsed = parseBackup(JSON.stringify(exportBackup(documents, [...annotations, fresh], new Date('2026-11-24T10:00:00Z'))));
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    expect(await importBackup(db, parsed)).toEqual({
      annotations: { added: 1, updated: 0, unchanged: 3 },
      documents: { added: 0, updated: 0, unchanged: 1 },
    });
    expect(traffic).toEqual({ writes: { annotations: 1 }, scans: {} });
    expect(await db.annotations.get(fresh.id)).toEqual(fresh);

    // The same file again writes nothing at all.
    await importBackup(db, parsed);
    expect(traffic).toEqual({ writes: { annotations: 1 }, scans: {} });
    expect(await db.annotations.count()).toBe(504);
  });

  it('refuses a bad file before writing anything', async () => {
    const db = await freshDb();
    const { documents, annotations } = seed();
    await db.annotations.bulkAdd(annotations);
    const good = exportBackup(documents, annotations, new Date('2026-11-24T10:00:00Z')) as unknown as { first: { items: Array<{ target: { selector: Array<{ start?: unknown }> } }> } };
    const spoiled = JSON.parse(JSON.stringify(good));
    spoiled.first.items[1].target.selector.find((s: { type: string }) => s.type === 'TextPositionSelector').start = -4;
    const parsed = parseBackup(JSON.stringify(spoiled));
    expect(parsed).toMatchObject({ ok: false, errors: [expect.stringMatching(/first\.items\[1\]: target\.selector\[\d\]: start/)] });
    for (const bad of ['{"type":"AnnotationCollection"', '[]', JSON.stringify({ ...good, 'clausemark:version': 'clausemark-backup/9' })]) {
      expect(parseBackup(bad).ok).toBe(false);
    }
    expect(await db.annotations.toArray()).toEqual(annotations);
  });
});
