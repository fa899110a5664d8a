/**
 * An update of the extension keeps everything: install a build, add data, install the next
 * build over it (same place, higher version, same profile), and find the data again.
 */
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { EXTENSION_DIR, launchWithExtension, selectText } from '../../scripts/browser';
import { startFixtureServer } from '../../scripts/fixture-server';
import { PAGES_DIR } from './fixtures';

/** Puts a build at `dir` with the given version, as an update would. */
async function install(dir: string, version: string): Promise<void> {
  await cp(EXTENSION_DIR, dir, { recursive: true, force: true });
  const path = join(dir, 'manifest.json');
  const manifest = JSON.parse(await readFile(path, 'utf8'));
  await writeFile(path, JSON.stringify({ ...manifest, version }));
}

base('highlights, notes and the library survive an update of the extension', async () => {
  const site = await startFixtureServer(PAGES_DIR);
  const profile = await mkdtemp(join(tmpdir(), 'clausemark-upgrade-profile-'));
  const dir = await mkdtemp(join(tmpdir(), 'clausemark-upgrade-build-'));
  const statement = `${site.url}/xinhua-joint-statement-2021.html`;
  try {
    await install(dir, '0.1.0');
    let browser = await launchWithExtension({ extensionDir: dir, userDataDir: profile });
    let page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(`${site.url}/treaty-cn-ru-2001-mfa.html`);
    await expect(page.locator('clausemark-overlay').getByTestId('cm-badge-kind')).toContainText('Treaty');
    await page.goto(statement);
    await expect(page.locator('clausemark-overlay').getByTestId('cm-section-marker')).toHaveCount(8);
    await selectText(page, '加强科技创新领域合作');
    await page.locator('clausemark-overlay').getByTestId('cm-selection-toolbar').locator('[data-colour="purple"]').click();
    await expect(page.locator('clausemark-overlay').getByTestId('cm-highlight')).toHaveCount(1);
    const id = browser.extensionId;
    await browser.context.close();

    await install(dir, '0.1.1');
    browser = await launchWithExtension({ extensionDir: dir, userDataDir: profile });
    expect(browser.extensionId).toBe(id);
    expect(await browser.serviceWorker.evaluate(() => chrome.runtime.getManifest().version)).toBe('0.1.1');
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(statement);
    await expect.poll(() => page.evaluate(() => [...(CSS.highlights.get('clausemark-hl-purple') ?? [])].map((r) => (r as Range).toString()))).toEqual(['加强科技创新领域合作']);
    // The library too: the card shows Article 25's text.
    await page.locator('clausemark-overlay').getByRole('link', { name: /^条约第二十五条/ }).focus();
    await expect(page.locator('clausemark-overlay').getByTestId('cm-card')).toContainText('本条约');
    await browser.context.close();
  } finally {
    await site.close();
  }
});
