/**
 * Many at once: ten tabs annotating the same statement concurrently lose nothing; 50,000
 * annotations still list in the side panel and export.
 */
import { readFile } from 'node:fs/promises';
import { test, expect } from '../fixtures';
import { highlight, openPanel, overlay, painted, storedAnnotations as stored, tabIdOf, type StoredAnnotation } from '../helpers';

const PASSAGES = [
  '条约将中俄关系发展的历史经验', '在条约指导下', '当前，世纪疫情加剧全球性博弈', '中俄关系业已达到历史最高水平', '俄罗斯需要繁荣稳定的中国',
  '根据条约第十条', '元首外交对推动双边战略协作', '中俄基于条约第七条所述原则', '双方愿进一步深化两军合作', '中俄经济合作符合两国根本利益',
  '提高双边贸易额', '增强具有战略性和综合性的能源合作', '有效保护知识产权', '深化两国地方交往', '人文交流对加深两国人民相互了解',
  '深化两国档案领域合作', '加强体育运动领域互利合作', '世界正经历动荡变革期', '双方将继续践行真正的多边主义', '双方将恪守条约精神和原则',
];

test('ten tabs adding, recolouring and deleting at once lose nothing and end consistent', async ({ context, server, extension, extensionId }) => {
  test.setTimeout(180_000);
  const url = `${server.url}/xinhua-joint-statement-2021.html`;
  const tabs = await Promise.all(Array.from({ length: 10 }, () => context.newPage()));
  await Promise.all(tabs.map((t) => t.goto(url)));
  await Promise.all(tabs.map((t) => expect(overlay(t).getByTestId('cm-section-marker')).toHaveCount(8)));
  // Each tab highlights two passages of its own, at the same time as the others.
  await Promise.all(
    tabs.map(async (tab, i) => {
      for (const passage of [PASSAGES[2 * i]!, PASSAGES[2 * i + 1]!]) await highlight(tab, passage, 'yellow');
    }),
  );
  await expect.poll(async () => (await stored(extension.serviceWorker)).length, { timeout: 20_000 }).toBe(20);
  // Then ten recolourings and ten deletions at once, through the background.
  const all = await stored(extension.serviceWorker);
  const panel = await openPanel(context, extensionId);
  await panel.evaluate(
    async (ids) =>
      Promise.all(
        ids.flatMap(([recolour, remove]) => [
          chrome.runtime.sendMessage({ type: 'annotation/update', id: recolour, body: { colour: 'green' } }),
          chrome.runtime.sendMessage({ type: 'annotation/delete', id: remove }),
        ]),
      ),
    all.slice(0, 10).map((a, i) => [a.id, all[10 + i]!.id]),
  );
  const final = await stored(extension.serviceWorker);
  expect(final).toHaveLength(10);
  expect(final.every((a) => a.body.colour === 'green')).toBe(true);
  // Every tab ends showing the same ten green highlights; the side panel lists ten.
  await Promise.all(
    tabs.map((t) => expect.poll(async () => (await painted(t, 'green')).length, { timeout: 20_000 }).toBe(10)),
  );
  await panel.getByRole('tab', { name: 'All documents' }).click();
  await expect(panel.getByTestId('cm-annotation')).toHaveCount(10);
});

test('50,000 annotations still list in the side panel and export', async ({ page, context, server, extension, extensionId }) => {
  test.setTimeout(240_000);
  await page.goto(`${server.url}/xinhua-joint-statement-2021.html`);
  await expect(overlay(page).getByTestId('cm-section-marker')).toHaveCount(8);
  await highlight(page, PASSAGES[0]!, 'blue');
  await expect.poll(async () => (await stored(extension.serviceWorker)).length).toBe(1);
  const [model] = await stored(extension.serviceWorker);
  // 49,999 more, copies of the real one, written straight into the database.
  await extension.serviceWorker.evaluate(
    (model: StoredAnnotation) =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('clausemark');
        open.onupgradeneeded = () => open.transaction!.abort();
        open.onerror = () => fail(new Error(`the clausemark database could not be opened: ${open.error?.message ?? 'no database'}`));
        open.onsuccess = () => {
          const db = open.result;
          try {
            const tx = db.transaction('annotations', 'readwrite');
            const store = tx.objectStore('annotations');
            for (let i = 1; i < 50_000; i++) {
              const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
              store.put({ ...model, id, body: { ...model.body, note: `note ${i}`, tags: [`t${i % 7}`] }, created: new Date(Date.parse(model.created) + i).toISOString() });
            }
            tx.oncomplete = () => {
              db.close();
              done();
            };
            tx.onerror = () => fail(tx.error);
            tx.onabort = () => {
              db.close();
              fail(tx.error ?? new Error('the transaction was aborted'));
            };
          } catch (error) {
            db.close();
            fail(error);
          }
        };
      }),
    model!,
  );
  const panel = await openPanel(context, extensionId, await tabIdOf(extension.serviceWorker, `${server.url}/xinhua-joint-statement-2021.html`));
  await expect(panel.locator('.meta').first()).toContainText('50000 annotations', { timeout: 60_000 });
  await panel.getByTestId('cm-search').fill('note 49999');
  await expect(panel.getByTestId('cm-annotation')).toHaveCount(1, { timeout: 60_000 });
  await panel.getByTestId('cm-search').fill('');
  const [file] = await Promise.all([panel.waitForEvent('download', { timeout: 120_000 }), panel.getByTestId('cm-export-markdown').click()]);
  const markdown = await readFile((await file.path())!, 'utf8');
  expect(markdown.match(/^- > /gm)).toHaveLength(50_000);
});
