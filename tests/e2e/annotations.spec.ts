import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { selectText } from '../../scripts/browser';
import { PAGES_DIR, test, expect } from './fixtures';
import { highlight, openPanel, overlay, painted, storedAnnotations, tabIdOf } from './helpers';

const XINHUA = 'xinhua-joint-statement-2021.html';
const MFA = 'mfa-joint-statement-2021.html';
const PASSAGE = '中俄元首高度评价条约的历史和现实价值';

test('a highlight and a note survive a reload, and appear on the same statement in MFA markup', async ({ page, server, extension }) => {
  await page.goto(`${server.url}/${XINHUA}`);
  await expect(overlay(page).getByTestId('cm-section-marker')).toHaveCount(8);
  await highlight(page, PASSAGE);
  await expect.poll(() => painted(page)).toEqual([PASSAGE]);

  // A note with tags on another passage.
  await selectText(page, '根据条约第十条');
  await overlay(page).getByTestId('cm-selection-toolbar').getByRole('button', { name: 'Note' }).click();
  const editor = overlay(page).getByTestId('cm-note-editor');
  await editor.getByRole('textbox', { name: 'Note (Markdown)' }).fill('High-level exchanges: **Art. 10**');
  await editor.getByRole('textbox', { name: 'Tags, separated by commas' }).fill('treaty, art-10');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toHaveCount(0);
  await expect.poll(async () => (await storedAnnotations(extension.serviceWorker)).length).toBe(2);

  await page.reload();
  await expect.poll(() => painted(page)).toEqual([PASSAGE, '根据条约第十条']);
  await expect(overlay(page).getByTestId('cm-badge-counts')).toContainText('2 annotations');
  // The note is reachable from its highlight.
  await overlay(page).getByTestId('cm-highlight').nth(1).focus();
  await page.keyboard.press('Enter');
  await expect(overlay(page).getByTestId('cm-highlight-menu')).toContainText('High-level exchanges: **Art. 10**');

  // Another copy of the same statement, other site, other markup.
  const mfa = await page.context().newPage();
  await mfa.goto(`${server.url}/${MFA}`);
  await expect.poll(() => painted(mfa)).toEqual([PASSAGE, '根据条约第十条']);
});

test('a changed passage comes back marked "text changed"; a removed one is an orphan, never deleted', async ({ page, server, extension, context, extensionId }) => {
  await page.goto(`${server.url}/${XINHUA}`);
  await expect(overlay(page).getByTestId('cm-section-marker')).toHaveCount(8);
  await highlight(page, PASSAGE);
  await highlight(page, '在平等互利的基础上解决跨境和过境运输问题', 'blue');
  await expect.poll(async () => (await storedAnnotations(extension.serviceWorker)).length).toBe(2);

  // The page is edited: one word changed, one passage gone. Its fingerprint changes; its URL does not.
  const original = await readFile(resolve(PAGES_DIR, XINHUA), 'utf8');
  const edited = original.replace('高度评价条约的历史', '高度评价该条约的历史').replace('在平等互利的基础上解决跨境和过境运输问题，', '');
  await context.route(`${server.url}/${XINHUA}`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: edited }));
  const copy = page;
  await copy.reload();
  await expect.poll(() => painted(copy)).toEqual(['中俄元首高度评价该条约的历史和现实价值']);
  await expect.poll(() => painted(copy, 'blue')).toEqual([]);
  await expect(overlay(copy).locator('[data-testid="cm-highlight"][data-changed="true"]')).toHaveCount(1);

  // The side panel, next to the edited copy, says what changed and lists the orphan.
  const panel = await openPanel(context, extensionId, await tabIdOf(extension.serviceWorker, `${server.url}/${XINHUA}`));
  await expect(panel.getByText('Text changed', { exact: true })).toBeVisible();
  const orphans = panel.getByTestId('cm-orphans');
  await expect(orphans).toContainText('Could not be placed on this page');
  await expect(orphans).toContainText('在平等互利的基础上解决跨境和过境运输问题');
  expect(await storedAnnotations(extension.serviceWorker)).toHaveLength(2);
});

test('two tabs annotating the same statement at once lose nothing', async ({ page, server, extension, context }) => {
  const second = await context.newPage();
  await Promise.all([page.goto(`${server.url}/${XINHUA}`), second.goto(`${server.url}/${MFA}`)]);
  await expect(overlay(page).getByTestId('cm-section-marker')).toHaveCount(8);
  await expect(overlay(second).getByTestId('cm-section-marker')).toHaveCount(8);
  const left = ['条约将中俄关系发展的历史经验', '中俄关系业已达到历史最高水平', '根据条约第十条'];
  const right = ['中俄基于条约第七条所述原则', '人文交流对加深两国人民相互了解', '双方将恪守条约精神和原则'];
  await Promise.all([
    (async () => {
      for (const text of left) await highlight(page, text, 'green');
    })(),
    (async () => {
      for (const text of right) await highlight(second, text, 'pink');
    })(),
  ]);
  await expect.poll(async () => (await storedAnnotations(extension.serviceWorker)).map((a) => a.quote).sort()).toEqual([...left, ...right].sort());
  // Each tab shows the other's highlights too.
  await expect.poll(async () => (await painted(page, 'pink')).sort()).toEqual([...right].sort());
  await expect.poll(async () => (await painted(second, 'green')).sort()).toEqual([...left].sort());
});

test('the side panel lists in document order by section, filters, jumps to a passage, and deletes with undo', async ({ page, server, extension, context, extensionId }) => {
  await page.goto(`${server.url}/${XINHUA}`);
  await expect(overlay(page).getByTestId('cm-section-marker')).toHaveCount(8);
  await highlight(page, '双方将恪守条约精神和原则', 'pink'); // §八, made first
  await highlight(page, PASSAGE, 'yellow'); // §一
  await highlight(page, '加强科技创新领域合作', 'green'); // §五, a list item
  const panel = await openPanel(context, extensionId, await tabIdOf(extension.serviceWorker, `${server.url}/${XINHUA}`));

  const groups = panel.getByTestId('cm-group');
  await expect(groups.locator('h3')).toHaveText(['§一', '§五', '§八']);
  await expect(panel.getByTestId('cm-annotation').locator('.label')).toHaveText(['§一 ¶3', '§五 ¶2 —5', '§八 ¶29']);

  await panel.getByTestId('cm-search').fill('科技创新');
  await expect(panel.getByTestId('cm-annotation')).toHaveCount(1);
  await panel.getByTestId('cm-search').fill('');
  await panel.getByRole('button', { name: 'Show pink' }).click();
  await expect(panel.getByTestId('cm-annotation')).toHaveCount(1);
  await expect(panel.getByTestId('cm-annotation')).toContainText('双方将恪守条约精神和原则');

  // Jump: the page scrolls to the passage.
  await page.evaluate(() => window.scrollTo(0, 0));
  await panel.getByTestId('cm-annotation').getByRole('button', { name: /^Show on the page/ }).click();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(2000);

  await panel.getByRole('button', { name: 'Show pink' }).click();
  await panel.getByTestId('cm-annotation').first().getByRole('button', { name: 'Delete' }).click();
  await expect(panel.getByTestId('cm-annotation')).toHaveCount(2);
  await expect.poll(() => painted(page)).toEqual([]);
  await panel.getByRole('button', { name: 'Undo' }).click();
  await expect(panel.getByTestId('cm-annotation')).toHaveCount(3);
  await expect.poll(() => painted(page)).toEqual([PASSAGE]);
});

test('a note edited on the page and then in the side panel starts from its latest text', async ({ page, server, extension, context, extensionId }) => {
  await page.goto(`${server.url}/${XINHUA}`);
  await expect(overlay(page).getByTestId('cm-section-marker')).toHaveCount(8);
  await highlight(page, PASSAGE);
  const panel = await openPanel(context, extensionId, await tabIdOf(extension.serviceWorker, `${server.url}/${XINHUA}`));
  const item = panel.getByTestId('cm-annotation');
  await expect(item).toHaveCount(1);
  // The panel's item is on screen before the note exists (its editor must not keep that state).
  await item.getByRole('button', { name: 'Edit' }).click();
  await expect(item.getByRole('textbox', { name: 'Note (Markdown)' })).toHaveValue('');
  await item.getByRole('button', { name: 'Cancel' }).click();

  // Written on the page…
  await overlay(page).getByTestId('cm-highlight').focus();
  await page.keyboard.press('Enter');
  await overlay(page).getByTestId('cm-highlight-menu').getByRole('menuitem', { name: 'Edit note' }).click();
  const editor = overlay(page).getByTestId('cm-note-editor');
  await editor.getByRole('textbox', { name: 'Note (Markdown)' }).fill('Written on the page.');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(item).toContainText('Written on the page.');

  // …then edited in the panel, from that text; saving keeps the edit.
  await item.getByRole('button', { name: 'Edit' }).click();
  const box = item.getByRole('textbox', { name: 'Note (Markdown)' });
  await expect(box).toHaveValue('Written on the page.');
  await box.fill('Written on the page. And in the panel.');
  await item.getByRole('button', { name: 'Save' }).click();
  await expect.poll(async () => (await storedAnnotations(extension.serviceWorker)).map((a) => a.body.note)).toEqual(['Written on the page. And in the panel.']);
});
