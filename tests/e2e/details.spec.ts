import { test as base, expect } from '@playwright/test';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/browser';
import { startFixtureServer } from '../../scripts/fixture-server';
import { PAGES_DIR, test } from './fixtures';
import { overlay, sectionHeadingRect } from './helpers';

const XINHUA = 'xinhua-joint-statement-2021.html';

for (const [locale, kind, outline, counts] of [
  ['zh-CN', '联合声明 · 2021年6月28日', '显示目录', '8 个部分 · 32 处引用 · 0 条标注'],
  ['ru-RU', 'Совместное заявление · 28 июня 2021 г.', 'Показать оглавление', '8 разделов · 32 ссылки · 0 пометок'],
] as const) {
  base(`the interface follows the browser's language: ${locale}`, async () => {
    const site = await startFixtureServer(PAGES_DIR);
    let browser: ExtensionBrowser | undefined;
    try {
      browser = await launchWithExtension({ locale });
      const { context } = browser;
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(`${site.url}/${XINHUA}`);
      await expect(overlay(page).getByTestId('cm-badge-kind')).toHaveText(kind);
      await expect(overlay(page).getByTestId('cm-badge-counts')).toHaveText(counts);
      await expect(overlay(page).getByRole('button', { name: outline, exact: true })).toBeVisible();
    } finally {
      await browser?.context.close();
      await site.close();
    }
  });
}

test('the options page overrides the interface language, and every open page follows', async ({ page, context, server, extensionId }) => {
  await page.goto(`${server.url}/${XINHUA}`);
  await expect(overlay(page).getByTestId('cm-badge-kind')).toHaveText('Joint statement · June 28, 2021');
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('Language of the interface').selectOption('ru');
  await expect(options.getByRole('heading', { level: 1 })).toHaveText('Настройки Clausemark');
  await expect(overlay(page).getByTestId('cm-badge-kind')).toHaveText('Совместное заявление · 28 июня 2021 г.');
});

test('a note on a whole clause from its margin marker; a highlight deleted on the page comes back with Undo', async ({ page, server }) => {
  await page.goto(`${server.url}/${XINHUA}`);
  const marker = overlay(page).locator('[data-testid="cm-clause-marker"][data-eid="sec_3__para_1"]');
  await marker.click();
  await overlay(page).getByRole('menuitem', { name: 'Add a note to this clause' }).click();
  const editor = overlay(page).getByTestId('cm-note-editor');
  await expect(editor).toContainText('§三 ¶1');
  await editor.getByRole('textbox', { name: 'Note (Markdown)' }).fill('The heads of state meet every year.');
  await editor.getByRole('button', { name: 'Save' }).click();
  const highlight = overlay(page).getByTestId('cm-highlight');
  await expect(highlight).toHaveCount(1);

  await expect(overlay(page).getByTestId('cm-badge-counts')).toHaveText('8 sections · 32 references · 1 annotation');

  // Its menu from the keyboard; Escape closes it and gives the focus back to the highlight.
  await highlight.focus();
  await page.keyboard.press('Enter');
  await expect(overlay(page).getByTestId('cm-highlight-menu')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(overlay(page).getByTestId('cm-highlight-menu')).toHaveCount(0);
  await expect(highlight).toBeFocused();

  // Delete it from the page (the badge counts it gone), then undo.
  await page.keyboard.press('Enter');
  await overlay(page).getByTestId('cm-highlight-menu').getByRole('menuitem', { name: 'Delete' }).click();
  await expect(highlight).toHaveCount(0);
  await expect(overlay(page).getByTestId('cm-badge-counts')).toHaveText('8 sections · 32 references · 0 annotations');
  await overlay(page).getByTestId('cm-toast').getByRole('button', { name: 'Undo' }).click();
  await expect(highlight).toHaveCount(1);
  await expect(overlay(page).getByTestId('cm-badge-counts')).toHaveText('8 sections · 32 references · 1 annotation');
  await highlight.focus();
  await page.keyboard.press('Enter');
  await expect(overlay(page).getByTestId('cm-highlight-menu')).toContainText('The heads of state meet every year.');
});

test('on a dark page the overlay turns dark; zoomed in, the markers still sit beside their sections', async ({ page, server }) => {
  await page.goto(`${server.url}/${XINHUA}`);
  await expect(overlay(page).getByTestId('cm-layer')).not.toHaveClass(/cm-dark/);
  await page.addStyleTag({ content: 'html, body { background: #111 !important; color: #ddd !important; }' });
  // The overlay decides on its colours when it renders: make it render again.
  await page.evaluate(() => window.dispatchEvent(new Event('resize')));
  await expect(overlay(page).getByTestId('cm-layer')).toHaveClass(/cm-dark/);

  // Zoom in the page's text (the browser zoom changes the layout the same way): markers follow.
  await page.evaluate(() => (document.body.style.fontSize = '24px'));
  await page.evaluate(() => window.dispatchEvent(new Event('resize')));
  await expect
    .poll(async () => {
      const marker = (await overlay(page).getByTestId('cm-section-marker').nth(4).boundingBox())!;
      const heading = await sectionHeadingRect(page, '五');
      return Math.abs(marker.y + marker.height / 2 - (heading.y + heading.height / 2));
    })
    .toBeLessThan(20);
});
