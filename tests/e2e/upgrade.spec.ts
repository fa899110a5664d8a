/**
 * An update of the extension keeps everything: install a build, add data, install the next
 * build over it (same place, higher version, same profile), and find the data again.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from '../../scripts/browser';
import { startFixtureServer } from '../../scripts/fixture-server';
import { PAGES_DIR } from './fixtures';
import { highlight, overlay, painted } from './helpers';

/** Puts a build at `dir` with the given version, as an update would. */
async function install(dir: string, version: string): Promise<void> {
  await cp(EXTENSION_DIR, dir, { recursive: true, force: true });
  const path = join(dir, 'manifest.json');
  const manifest = JSON.parse(await readFile(path, 'utf8'));
  await writeFile(path, JSON.stringify({ ...manifest, version }));
}

base('highlights, notes and the library survive an update of the extension', async () => {
  const site = await startFixtureServer(PAGES_DIR);
  const work = await mkdtemp(join(tmpdir(), 'clausemark-upgrade-'));
  const profile = join(work, 'profile');
  const dir = join(work, 'build');
  const statement = `${site.url}/xinhua-joint-statement-2021.html`;
  let browser: ExtensionBrowser | undefined;
  try {
    await install(dir, '0.1.0');
    browser = await launchWithExtension({ extensionDir: dir, userDataDir: profile });
    let page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(`${site.url}/treaty-cn-ru-2001-mfa.html`);
    await expect(overlay(page).getByTestId('cm-badge-kind')).toContainText('Treaty');
    await page.goto(statement);
    await expect(overlay(page).getByTestId('cm-section-marker')).toHaveCount(8);
    await highlight(page, '加强科技创新领域合作', 'purple');
    await expect(overlay(page).getByTestId('cm-highlight')).toHaveCount(1);
    const id = browser.extensionId;
    await browser.context.close();
    browser = undefined;

    await install(dir, '0.1.1');
    browser = await launchWithExtension({ extensionDir: dir, userDataDir: profile });
    expect(browser.extensionId).toBe(id);
    expect(await browser.serviceWorker.evaluate(() => chrome.runtime.getManifest().version)).toBe('0.1.1');
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(statement);
    await expect.poll(() => painted(page, 'purple')).toEqual(['加强科技创新领域合作']);
    // The library too: the card shows Article 25's text.
    await overlay(page).getByRole('link', { name: /^条约第二十五条/ }).focus();
    await expect(overlay(page).getByTestId('cm-card')).toContainText('本条约');
  } finally {
    await browser?.context.close();
    await site.close();
    await rm(work, { recursive: true, force: true, maxRetries: 5 });
  }
});
