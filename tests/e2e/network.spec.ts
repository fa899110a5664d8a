/**
 * No network: with every request of the browser routed through a recording proxy (loopback
 * included), analysing, reading cards, the library, annotating and exporting make no request
 * but the pages' own, to the server that serves them.
 */
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test as base, expect } from '@playwright/test';
import { launchWithExtension, selectText } from '../../scripts/browser';
import { startFixtureServer } from '../../scripts/fixture-server';
import { PAGES_DIR } from './fixtures';

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

base('the extension sends nothing anywhere while analysing, annotating, using the library and exporting', async () => {
  const site = await startFixtureServer(PAGES_DIR);
  const proxy = await recordingProxy(`${site.url}/`);
  const { context, extensionId, serviceWorker } = await launchWithExtension({
    args: [`--proxy-server=http://127.0.0.1:${proxy.port}`, '--proxy-bypass-list=<-loopback>'],
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const overlay = page.locator('clausemark-overlay');
    // A treaty goes into the library; the statement's card shows its article.
    await page.goto(`${site.url}/treaty-cn-ru-2001-mfa.html`);
    await expect(overlay.getByTestId('cm-badge-kind')).toContainText('Treaty');
    await page.goto(`${site.url}/xinhua-joint-statement-2021.html`);
    await expect(overlay.getByTestId('cm-section-marker')).toHaveCount(8);
    await overlay.getByRole('link', { name: /^条约第二十五条/ }).focus();
    await expect(overlay.getByTestId('cm-card')).toContainText('本条约');
    await page.keyboard.press('Escape');
    // Highlight and note.
    await selectText(page, '加强科技创新领域合作');
    await overlay.getByTestId('cm-selection-toolbar').locator('[data-colour="pink"]').click();
    await expect(overlay.getByTestId('cm-highlight')).toHaveCount(1);
    // Side panel, export, backup.
    const tabId = await serviceWorker.evaluate(async (url) => (await chrome.tabs.query({})).find((t: { url?: string }) => t.url === url)!.id!, `${site.url}/xinhua-joint-statement-2021.html`);
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
    await Promise.all([panel.waitForEvent('download'), panel.getByTestId('cm-export-markdown').click()]);
    await panel.getByRole('tab', { name: 'All documents' }).click();
    await Promise.all([panel.waitForEvent('download'), panel.getByTestId('cm-backup').click()]);
    // A page that is not a diplomatic text.
    await page.goto(`${site.url}/xinhua-sports-news.html`);
    await page.waitForTimeout(1000);

    // Chromium itself talks to Google's update and sign-in services whatever extension is loaded;
    // the extension never names these hosts (and its pages' CSP allows no connection at all).
    const browserOwn = /^(?:https?:\/\/)?[a-z0-9.-]*\b(?:google\.com|googleapis\.com|gstatic\.com|gvt1\.com)(?::\d+)?(?:\/|$)/;
    const foreign = proxy.seen.filter((r) => !r.url.startsWith(`${site.url}/`) && !browserOwn.test(r.url));
    expect(foreign).toEqual([]);
    // Every request to the site is a page (or its favicon) loaded by the test, never a call from the extension.
    const paths = [...new Set(proxy.seen.filter((r) => r.url.startsWith(`${site.url}/`)).map((r) => `${r.method} ${new URL(r.url).pathname}`))].sort();
    expect(paths).toEqual(['GET /favicon.ico', 'GET /treaty-cn-ru-2001-mfa.html', 'GET /xinhua-joint-statement-2021.html', 'GET /xinhua-sports-news.html']);
  } finally {
    await context.close();
    await proxy.close();
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
