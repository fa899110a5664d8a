import { test, expect } from './fixtures';
import { expectNothingShown, openPanel, overlay } from './helpers';

test('the service worker starts and creates its database', async ({ extension }) => {
  const databases = await extension.serviceWorker.evaluate(async () => {
    // The worker opens the database in main(); wait for it rather than racing it.
    for (let i = 0; i < 50; i++) {
      const names = (await indexedDB.databases()).map((d) => d.name);
      if (names.includes('clausemark')) return names;
      await new Promise((r) => setTimeout(r, 100));
    }
    return (await indexedDB.databases()).map((d) => d.name);
  });
  expect(databases).toContain('clausemark');
});

test('an extension page reaches the background over the message protocol', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const reply = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'ping' }));
  expect(reply).toEqual({ ok: true, value: { version: expect.stringMatching(/^\d+\.\d+\.\d+$/), databaseOpen: true } });
  const refused = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'drop-everything' }));
  expect(refused).toEqual({ ok: false, error: expect.stringContaining('unknown message type') });
});

test('on the Xinhua-style statement page the content script mounts its UI', async ({ page, server }) => {
  await page.goto(`${server.url}/xinhua-joint-statement-2021.html`);
  const badge = overlay(page).getByTestId('cm-badge');
  await expect(badge).toBeVisible();
  await expect(badge).toContainText('Joint statement');
  await expect(badge.getByTestId('cm-badge-kind')).toHaveAttribute('title', '中华人民共和国和俄罗斯联邦关于《中俄睦邻友好合作条约》签署二十周年的联合声明');
  // The UI lives in a shadow root: nothing of it is in the page's light DOM.
  expect(await page.evaluate(() => document.body.innerText.includes('Clausemark'))).toBe(false);
});

test('on a page that is not a diplomatic text it shows nothing', async ({ page, server }) => {
  await page.goto(`${server.url}/xinhua-sports-news.html`);
  // The content script ran (its pre-check mark is on the page), loaded no page session, shows nothing.
  await expectNothingShown(page);
});

test('the side panel opens, renders and lists a document seen on a page', async ({ context, page, server, extensionId }) => {
  await page.goto(`${server.url}/xinhua-joint-statement-2021.html`);
  await expect(overlay(page).getByTestId('cm-badge')).toBeVisible();
  const panel = await openPanel(context, extensionId);
  await expect(panel.getByTestId('cm-sidepanel')).toBeVisible();
  await panel.getByRole('tab', { name: 'All documents' }).click();
  await expect(panel.locator('.document-list > li')).toHaveCount(1);
  await expect(panel.locator('.document-list > li').first()).toContainText('签署二十周年的联合声明');
});

test('the options page opens and renders', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('heading', { name: 'Clausemark options' })).toBeVisible();
  await expect(page.getByText('*://www.news.cn/*')).toBeVisible();
});
