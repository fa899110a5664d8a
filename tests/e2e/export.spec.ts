import { readFile } from 'node:fs/promises';
import { selectText } from '../../scripts/browser';
import { test, expect } from './fixtures';
import { clearStore, expectScrolledTo, highlight, openPanel, overlay, painted, storedCount, tabIdOf } from './helpers';

const XINHUA = 'xinhua-joint-statement-2021.html';
const PASSAGE = '加强科技创新领域合作';
const NOTE = 'Science *and* technology\n---\n# not a heading\n> not a quote';

test('the side panel downloads the document as Markdown, whose passage link finds the passage in Chromium', async ({ page, context, server, extension, extensionId }) => {
  await page.goto(`${server.url}/${XINHUA}`);
  await expect(overlay(page).getByTestId('cm-section-marker')).toHaveCount(8);
  await selectText(page, PASSAGE);
  await overlay(page).getByTestId('cm-selection-toolbar').getByRole('button', { name: 'Note' }).click();
  const editor = overlay(page).getByTestId('cm-note-editor');
  await editor.getByRole('textbox', { name: 'Note (Markdown)' }).fill(NOTE);
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(overlay(page).getByTestId('cm-highlight')).toHaveCount(1);

  const panel = await openPanel(context, extensionId, await tabIdOf(extension.serviceWorker, `${server.url}/${XINHUA}`));
  await expect(panel.getByTestId('cm-annotation')).toHaveCount(1);
  const [file] = await Promise.all([panel.waitForEvent('download'), panel.getByTestId('cm-export-markdown').click()]);
  expect(file.suggestedFilename()).toMatch(/\.md$/);
  const markdown = await readFile((await file.path())!, 'utf8');

  expect(markdown).toMatch(/^---\ntitle: "中华人民共和国和俄罗斯联邦关于《中俄睦邻友好合作条约》签署二十周年的联合声明"\n/);
  expect(markdown).toContain('## §五');
  expect(markdown).toContain(`> ${PASSAGE}`);
  expect(markdown).toContain('**§五 ¶2 —5**');
  // The note's metacharacters stay inside its item: nothing at column 0 breaks the structure.
  expect(markdown).not.toMatch(/^# not a heading/m);
  expect(markdown.split('\n').filter((line) => line === '---')).toHaveLength(2); // the front matter's, no more
  expect(markdown).toContain('## References');

  // The link back to the passage, opened in Chromium, scrolls to it and marks it.
  const link = /\[[^\]]+\]\((http:\/\/127\.0\.0\.1:\d+\/xinhua-joint-statement-2021\.html#:~:text=[^)\s]+)\)/.exec(markdown)?.[1];
  expect(link).toBeTruthy();
  const reader = await context.newPage();
  await reader.goto(link!);
  await expectScrolledTo(reader, PASSAGE);
});

test('a backup downloaded from the options page restores a wiped library; a bad file changes nothing', async ({ page, context, server, extension, extensionId }) => {
  await page.goto(`${server.url}/${XINHUA}`);
  await expect(overlay(page).getByTestId('cm-section-marker')).toHaveCount(8);
  const passages = [PASSAGE, '根据条约第十条', '双方将恪守条约精神和原则'];
  for (const text of passages) await highlight(page, text, 'blue');
  await expect.poll(() => storedCount(extension.serviceWorker, 'annotations')).toBe(3);

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const [backup] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Download a backup (JSON)' }).click()]);
  const path = (await backup.path())!;
  const json = JSON.parse(await readFile(path, 'utf8'));
  expect(json.type).toBe('AnnotationCollection');
  expect(json.total).toBe(3);

  // A truncated file is refused, naming why; nothing changes.
  await options.getByTestId('cm-import').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(json).slice(0, 200)) });
  await expect(options.getByTestId('cm-import-result')).toContainText('The file was not imported; nothing was changed');
  expect(await storedCount(extension.serviceWorker, 'annotations')).toBe(3);

  // Wipe the annotations, then import the backup: all three come back, and once only.
  await clearStore(extension.serviceWorker, 'annotations');
  expect(await storedCount(extension.serviceWorker, 'annotations')).toBe(0);
  await options.getByTestId('cm-import').setInputFiles(path);
  await expect(options.getByTestId('cm-import-result')).toContainText('Imported: 3 new, 0 updated, 0 unchanged.');
  await options.getByTestId('cm-import').setInputFiles(path);
  await expect(options.getByTestId('cm-import-result')).toContainText('Imported: 0 new, 0 updated, 3 unchanged.');
  expect(await storedCount(extension.serviceWorker, 'annotations')).toBe(3);
  // The statement's page shows them again.
  await expect.poll(async () => (await painted(page, 'blue')).sort()).toEqual([...passages].sort());
});
