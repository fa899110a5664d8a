/**
 * Long pages do not freeze the tab: the analysis stops past its bound, says so, and runs in
 * steps, so the page answers throughout and no task runs long.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { PAGES_DIR, test, expect } from '../fixtures';

/** The Xinhua page of the statement with its body repeated up to `characters`, or as `paragraphs` short ones. */
async function bigPage(shape: { characters?: number; paragraphs?: number }): Promise<string> {
  const html = await readFile(resolve(PAGES_DIR, 'xinhua-joint-statement-2021.html'), 'utf8');
  const detail = /<div id="detail">([\s\S]*?)<\/div>/.exec(html)![1]!;
  const paragraphs = detail.match(/<p[^>]*>[\s\S]*?<\/p>/g)!;
  let body = '';
  if (shape.characters) {
    while (body.length < shape.characters) body += detail;
  } else {
    for (let i = 0; i < shape.paragraphs!; i++) body += `<p>　　第${i + 1}段。${paragraphs[i % paragraphs.length]!.replace(/<[^>]+>/g, '').slice(0, 40)}</p>\n`;
  }
  return html.replace(detail, body);
}

/** Records long tasks from the start of the page. */
async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    // Only tasks from Clausemark's start on: the page's own parsing of a huge document is not ours.
    const w = window as unknown as { __longest: number; __tasks: Array<[number, number]> };
    w.__longest = 0;
    w.__tasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__tasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  });
}

for (const [name, shape] of [
  ['a 2 MB page', { characters: 2_000_000 }],
  ['a page of 20,000 paragraphs', { paragraphs: 20_000 }],
] as const) {
  test(`${name} is analysed in part, says so, and the tab keeps answering`, async ({ page, context, server }) => {
    const body = await bigPage(shape);
    await context.route(`${server.url}/big.html`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body }));
    await watchLongTasks(page);
    await page.goto(`${server.url}/big.html`);
    // The page answers while Clausemark works: a round trip to the page's main thread, many times.
    const started = Date.now();
    let slowest = 0;
    while (!(await page.locator('clausemark-overlay').getByTestId('cm-badge').count()) && Date.now() - started < 60_000) {
      const t = Date.now();
      await page.evaluate(() => 1);
      slowest = Math.max(slowest, Date.now() - t);
    }
    await expect(page.locator('clausemark-overlay').getByTestId('cm-badge-limited')).toContainText(/Long page: its first \d+% was analysed/);
    expect(slowest).toBeLessThan(500);
    const longest = await page.evaluate(() => {
      const start = performance.getEntriesByName('clausemark:content-start')[0]?.startTime ?? 0;
      const tasks = (window as unknown as { __tasks: Array<[number, number]> }).__tasks;
      return Math.max(0, ...tasks.filter(([at]) => at >= start).map(([, duration]) => duration));
    });
    console.log(`${name}: longest task ${Math.round(longest)} ms, slowest answer ${slowest} ms`);
    expect(longest).toBeLessThan(500);
  });
}
