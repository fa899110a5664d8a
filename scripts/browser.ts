/**
 * Launching Chromium with the built extension, shared by the end-to-end tests, the demo and
 * the benchmarks.
 */
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';

/** Where the Chrome build of the extension is written by `wxt build`. */
export const EXTENSION_DIR = resolve(import.meta.dirname, '..', '.output', 'chrome-mv3');

/** The Chromium to drive: `CHROMIUM_PATH`, else Debian's /usr/bin/chromium. */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium at ${path}. Install one (Debian/Ubuntu: sudo apt-get install -y chromium fonts-wqy-microhei) ` +
        'or point CHROMIUM_PATH at a Chromium or Chrome for Testing binary.',
    );
  }
  return path;
}

/** Fails with a clear message when the extension has not been built. */
export function requireBuiltExtension(dir: string = EXTENSION_DIR): string {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`The extension is not built at ${dir}. Run \`npx wxt build\` first.`);
  }
  return dir;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  userDataDir: string;
}

/**
 * Starts Chromium with only this extension loaded, in a fresh profile (or `userDataDir`),
 * and waits for its service worker.
 */
export async function launchWithExtension(options: {
  headless?: boolean;
  userDataDir?: string;
  extensionDir?: string;
  viewport?: { width: number; height: number };
  locale?: string;
  /** More Chromium flags (a proxy, say). */
  args?: string[];
} = {}): Promise<ExtensionBrowser> {
  const extensionDir = requireBuiltExtension(options.extensionDir);
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'clausemark-profile-')));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    locale: options.locale ?? 'en-US',
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      ...(options.args ?? []),
    ],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  return { context, extensionId, serviceWorker, userDataDir };
}

/**
 * Selects the first occurrence of `needle` in the page's text, as a reader dragging over it
 * would; throws when the page does not hold it. Runs in the page: pass it to `page.evaluate`
 * (Playwright or Puppeteer), or call `selectText`.
 */
export function selectInPage(needle: string): void {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(needle);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + needle.length);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
    return;
  }
  throw new Error(`not on the page: ${needle}`);
}

/** Selects the first occurrence of `text` on a Playwright page (see `selectInPage`). */
export async function selectText(page: Page, text: string): Promise<void> {
  await page.evaluate(selectInPage, text);
}
