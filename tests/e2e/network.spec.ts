/**
 * No network: with every request of the browser routed through a recording proxy (loopback
 * included), analysing, reading cards, the library, annotating and exporting make no request
 * but the pages' own, to the server that serves them.
 */
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test as base, expect, type Frame } from '@playwright/test';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/browser';
import { startFixtureServer } from '../../scripts/fixture-server';
import { PAGES_DIR } from './fixtures';
import { expectNothingShown, highlight, openPanel, overlay, tabIdOf } from './helpers';

interface Seen {
  method: string;
  url: string;
}

/** An HTTP proxy that records every request, forwards those for `allowed` and refuses the rest. */
async function recordingProxy(allowed: string): Promise<{ port: number; seen: Seen[]; close: () => Promise<void> }> {
  const seen: Seen[] = [];
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '';
    seen.push({ method: req.method ?? '', url });
    if (!url.startsWith(allowed)) {
      res.writeHead(403).end('refused by the test proxy');
      return;
    }
    const forward = httpRequest(url, { method: req.method, headers: req.headers }, (upstream) => {
      res.writeHead(upstream.statusCode ?? 502, upstream.headers);
      upstream.pipe(res);
    });
    forward.on('error', () => res.writeHead(502).end());
    req.pipe(forward);
  });
  server.on('connect', (req, socket) => {
    seen.push({ method: 'CONNECT', url: req.url ?? '' });
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { port: (server.address() as AddressInfo).port, seen, close: () => new Promise((done) => server.close(() => done())) };
}

/** A request a page, frame or worker of the browser made, as Playwright saw it. */
interface Made {
  method: string;
  url: string;
  /** "service worker <its URL>" for a request made by a service worker, else the URL of the frame that made it. */
  by: string;
  navigation: boolean;
  mainFrame: boolean;
}

base('the extension sends nothing anywhere while analysing, annotating, using the library and exporting', async () => {
  const site = await startFixtureServer(PAGES_DIR);
  let proxy: Awaited<ReturnType<typeof recordingProxy>> | undefined;
  let browser: ExtensionBrowser | undefined;
  try {
    proxy = await recordingProxy(`${site.url}/`);
    browser = await launchWithExtension({
      args: [`--proxy-server=http://127.0.0.1:${proxy.port}`, '--proxy-bypass-list=<-loopback>'],
    });
    const { context, extensionId, serviceWorker } = browser;
    // Every request made by a page, a frame (content scripts' included) or a worker of the browser.
    const made: Made[] = [];
    context.on('request', (r) => {
      const worker = r.serviceWorker();
      let frame: Frame | null = null;
      try {
        frame = worker ? null : r.frame();
      } catch {
        // A navigation issued before its frame exists has none.
      }
      made.push({
        method: r.method(),
        url: r.url(),
        by: worker ? `service worker ${worker.url()}` : (frame?.url() ?? ''),
        navigation: r.isNavigationRequest(),
        mainFrame: frame ? frame.parentFrame() === null : true,
      });
    });
    // The monitor sees what the extension's service worker asks for: a request the test makes it
    // make (for its own manifest: its CSP lets it connect nowhere else).
    const probe = `chrome-extension://${extensionId}/manifest.json?probe`;
    await serviceWorker.evaluate((url) => fetch(url).then((r) => r.status), probe);
    await expect.poll(() => made.filter((r) => r.url === probe && r.by.startsWith(`service worker chrome-extension://${extensionId}/`)).length).toBe(1);

    const page = context.pages()[0] ?? (await context.newPage());
    // A treaty goes into the library; the statement's card shows its article.
    await page.goto(`${site.url}/treaty-cn-ru-2001-mfa.html`);
    await expect(overlay(page).getByTestId('cm-badge-kind')).toContainText('Treaty');
    await page.goto(`${site.url}/xinhua-joint-statement-2021.html`);
    await expect(overlay(page).getByTestId('cm-section-marker')).toHaveCount(8);
    await overlay(page).getByRole('link', { name: /^条约第二十五条/ }).focus();
    await expect(overlay(page).getByTestId('cm-card')).toContainText('本条约');
    await page.keyboard.press('Escape');
    // Highlight and note.
    await highlight(page, '加强科技创新领域合作', 'pink');
    await expect(overlay(page).getByTestId('cm-highlight')).toHaveCount(1);
    // Side panel, export, backup.
    const panel = await openPanel(context, extensionId, await tabIdOf(serviceWorker, `${site.url}/xinhua-joint-statement-2021.html`));
    await Promise.all([panel.waitForEvent('download'), panel.getByTestId('cm-export-markdown').click()]);
    await panel.getByRole('tab', { name: 'All documents' }).click();
    await Promise.all([panel.waitForEvent('download'), panel.getByTestId('cm-backup').click()]);
    // A page that is not a diplomatic text: the content script runs on it and does nothing more.
    await page.goto(`${site.url}/xinhua-sports-news.html`);
    await expectNothingShown(page);

    const pages = ['/treaty-cn-ru-2001-mfa.html', '/xinhua-joint-statement-2021.html', '/xinhua-sports-news.html'];
    // Pages, frames (content scripts included) and workers, the extension's included, asked the
    // network for nothing but the three pages the test opened, as top-level navigations.
    const byPages = made.filter((r) => /^https?:/.test(r.url));
    expect(byPages.filter((r) => !(r.navigation && r.mainFrame && r.method === 'GET' && pages.some((p) => r.url === `${site.url}${p}`)))).toEqual([]);
    expect([...new Set(byPages.map((r) => new URL(r.url).pathname))].sort()).toEqual(pages);

    // What went out of the browser. Chromium itself talks to Google's update and sign-in services
    // whatever extension is loaded, and fetches the site's favicon: requests no page, frame or
    // worker made (none of them is in `made`, whose requests to the network are the three pages).
    const browserOwn = /^(?:https?:\/\/)?[a-z0-9.-]*\b(?:google\.com|googleapis\.com|gstatic\.com|gvt1\.com)(?::\d+)?(?:\/|$)/;
    const foreign = proxy.seen.filter((r) => !r.url.startsWith(`${site.url}/`) && !browserOwn.test(r.url));
    expect(foreign).toEqual([]);
    // Every request to the site is a page loaded by the test (or the browser's favicon fetch, which
    // Chromium makes or not depending on its timing), never a call from the extension.
    const toSite = proxy.seen.filter((r) => r.url.startsWith(`${site.url}/`));
    const paths = [...new Set(toSite.map((r) => `${r.method} ${new URL(r.url).pathname}`))].filter((p) => p !== 'GET /favicon.ico').sort();
    expect(paths).toEqual(pages.map((p) => `GET ${p}`));
  } finally {
    await browser?.context.close();
    await proxy?.close();
    await site.close();
  }
});

base('the built manifest opens no door: no external messaging, nothing web-accessible, a strict CSP', async () => {
  const { readFile } = await import('node:fs/promises');
  const { EXTENSION_DIR } = await import('../../scripts/browser');
  const manifest = JSON.parse(await readFile(`${EXTENSION_DIR}/manifest.json`, 'utf8'));
  expect(manifest.externally_connectable).toBeUndefined();
  expect(manifest.web_accessible_resources).toBeUndefined();
  expect(manifest.content_security_policy).toEqual({
    extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'; connect-src 'self'",
  });
  // Host access only where it runs by itself; anything else is optional, asked for when needed.
  expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
  expect(manifest.host_permissions).not.toContain('<all_urls>');
});
