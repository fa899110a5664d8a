import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyzeText } from '../../lib/analysis/analyze';
import { describeRange } from '../../lib/anchoring/describe';
import { createRouter, type BrowserEffects } from '../../messaging/router';
import { ClausemarkDb } from '../../storage/db';
import { CORPUS_TEXT } from '../helpers';

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const page = { id: EXTENSION_ID, tabId: 3, url: 'http://www.news.cn/politics/leaders/2021-06/28/c_1127558469.htm' };
const panel = { id: EXTENSION_ID, url: `chrome-extension://${EXTENSION_ID}/sidepanel.html` };

/** A highlight of 根据条约第二十五条 on the corpus statement, described by the real anchoring code. */
function newHighlight() {
  const { analysis, model } = analyzeText(CORPUS_TEXT);
  const clause = analysis.clauses.find((c) => c.text.includes('根据条约第二十五条'))!;
  const at = clause.start + clause.text.indexOf('根据条约第二十五条');
  const selector = describeRange(model, analysis.clauses, { block: clause.block, offset: at }, { block: clause.block, offset: at + 9 });
  return {
    documentId: analysis.fingerprint,
    motivation: 'highlighting',
    target: { source: analysis.fingerprint, selector },
    quote: '根据条约第二十五条',
    eId: clause.eId,
    label: clause.label,
    body: { note: '**Extension** of the Treaty: see <b>Art. 25</b>', colour: 'yellow', tags: [' treaty ', 'art-25', 'treaty'] },
  };
}

describe('annotation messages', () => {
  let db: ClausemarkDb;
  let route: ReturnType<typeof createRouter>;
  let changes: string[];
  let placements: unknown[];

  beforeEach(async () => {
    db = new ClausemarkDb(`annotations-${Math.random()}`);
    await db.open();
    changes = [];
    placements = [];
    const effects: BrowserEffects = {
      extensionOrigin: `chrome-extension://${EXTENSION_ID}/`,
      openTab: async () => {},
      openSidePanel: async () => true,
      showPageStats: async () => {},
      annotationsChanged: async (documentId) => void changes.push(documentId),
      libraryChanged: async () => {},
      rememberPlacements: async (_tabId, report) => void placements.push(report),
      revealAnnotation: async () => true,
      loadPagePart: async () => true,
    };
    route = createRouter({ db, extensionId: EXTENSION_ID, version: '0', effects, log: () => {} });
  });

  afterEach(() => db.delete());

  it('creates with an id and times set by the background, cleans tags, and announces the change', async () => {
    const reply = await route({ type: 'annotation/create', annotation: newHighlight() }, page);
    expect(reply).toMatchObject({ ok: true, value: { id: expect.stringMatching(/^[0-9a-f-]{36}$/), body: { tags: ['treaty', 'art-25'] } } });
    const stored = (reply as { value: { id: string; documentId: string } }).value;
    expect(await db.annotations.get(stored.id)).toMatchObject({ quote: '根据条约第二十五条', eId: 'sec_1__para_3', label: '§一 ¶3' });
    expect(changes).toEqual([stored.documentId]);
    const list = await route({ type: 'annotations/list', documentId: stored.documentId, url: null, title: null, date: null }, page);
    expect(list).toMatchObject({ ok: true, value: [{ id: stored.id }] });
  });

  it('finds the annotations of an earlier version of the page by its URL, and of a changed copy by title and date', async () => {
    const created = ((await route({ type: 'annotation/create', annotation: newHighlight() }, page)) as { value: { id: string; documentId: string } }).value;
    const seen = { title: '中俄联合声明', kind: 'joint-statement', date: '2021-06-28', language: 'zh', parties: ['CN', 'RU'] };
    await route({ type: 'document/seen', document: { ...seen, fingerprint: created.documentId, url: page.url }, stats: { sections: 8, references: 32 } }, page);
    const edited = 'ffffffffffffffff';
    const byUrl = await route({ type: 'annotations/list', documentId: edited, url: page.url, title: null, date: null }, page);
    expect(byUrl).toMatchObject({ ok: true, value: [{ id: created.id }] });
    const byTitle = await route({ type: 'annotations/list', documentId: edited, url: 'https://www.mfa.gov.cn/other', title: '中俄联合声明', date: '2021-06-28' }, page);
    expect(byTitle).toMatchObject({ ok: true, value: [{ id: created.id }] });
    const other = await route({ type: 'annotations/list', documentId: edited, url: 'https://www.mfa.gov.cn/other', title: '中俄联合声明', date: '2022-02-04' }, page);
    expect(other).toEqual({ ok: true, value: [] });
  });

  it('updates the note and colour, deletes with the record returned, and restores it exactly', async () => {
    const created = ((await route({ type: 'annotation/create', annotation: newHighlight() }, page)) as { value: { id: string } }).value;
    const updated = await route({ type: 'annotation/update', id: created.id, body: { colour: 'green', note: 'changed' } }, page);
    expect(updated).toMatchObject({ ok: true, value: { body: { colour: 'green', note: 'changed', tags: ['treaty', 'art-25'] } } });
    const deleted = ((await route({ type: 'annotation/delete', id: created.id }, page)) as { value: unknown }).value;
    expect(await db.annotations.count()).toBe(0);
    await route({ type: 'annotation/restore', annotation: deleted }, page);
    expect(await db.annotations.get(created.id)).toEqual(deleted);
  });

  it('restores only what is gone: never over a record with the same id, which may be newer', async () => {
    const created = ((await route({ type: 'annotation/create', annotation: newHighlight() }, page)) as { value: { id: string } }).value;
    await route({ type: 'annotation/update', id: created.id, body: { note: 'newer' } }, page);
    const newer = await db.annotations.get(created.id);
    changes.length = 0;
    expect(await route({ type: 'annotation/restore', annotation: created }, page)).toEqual({ ok: true, value: null });
    expect(await db.annotations.get(created.id)).toEqual(newer);
    expect(changes).toEqual([]);
  });

  it('restores a record rebuilt field by field: nothing the sender added is kept', async () => {
    const created = ((await route({ type: 'annotation/create', annotation: newHighlight() }, page)) as { value: Record<string, any> }).value;
    const deleted = ((await route({ type: 'annotation/delete', id: created.id }, page)) as { value: Record<string, any> }).value;
    const padded = {
      ...deleted,
      html: '<img onerror=alert(1)>',
      target: { ...deleted.target, extra: 1, selector: deleted.target.selector.map((s: object) => ({ ...s, style: 'x' })) },
    };
    expect(await route({ type: 'annotation/restore', annotation: padded }, page)).toEqual({ ok: true, value: deleted });
    expect(await db.annotations.get(created.id)).toEqual(deleted);
  });

  it('refuses to restore a record with a time that names no real instant', async () => {
    const created = ((await route({ type: 'annotation/create', annotation: newHighlight() }, page)) as { value: Record<string, any> }).value;
    const deleted = ((await route({ type: 'annotation/delete', id: created.id }, page)) as { value: Record<string, any> }).value;
    const reply = await route({ type: 'annotation/restore', annotation: { ...deleted, modified: '2026-02-31T25:61:61Z' } }, page);
    expect(reply).toEqual({ ok: false, error: 'refused: annotation.modified: expected an ISO time (UTC)' });
    expect(await db.annotations.count()).toBe(0);
  });

  it('keeps of a placement report only the fields it knows, each checked', async () => {
    const id = '123e4567-e89b-42d3-a456-426614174000';
    const placement = { id, status: 'changed', eId: 'sec_1__para_3', label: '§一 ¶3', section: { eId: 'sec_1', label: '§一' }, position: 120, change: { expected: '第二十五条', found: '第二十六条' } };
    const report = { documentId: '0123456789abcdef', url: page.url, title: '中俄联合声明', placements: [placement] };
    const padded = { ...report, html: '<b>', placements: [{ ...placement, onclick: 'x', section: { ...placement.section, style: 'x' }, change: { ...placement.change, distance: 1 } }] };
    expect(await route({ type: 'annotations/placed', report: padded }, page)).toEqual({ ok: true, value: { stored: true } });
    expect(placements).toEqual([report]);
    for (const [bad, error] of [
      [{ ...placement, label: 'x'.repeat(201) }, /placements\[0\]\.label/],
      [{ ...placement, section: { eId: '<b>', label: '§一' } }, /placements\[0\]\.section/],
      [{ ...placement, change: { expected: 1, found: '' } }, /placements\[0\]\.change/],
      [{ ...placement, eId: 'not an eId' }, /placements\[0\]\.eId/],
    ] as const) {
      expect(await route({ type: 'annotations/placed', report: { ...report, placements: [bad] } }, page)).toMatchObject({ ok: false, error: expect.stringMatching(error) });
    }
    expect(placements).toHaveLength(1);
  });

  it.each([
    ['a colour that does not exist', (a: ReturnType<typeof newHighlight>) => ({ ...a, body: { ...a.body, colour: 'red' } }), /colour/],
    ['a target of another document', (a: ReturnType<typeof newHighlight>) => ({ ...a, target: { ...a.target, source: '0123456789abcdef' } }), /source/],
    ['a target without a quote', (a: ReturnType<typeof newHighlight>) => ({ ...a, target: { ...a.target, selector: a.target.selector.filter((s) => s.type !== 'TextQuoteSelector') } }), /TextQuoteSelector|quote/],
    ['a tag with a line break', (a: ReturnType<typeof newHighlight>) => ({ ...a, body: { ...a.body, tags: ['a\nb'] } }), /tag/],
    ['an extra body field', (a: ReturnType<typeof newHighlight>) => ({ ...a, body: { ...a.body, html: '<img onerror=alert(1)>' } }), /unknown field/],
    ['an eId with markup', (a: ReturnType<typeof newHighlight>) => ({ ...a, eId: '<script>' }), /eId/],
  ])('refuses %s and stores nothing', async (_name, spoil, error) => {
    const reply = await route({ type: 'annotation/create', annotation: spoil(newHighlight()) }, page);
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(error) });
    expect(await db.annotations.count()).toBe(0);
    expect(changes).toEqual([]);
  });

  it('lets only the side panel, not a page, ask a tab to reveal an annotation', async () => {
    const id = '123e4567-e89b-42d3-a456-426614174000';
    expect(await route({ type: 'annotation/reveal', tabId: 5, id }, panel)).toEqual({ ok: true, value: { revealed: true } });
    expect(await route({ type: 'annotation/reveal', tabId: 5, id }, page)).toMatchObject({ ok: false });
  });
});

describe('storage trouble', () => {
  it('says the storage is full, in words, when a write exceeds the quota, and keeps what was stored', async () => {
    const db = new ClausemarkDb(`quota-${Math.random()}`);
    await db.open();
    const effects: BrowserEffects = {
      extensionOrigin: `chrome-extension://${EXTENSION_ID}/`,
      openTab: async () => {},
      openSidePanel: async () => true,
      showPageStats: async () => {},
      annotationsChanged: async () => {},
      libraryChanged: async () => {},
      rememberPlacements: async () => {},
      revealAnnotation: async () => true,
      loadPagePart: async () => true,
    };
    const route = createRouter({ db, extensionId: EXTENSION_ID, version: '0', effects, log: () => {} });
    const first = await route({ type: 'annotation/create', annotation: newHighlight() }, page);
    expect(first.ok).toBe(true);
    const before = await db.annotations.toArray();

    // The next write hits the quota, as IndexedDB reports it.
    const add = db.annotations.add.bind(db.annotations);
    db.annotations.add = (() => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))) as unknown as typeof add;
    const reply = await route({ type: 'annotation/create', annotation: { ...newHighlight(), quote: '根据条约第二十五条' } }, page);
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/storage for Clausemark is full\. Nothing stored was lost/) });
    expect(await db.annotations.toArray()).toEqual(before);

    // A closed database: a clear message too.
    db.close();
    const closed = await route({ type: 'annotations/list', documentId: before[0]!.documentId, url: null, title: null, date: null }, page);
    expect(closed).toEqual({ ok: false, error: expect.stringMatching(/database is not available right now/) });
    await db.delete();
  });
});
