/**
 * The core flows in Firefox: the Firefox build, installed in Debian's Firefox ESR (driven over
 * WebDriver BiDi with Puppeteer, since Playwright drives only its own Firefox), shows the overlay
 * on the statement, opens a reference card, keeps a highlight across a reload; stores a treaty
 * page in the library, opens the reader from a card, and lists documents in the side panel's page.
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

base('in Firefox the library fills from a treaty page, a card opens the reader at the article, and the side panel lists the documents', async () => {
  const site = await startFixtureServer(PAGES_DIR);
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
    await browser.installExtension(BUILD);
    const page = await browser.newPage();
    await page.goto(`${site.url}/treaty-cn-ru-2001-mfa.html`);
    const toast = () => page.evaluate(() => document.querySelector('clausemark-overlay')?.shadowRoot?.querySelector('[data-testid="cm-toast"]')?.textContent ?? '');
    await expect.poll(toast, { message: 'the treaty stored in the library', ...WAIT }).toContain('Added to your treaty library (25 articles)');

    // The statement's card shows Article 25 from the library, and links to the reader there.
    await page.goto(`${site.url}/xinhua-joint-statement-2021.html`);
    await expect.poll(() => inOverlay(page, '[data-testid="cm-section-marker"]'), { message: 'the overlay', ...WAIT }).toBe(8);
    const card = () =>
      page.evaluate(() => {
        const root = document.querySelector('clausemark-overlay')!.shadowRoot!;
        [...root.querySelectorAll<HTMLElement>('[data-testid="cm-ref"]')].find((a) => a.getAttribute('aria-label')?.startsWith('条约第二十五条'))!.focus();
        const shown = root.querySelector('[data-testid="cm-card"]');
        return { text: shown?.textContent ?? '', href: shown?.querySelector('a')?.href ?? '' };
      });
    await expect.poll(async () => (await card()).text, { message: 'the card with the article', ...WAIT }).toContain('本条约有效期为二十年');
    const { href } = await card();
    expect(href).toMatch(/^moz-extension:\/\/[0-9a-f-]+\/reader\.html\?instrument=cn-ru-treaty-2001&from=.+#art_25$/);

    // Followed from the card (as a click does), the reader opens in this tab.
    await page.evaluate(() => document.querySelector('clausemark-overlay')!.shadowRoot!.querySelector<HTMLElement>('[data-testid="cm-card"] a')!.click());
    await expect
      .poll(() => page.evaluate(() => document.getElementById('art_25')?.getAttribute('aria-current') ?? null), { message: 'the reader at Article 25', ...WAIT })
      .toBe('location');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('art_25');

    expect(await page.evaluate(() => location.href)).toBe(href);

    // The side panel's page (Firefox's sidebar shows the same page) lists what was read. An
    // extension page may open it; the automation may not.
    await page.evaluate(() => location.assign('/sidepanel.html'));
    await page.waitForFunction(() => location.pathname === '/sidepanel.html' && document.readyState === 'complete');
    await page.locator('::-p-aria([name="All documents"][role="tab"])').click();
    await expect
      .poll(() => page.evaluate(() => [...document.querySelectorAll('.document-list > li')].map((li) => li.textContent ?? '').join('\n')), { message: 'the documents', ...WAIT })
      .toContain('签署二十周年的联合声明');
  } finally {
    await browser?.close();
    await site.close();
  }
});
