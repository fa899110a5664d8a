/**
 * Launching Chromium with the built extension, shared by the end-to-end tests, the demo and
 * the benchmarks.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page, type Worker } from '@playwright/test';

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
 * and waits for its service worker. A fresh profile is a temporary directory, deleted when the
 * context closes; a `userDataDir` given is left alone.
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
  const removeProfile = async () => {
    if (options.userDataDir) return;
    await rm(userDataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 }).catch((error: unknown) =>
      console.warn(`Could not remove the temporary profile ${userDataDir}: ${String(error)}`),
    );
  };
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
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
  } catch (error) {
    await removeProfile();
    throw error;
  }
  // The profile goes once the browser has exited, which closing the context waits for (its
  // 'close' event comes earlier, while Chromium may still be writing to the profile).
  const close = context.close.bind(context);
  context.close = async (closeOptions) => {
    try {
      await close(closeOptions);
    } finally {
      await removeProfile();
    }
  };
  try {
    const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const extensionId = new URL(serviceWorker.url()).host;
    return { context, extensionId, serviceWorker, userDataDir };
  } catch (error) {
    await context.close().catch(() => undefined);
    throw error;
  }
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

/**
 * Moves the pointer onto `target` until `shows` is visible, and throws when it never is. The
 * overlay places its links once the page is measured; a pointer that arrives earlier is moved
 * again (a pixel aside, so that the page sees a move).
 */
export async function hoverUntilVisible(page: Page, target: Locator, shows: Locator, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (let attempt = 0; ; attempt++) {
    await target.scrollIntoViewIfNeeded({ timeout });
    const box = await target.boundingBox();
    if (box) {
      await page.mouse.move(box.x + box.width / 2 + (attempt % 2), box.y + box.height / 2);
      const left = deadline - Date.now();
      try {
        await shows.waitFor({ state: 'visible', timeout: Math.max(1, Math.min(2_000, left)) });
        return;
      } catch {
        // Not yet: move again.
      }
    }
    if (Date.now() >= deadline) throw new Error(`hovering ${String(target)} did not show ${String(shows)} within ${timeout / 1000} s`);
  }
}

/** The id of the tab showing `url`, asked of the extension's service worker; throws when no tab does. */
export async function tabIdOf(serviceWorker: Worker, url: string): Promise<number> {
  const id = await serviceWorker.evaluate(async (u) => (await chrome.tabs.query({})).find((t: { url?: string }) => t.url === u)?.id ?? null, url);
  if (id === null) throw new Error(`no tab shows ${url}`);
  return id;
}
