/**
 * `npm run demo`: the tour of Clausemark. Builds the extension, serves the demo pages on
 * 127.0.0.1 and opens Chromium with the extension loaded on them.
 *
 * With a display (DISPLAY set) it opens a window for you and waits until you close it.
 * Without one, or with `--headless`, it drives the same tour headless and writes what it
 * shows into demo-output/, then prints the paths.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { BrowserContext, Locator, Page, Worker } from '@playwright/test';
import { hoverUntilVisible, launchWithExtension, selectText, tabIdOf } from './browser';
import { startFixtureServer } from './fixture-server';

const root = resolve(import.meta.dirname, '..');
const outputDir = resolve(root, 'demo-output');
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;

const STATEMENT_PAGE = 'xinhua-joint-statement-2021.html';

function build(): void {
  console.log('Building the extension (wxt build)…');
  const result = spawnSync('npx', ['wxt', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error('wxt build failed; see the messages above');
}

/** Fails the demo, saying what is missing, unless `locator` matches exactly one element. */
async function requireOne(locator: Locator, what: string): Promise<void> {
  try {
    await locator.first().waitFor({ state: 'attached', timeout: 15_000 });
  } catch {
    throw new Error(`demo: ${what} is not there (${String(locator)}); the tour cannot show it`);
  }
  const n = await locator.count();
  if (n !== 1) throw new Error(`demo: expected one ${what}, found ${n} (${String(locator)})`);
}

async function tour(context: BrowserContext, extensionId: string, serviceWorker: Worker, baseUrl: string): Promise<string[]> {
  const written: string[] = [];
  const shot = async (page: Page, name: string) => {
    const path = resolve(outputDir, name);
    await page.screenshot({ path });
    written.push(path);
  };
  const page: Page = context.pages()[0] ?? (await context.newPage());
  const overlay = page.locator('clausemark-overlay');
  await page.goto(`${baseUrl}/${STATEMENT_PAGE}`);
  await overlay.getByTestId('cm-section-marker').first().waitFor({ timeout: 15_000 });
  await page.evaluate(() => document.fonts.ready);
  // 1. The statement with its margin markers, reference underlines and badge.
  await shot(page, 'statement-overlay.png');

  // 2. A reference card: hover 条约第二十五条.
  const link = overlay.getByRole('link', { name: /^条约第二十五条/ });
  const card = overlay.getByTestId('cm-card');
  await requireOne(link, 'the reference 条约第二十五条 on the statement');
  await hoverUntilVisible(page, link, card);
  await page.waitForTimeout(300); // let the card finish fading in
  await shot(page, 'reference-card.png');
  await page.mouse.move(5, 5);
  await card.waitFor({ state: 'detached' });

  // 3. The treaty itself: opening its page adds its articles to the library.
  const treaty = await context.newPage();
  await treaty.goto(`${baseUrl}/treaty-cn-ru-2001-mfa.html`);
  await treaty.locator('clausemark-overlay').getByTestId('cm-toast').getByRole('button', { name: 'Open the library' }).waitFor({ timeout: 15_000 });
  await shot(treaty, 'treaty-added.png');
  await treaty.close();

  // 4. Back on the statement, the card shows Article 25 and leads to the reader at that article.
  await page.bringToFront();
  await page.reload();
  await overlay.getByTestId('cm-section-marker').first().waitFor();
  await requireOne(link, 'the reference 条约第二十五条 on the statement, after a reload');
  await hoverUntilVisible(page, link, card.getByText('本条约有效期为二十年', { exact: false }));
  await page.waitForTimeout(300);
  await shot(page, 'reference-card-library.png');
  await card.getByRole('link', { name: 'Open in your library' }).click();
  await page.waitForURL(/reader\.html/);
  await page.locator('#art_25').waitFor();
  await page.waitForTimeout(300);
  await shot(page, 'reader-article-25.png');
  await page.goBack();
  await overlay.getByTestId('cm-section-marker').first().waitFor();

  // 5. The outline, after jumping to section 五.
  await overlay.getByRole('button', { name: 'Show outline' }).click();
  await overlay.getByTestId('cm-outline').getByRole('button', { name: /§五/ }).click();
  await page.waitForTimeout(1200);
  await shot(page, 'outline-section-5.png');

  // 6. Highlights and a note: select a passage, pick a colour; select another, write a note.
  await overlay.getByRole('button', { name: 'Hide outline' }).click();
  const toolbar = overlay.getByTestId('cm-selection-toolbar');
  for (const [passage, colour] of [['双方积极评价近年来两国务实合作成果', 'yellow'], ['加强科技创新领域合作', 'green']] as const) {
    await selectText(page, passage);
    await toolbar.locator(`[data-colour="${colour}"]`).click();
    await toolbar.waitFor({ state: 'detached' });
  }
  await selectText(page, '根据条约第十六条和第十七条稳步扩大合作规模');
  await toolbar.getByRole('button', { name: 'Note' }).click();
  const editor = overlay.getByTestId('cm-note-editor');
  await editor.getByRole('textbox', { name: 'Note (Markdown)' }).fill('Economic cooperation tied to **Art. 16 and 17** of the 2001 Treaty.');
  await editor.getByRole('textbox', { name: 'Tags, separated by commas' }).fill('economy, treaty');
  await shot(page, 'note-editor.png');
  await editor.getByRole('button', { name: 'Save' }).click();
  await overlay.getByTestId('cm-highlight').nth(2).waitFor({ state: 'attached' });
  await page.waitForTimeout(300);
  await shot(page, 'highlights.png');

  // 7. The side panel beside the statement: its notes by section.
  const tabId = await tabIdOf(serviceWorker, `${baseUrl}/${STATEMENT_PAGE}`);
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 420, height: 800 });
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
  await panel.getByTestId('cm-annotation').nth(2).waitFor();
  await shot(panel, 'side-panel.png');

  // 8. The Markdown export of the statement's notes, as the side panel downloads it.
  const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByTestId('cm-export-markdown').click()]);
  const markdownPath = resolve(outputDir, download.suggestedFilename());
  await download.saveAs(markdownPath);
  written.push(markdownPath);
  return written;
}

async function main(): Promise<void> {
  build();
  const server = await startFixtureServer(resolve(root, 'tests/fixtures/pages'));
  const { context, extensionId, serviceWorker } = await launchWithExtension({ headless, viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  try {
    if (headless) {
      await rm(outputDir, { recursive: true, force: true });
      await mkdir(outputDir, { recursive: true });
      const written = await tour(context, extensionId, serviceWorker, server.url);
      console.log('\nClausemark demo (headless). Wrote:');
      for (const path of written) console.log(`  ${path}`);
    } else {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(`${server.url}/${STATEMENT_PAGE}`);
      const panel = await context.newPage();
      await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
      await page.bringToFront();
      console.log(`\nClausemark demo: the statement is open at ${server.url}/${STATEMENT_PAGE}`);
      console.log('Close the browser window to end the demo.');
      await new Promise<void>((done) => context.on('close', () => done()));
    }
  } finally {
    await context.close().catch(() => {});
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
