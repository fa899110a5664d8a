/**
 * Nothing executes: page content (titles, headings, instrument names, article text with
 * <script>, <img onerror>, javascript: URLs) and user content (notes, tags) are shown as text
 * everywhere. Every payload would set a window.__xss_* flag if it ever ran.
 */
import type { Page } from '@playwright/test';
import { selectText } from '../../scripts/browser';
import { test, expect } from './fixtures';
import { openPanel, overlay, tabIdOf } from './helpers';

const NOTE = '<img src=x onerror="window.__xss_note=1"> **bold** <script>window.__xss_note_script=1</script> [x](javascript:window.__xss_note_link=1)';
const TAG = '<svg onload="window.__xss_tag=1">';

/** The flags set by payloads that ran in a page's main world. */
function ran(page: Page): Promise<string[]> {
  return page.evaluate(() => Object.keys(window).filter((k) => k.startsWith('__xss')));
}

test('a hostile statement and hostile notes run nowhere: page, overlay, side panel, reader', async ({ page, context, server, extension, extensionId }) => {
  const dialogs: string[] = [];
  context.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });

  await page.goto(`${server.url}/hostile-statement.html`);
  await expect(overlay(page).getByTestId('cm-section-marker')).toHaveCount(2);
  expect(await page.evaluate(() => (window as unknown as { __page_script?: number }).__page_script)).toBe(1);

  // The outline shows a heading made of markup, as text.
  await overlay(page).getByRole('button', { name: 'Show outline' }).click();
  await expect(overlay(page).getByTestId('cm-outline')).toContainText('<img src=x onerror="window.__xss_heading');
  // A reference card names an instrument whose name is markup, as text.
  // An instrument nobody knows has no public copy: its reference is a button, not a link.
  const link = overlay(page).locator('[data-testid="cm-ref"][aria-label^="《<img"]');
  await link.focus();
  await expect(overlay(page).getByTestId('cm-card')).toContainText('<script>window.__xss_cited_script=1</script>');

  // A note and a tag full of markup, saved and shown.
  await selectText(page, '并根据条约第二十五条加强合作');
  await overlay(page).getByTestId('cm-selection-toolbar').getByRole('button', { name: 'Note' }).click();
  const editor = overlay(page).getByTestId('cm-note-editor');
  await editor.getByRole('textbox', { name: 'Note (Markdown)' }).fill(NOTE);
  await editor.getByRole('textbox', { name: 'Tags, separated by commas' }).fill(TAG);
  await editor.getByRole('button', { name: 'Save' }).click();
  const highlight = overlay(page).getByTestId('cm-highlight');
  await expect(highlight).toHaveCount(1);
  await highlight.focus();
  await page.keyboard.press('Enter');
  await expect(overlay(page).getByTestId('cm-highlight-menu')).toContainText(NOTE);

  // The side panel beside it.
  const panel = await openPanel(context, extensionId, await tabIdOf(extension.serviceWorker, `${server.url}/hostile-statement.html`));
  await expect(panel.getByTestId('cm-annotation')).toContainText(NOTE);
  await expect(panel.getByTestId('cm-annotation')).toContainText(TAG);
  await expect(panel.locator('h2')).toContainText('<img src=x onerror="window.__xss_instrument=1">');

  // A hostile treaty goes into the library and is read in the reader.
  const treaty = await context.newPage();
  await treaty.goto(`${server.url}/hostile-treaty.html`);
  await expect(overlay(treaty).getByTestId('cm-badge-kind')).toContainText('Treaty');
  const reader = await context.newPage();
  await reader.goto(`chrome-extension://${extensionId}/reader.html`);
  await reader.getByTestId('cm-library-list').getByRole('link').first().click();
  await expect(reader.locator('#art_1')).toContainText('<img src=x onerror="window.__xss_art1=1">');
  await expect(reader.locator('#art_2')).toContainText('<a href="javascript:window.__xss_art2=1">');

  for (const p of [page, panel, treaty, reader]) expect(await ran(p)).toEqual([]);
  expect(dialogs).toEqual([]);
});
