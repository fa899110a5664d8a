/**
 * The core flow in Firefox: the Firefox build, installed in Debian's Firefox ESR (driven over
 * WebDriver BiDi with Puppeteer, since Playwright drives only its own Firefox), shows the overlay
 * on the statement, opens a reference card, and keeps a highlight across a reload.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { test as base, expect } from '@playwright/test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { selectInPage } from '../../scripts/browser';
import { startFixtureServer } from '../../scripts/fixture-server';
import { PAGES_DIR } from './fixtures';
import { paintedInPage } from './helpers';

const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const BUILD = resolve(import.meta.dirname, '..', '..', '.output', 'firefox-mv2');
/** How long each step may take: the extension starts in Firefox a little later than in Chromium. */
const WAIT = { timeout: 15_000 };

/** Runs in the page: the overlay's shadow root, queried. */
function inOverlay(page: Page, selector: string): Promise<number> {
  return page.evaluate((s) => document.querySelector('clausemark-overlay')?.shadowRoot?.querySelectorAll(s).length ?? 0, selector);
}

base('the core flow runs in Firefox: overlay, reference card, a highlight that survives a reload', async () => {
  if (!existsSync(FIREFOX)) {
    throw new Error(`No Firefox at ${FIREFOX}. Install one (Debian/Ubuntu: sudo apt-get install -y firefox-esr) or point FIREFOX_PATH at it.`);
  }
  if (!existsSync(resolve(BUILD, 'manifest.json'))) throw new Error(`The Firefox build is missing at ${BUILD}: run \`npx wxt build -b firefox\`.`);
  const site = await startFixtureServer(PAGES_DIR);
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
    expect(await browser.installExtension(BUILD)).toBe('clausemark@clausemark.app');
    const page = await browser.newPage();
    await page.goto(`${site.url}/xinhua-joint-statement-2021.html`);
    await expect.poll(() => inOverlay(page, '[data-testid="cm-section-marker"]'), { message: 'eight section markers', ...WAIT }).toBe(8);

    // The card of 条约第二十五条, by keyboard focus.
    await page.evaluate(() => {
      const root = document.querySelector('clausemark-overlay')!.shadowRoot!;
      [...root.querySelectorAll<HTMLElement>('[data-testid="cm-ref"]')].find((a) => a.getAttribute('aria-label')?.startsWith('条约第二十五条'))!.focus();
    });
    await expect
      .poll(() => page.evaluate(() => document.querySelector('clausemark-overlay')!.shadowRoot!.querySelector('[data-testid="cm-card"]')?.textContent ?? ''), { message: 'the reference card', ...WAIT })
      .toContain('中华人民共和国和俄罗斯联邦睦邻友好合作条约');

    // Highlight a passage through the selection toolbar.
    await page.evaluate(selectInPage, '加强科技创新领域合作');
    await expect.poll(() => inOverlay(page, '[data-testid="cm-selection-toolbar"]'), { message: 'the selection toolbar', ...WAIT }).toBe(1);
    await page.locator('clausemark-overlay >>> [data-testid="cm-selection-toolbar"] [data-colour="yellow"]').click();
    await expect.poll(() => inOverlay(page, '[data-testid="cm-highlight"]'), { message: 'the highlight', ...WAIT }).toBe(1);

    await page.reload();
    await expect.poll(() => inOverlay(page, '[data-testid="cm-highlight"]'), { message: 'the highlight after a reload', ...WAIT }).toBe(1);
    expect(await page.evaluate(paintedInPage, 'clausemark-hl-yellow')).toEqual(['加强科技创新领域合作']);
  } finally {
    await browser?.close();
    await site.close();
  }
});
