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
import type { BrowserContext, Page } from '@playwright/test';
import { launchWithExtension } from './browser';
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

async function tour(context: BrowserContext, extensionId: string, baseUrl: string): Promise<string[]> {
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
  const box = await link.boundingBox();
  if (box) {
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await overlay.getByTestId('cm-card').waitFor();
    await page.waitForTimeout(300); // let the card finish fading in
    await shot(page, 'reference-card.png');
    await page.mouse.move(5, 5);
  }

  // 3. The outline, after jumping to section 五.
  await overlay.getByRole('button', { name: 'Show outline' }).click();
  await overlay.getByTestId('cm-outline').getByRole('button', { name: /§五/ }).click();
  await page.waitForTimeout(1200);
  await shot(page, 'outline-section-5.png');

  // 4. The side panel, listing the document.
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 420, height: 800 });
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await panel.getByTestId('cm-sidepanel').waitFor();
  await panel.locator('.document-list li').first().waitFor();
  await shot(panel, 'side-panel.png');
  return written;
}

async function main(): Promise<void> {
  build();
  const server = await startFixtureServer(resolve(root, 'tests/fixtures/pages'));
  const { context, extensionId } = await launchWithExtension({ headless, viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  try {
    if (headless) {
      await rm(outputDir, { recursive: true, force: true });
      await mkdir(outputDir, { recursive: true });
      const written = await tour(context, extensionId, server.url);
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
