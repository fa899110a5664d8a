/**
 * Where the time goes, for whoever fixes what the benchmarks find:
 *
 *   npx tsx bench/profile.ts browser [statement|news|200k] [runs]
 *       builds an unminified copy of the extension (in a temporary directory; .output is not
 *       touched), loads the page in Chromium `runs` times (default 3) with the CDP Profiler
 *       sampling every 50 µs, and prints the extension's functions by time and the call trees
 *       of the content script's `main` and the page session's `start`;
 *   npx tsx bench/profile.ts node [seed|200k|export|anchor] [runs]
 *       runs that benchmark's work in this process under the V8 profiler (node:inspector) and
 *       prints the same for the project's functions.
 *
 * Profiles are also written as .cpuprofile files (open them in Chrome DevTools' Performance
 * panel) into the temporary directory printed at the end.
 */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension } from '../scripts/browser';
import { startFixtureServer } from '../scripts/fixture-server';
import { anchorAll } from '../lib/anchoring/anchor';
import { analyzeDocument, analyzeText } from '../lib/analysis/analyze';
import { readabilityArticle } from '../lib/analysis/extract-readability';
import { exportAllMarkdown } from '../lib/export/markdown';
import { buildStatement, htmlDocument, NEWS_PAGE, PAGES_DIR, pageHtml, ROOT, STATEMENT_PAGE, STATEMENT_URL, statementPage, statementText } from './corpus';
import { callTree, formatCallTree, functionTimes, type CpuProfile } from './cpu-profile';
import { anchoringWorkload } from './anchor';
import { makeLibrary } from './export';

const out = mkdtempSync(join(tmpdir(), 'clausemark-profile-'));

function report(profiles: CpuProfile[], own: (key: string) => boolean, trees: string[], runsPerProfile = 1): void {
  const times = functionTimes(profiles).filter((t) => own(t.key));
  const per = (ms: number) => (ms / profiles.length / runsPerProfile).toFixed(1).padStart(7);
  console.log(`\nThe project's functions, per run (ms), by time including callees:`);
  for (const t of times.slice(0, 40)) console.log(`${per(t.totalMs)} total ${per(t.selfMs)} self  ${t.key}`);
  console.log(`\nBy self time:`);
  for (const t of [...times].sort((a, b) => b.selfMs - a.selfMs).slice(0, 20)) console.log(`${per(t.selfMs)} self  ${t.key}`);
  for (const name of trees) {
    const tree = callTree(profiles, name, 9);
    if (tree.length) console.log(`\nUnder ${name}() (ms per run):\n${formatCallTree(tree, 0.5 * runsPerProfile, '', runsPerProfile).join('\n')}`);
  }
}

async function profileBrowser(which: string, runs: number): Promise<void> {
  const extensionDir = join(out, 'extension');
  const { build } = await import('wxt');
  await build({ root: ROOT, outDir: extensionDir, vite: () => ({ build: { minify: false } }) });
  const pages = join(out, 'pages');
  mkdirSync(pages);
  cpSync(PAGES_DIR, pages, { recursive: true });
  writeFileSync(join(pages, 'statement-200k.html'), statementPage(buildStatement(200_000)));
  const page = which === 'news' ? NEWS_PAGE : which === '200k' ? 'statement-200k.html' : STATEMENT_PAGE;
  const server = await startFixtureServer(pages);
  const browser = await launchWithExtension({ extensionDir: join(extensionDir, 'chrome-mv3'), userDataDir: join(out, 'profile') });
  const profiles: CpuProfile[] = [];
  try {
    for (let i = 0; i < runs + 1; i++) {
      const tab = await browser.context.newPage();
      const cdp = await browser.context.newCDPSession(tab);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
      await cdp.send('Profiler.start');
      await tab.goto(`${server.url}/${page}`);
      const last = page === NEWS_PAGE ? 'clausemark:precheck-done' : 'clausemark:overlay-rendered';
      await tab.waitForFunction((name) => performance.getEntriesByName(name).length > 0, last, { timeout: 20_000 });
      await tab.waitForTimeout(300);
      const { profile } = await cdp.send('Profiler.stop');
      await tab.close();
      if (i === 0) continue; // the first load warms the service worker and the database up
      profiles.push(profile as CpuProfile);
      writeFileSync(join(out, `browser-${which}-${i}.cpuprofile`), JSON.stringify(profile));
    }
  } finally {
    await browser.context.close();
    await server.close();
  }
  report(profiles, (key) => /\b(?:content|page-session)\.js:/.test(key), ['main', 'start']);
}

async function profileNode(which: string, runs: number): Promise<void> {
  let work: () => unknown;
  if (which === 'seed') {
    const html = pageHtml(STATEMENT_PAGE);
    work = () => analyzeDocument(htmlDocument(html, STATEMENT_URL), { url: STATEMENT_URL, readability: readabilityArticle });
  } else if (which === '200k') {
    const text = statementText(buildStatement(200_000));
    work = () => analyzeText(text);
  } else if (which === 'export') {
    const library = makeLibrary();
    work = () => exportAllMarkdown({ ...library, exportedAt: new Date(), language: 'en' });
  } else if (which === 'anchor') {
    // The edited page: where anchoring does more than check the stored place.
    const { edited, targets } = anchoringWorkload();
    work = () => anchorAll({ ...edited.model }, edited.analysis.clauses, targets);
  } else {
    throw new Error(`nothing to profile called "${which}": seed, 200k, export or anchor`);
  }
  await work(); // warm
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  for (let i = 0; i < runs; i++) await work();
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  writeFileSync(join(out, `node-${which}.cpuprofile`), JSON.stringify(profile));
  const trees = { seed: ['analyzeDocument'], '200k': ['analyzeText'], export: ['exportAllMarkdown'], anchor: ['anchorAll'] }[which] ?? [];
  report([profile as CpuProfile], (key) => !/node_modules|node:|\(native\)/.test(key) && /\.ts:/.test(key), trees, runs);
}

const [where, which = where === 'node' ? 'seed' : 'statement', runsArg = '3'] = process.argv.slice(2);
const runs = Number(runsArg);
if ((where !== 'browser' && where !== 'node') || !(runs >= 1)) {
  console.error('Usage: npx tsx bench/profile.ts browser [statement|news|200k] [runs]\n       npx tsx bench/profile.ts node [seed|200k|export|anchor] [runs]');
  process.exitCode = 2;
} else {
  await (where === 'browser' ? profileBrowser(which, runs) : profileNode(which, runs));
  console.log(`\nProfiles in ${out}`);
}
