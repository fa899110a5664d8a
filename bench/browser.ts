/**
 * The figures only a real browser gives: Chromium (scripts/browser.ts) with the built
 * extension, the fixture pages served on 127.0.0.1 (one of the hosts the content script runs
 * on), timed with the performance marks the extension puts on the page's timeline:
 *
 *   clausemark:content-start, clausemark:precheck-done      the always-loaded content script
 *   clausemark:session-start, clausemark:analysed,
 *   clausemark:overlay-rendered                             the page session (statement pages only)
 *
 * Each page load is a new tab. The longest main-thread task is read two ways: with the Long Tasks
 * API (a PerformanceObserver registered by `addInitScript` before the page's own scripts), and
 * from a Chromium trace. They disagree: the Long Tasks API does not see tasks that Chromium runs
 * for the extension (the page session is injected and started by extension messages, which run
 * outside the frame's task queues), so the trace is the figure to trust; both are reported.
 *
 * Memory is V8's used heap of the page's renderer (CDP Performance.getMetrics JSHeapUsedSize)
 * after a full GC (HeapProfiler.collectGarbage), the same page with the extension minus without
 * it: the content script's isolated world lives in the same heap.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { chromiumPath, launchWithExtension, requireBuiltExtension, type ExtensionBrowser } from '../scripts/browser';
import { startFixtureServer, type FixtureServer } from '../scripts/fixture-server';
import { buildStatement, NEWS_PAGE, PAGES_DIR, STATEMENT_PAGE, statementPage } from './corpus';
import { summarize, type Summary } from './stats';
import { describeTask, longestTask, markTime, scriptEvaluation, startTrace, stopTrace, taskAt, tasksOf, threadOfMark, type TaskContents } from './trace';

const MARKS = ['content-start', 'precheck-done', 'session-start', 'analysed', 'overlay-rendered'] as const;
type Mark = (typeof MARKS)[number];
type Marks = Partial<Record<Mark, number>>;

/** The page of a 200,000-character statement (Xinhua markup), served beside the fixtures. */
const LARGE_PAGE = 'statement-200k.html';
/** Its size in characters (asked for; the built statement is a little longer). */
export const LARGE_PAGE_SIZE = 200_000;

const VIEWPORT = { width: 1280, height: 900 };
const PAGE_TIMEOUT = 20_000;
/** How long the page is left alone after the overlay is drawn, before it is looked at. */
const SETTLE_MS = 300;

/** How many page loads. */
export interface BrowserRuns {
  warmup: number;
  runs: number;
  /** Loads with a trace (slower: tracing costs the page something, so they are kept apart). */
  traced: number;
  /** Loads for memory, with and without the extension each. */
  memory: number;
  /** Loads of the 200k page. */
  large: number;
}

/** The corpus statement's page in Chromium: marks, tasks, the page session's evaluation. */
export interface SeedBrowserResult {
  /** content-start → overlay-rendered. */
  totalMs: Summary;
  /** session-start → analysed: the analysis alone. */
  analysisMs: Summary;
  /** The parts: content-start → precheck-done → session-start → analysed → overlay-rendered. */
  precheckMs: Summary;
  loadSessionMs: Summary;
  renderMs: Summary;
  /** Longest task the Long Tasks API reported during the load (0 when it reported none). */
  longTaskApiMs: Summary;
  /** Longest main-thread task in the trace overlapping content-start → overlay-rendered. */
  longestTaskMs: Summary;
  /** The task in which the page session started (and, unless it yields, analysed the page). */
  sessionTaskMs: Summary;
  /** What the longest task of the last traced load did. */
  longestTask: TaskContents | null;
  /** Evaluating page-session.js: compile and run of its top level (the task it is injected in). */
  pageSessionEvalMs: Summary;
  pageSessionCompileMs: Summary;
  runs: number;
  traced: number;
}

/** The news page that is not a statement: what the always-loaded content script costs it. */
export interface IdlePageResult {
  /** content-start → precheck-done. */
  precheckMs: Summary;
  /** Evaluating content.js (compile, top level, main() with the pre-check), from the trace. */
  contentScriptEvalMs: Summary;
  contentScriptCompileMs: Summary;
  /** The same for a content script that does nothing (a stub extension): Chromium's floor. */
  emptyContentScriptEvalMs: Summary | null;
  /** CDP Performance.getMetrics over the load, with the extension and without (ms). */
  scriptDurationMs: { with: Summary; without: Summary };
  taskDurationMs: { with: Summary; without: Summary };
  /** The page session must not be loaded on this page. */
  sessionLoaded: boolean;
  runs: number;
  traced: number;
}

/** The content script's heap on the statement page. */
export interface MemoryResult {
  /** JSHeapUsedSize after GC, MB (2^20 bytes): with the extension, without, and the difference. */
  withMb: Summary;
  withoutMb: Summary;
  deltaMb: number;
  /** With the extension, before the GC, when the overlay has just been drawn: nearer the peak. */
  beforeGcMb: Summary;
  beforeGcDeltaMb: number;
  runs: number;
}

/** The 200,000-character statement's page in Chromium. */
export interface LargePageResult {
  characters: number;
  totalMs: Summary;
  analysisMs: Summary;
  longestTaskMs: number | null;
  longestTask: TaskContents | null;
  runs: number;
}

/** Every browser figure, with the Chromium version they were taken with. */
export interface BrowserResult {
  chromium: string;
  seed: SeedBrowserResult;
  idle: IdlePageResult;
  memory: MemoryResult;
  large: LargePageResult;
}

/** Registered before any of the page's scripts: collects the Long Tasks API's entries. */
function observeLongTasks(): void {
  const tasks: number[] = [];
  (window as unknown as { __clausemarkBenchLongTasks: number[] }).__clausemarkBenchLongTasks = tasks;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // A browser without the Long Tasks API reports none.
  }
}

/** The page's clausemark marks (ms since navigation start). */
async function readMarks(page: Page): Promise<Marks> {
  return page.evaluate(() => {
    const marks: Record<string, number> = {};
    for (const m of performance.getEntriesByType('mark')) {
      if (m.name.startsWith('clausemark:')) marks[m.name.slice('clausemark:'.length)] ??= m.startTime;
    }
    return marks;
  });
}

async function readLongTasks(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(0, ...((window as unknown as { __clausemarkBenchLongTasks?: number[] }).__clausemarkBenchLongTasks ?? [])));
}

function span(marks: Marks, from: Mark, to: Mark): number {
  const a = marks[from];
  const b = marks[to];
  if (a === undefined || b === undefined) throw new Error(`the page has no clausemark:${a === undefined ? from : to} mark`);
  return b - a;
}

/** Opens `url` in a new tab and waits until mark `until` is on its timeline (or, with null, for the load). */
async function load(context: BrowserContext, url: string, until: Mark | null, before?: (cdp: CDPSession) => Promise<unknown>): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  const cdp = await context.newCDPSession(page);
  await before?.(cdp);
  await page.goto(url, { waitUntil: 'load' });
  if (until) {
    try {
      await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, `clausemark:${until}`, { timeout: PAGE_TIMEOUT });
    } catch (error) {
      const marks = await readMarks(page).catch(() => ({}));
      throw new Error(
        `no clausemark:${until} mark on ${url} within ${PAGE_TIMEOUT / 1000} s (marks: ${JSON.stringify(marks)}; page said: ${problems.join(' | ') || 'nothing'}): ${String(error)}`,
      );
    }
  }
  await page.waitForTimeout(SETTLE_MS);
  return { page, cdp };
}

/** Closes a page, ignoring a page that is already gone. */
async function close(page: Page): Promise<void> {
  await page.close().catch(() => undefined);
}

async function metric(cdp: CDPSession, name: string): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const found = metrics.find((m) => m.name === name);
  if (!found) throw new Error(`Performance.getMetrics has no ${name}`);
  return found.value;
}

async function seedFigures(extension: ExtensionBrowser, url: string, runs: BrowserRuns): Promise<SeedBrowserResult> {
  const samples = { total: [] as number[], analysis: [] as number[], precheck: [] as number[], loadSession: [] as number[], render: [] as number[], longTaskApi: [] as number[] };
  for (let i = 0; i < runs.warmup + runs.runs; i++) {
    const { page } = await load(extension.context, url, 'overlay-rendered');
    try {
      const marks = await readMarks(page);
      if (i < runs.warmup) continue;
      samples.total.push(span(marks, 'content-start', 'overlay-rendered'));
      samples.analysis.push(span(marks, 'session-start', 'analysed'));
      samples.precheck.push(span(marks, 'content-start', 'precheck-done'));
      samples.loadSession.push(span(marks, 'precheck-done', 'session-start'));
      samples.render.push(span(marks, 'analysed', 'overlay-rendered'));
      samples.longTaskApi.push(await readLongTasks(page));
    } finally {
      await close(page);
    }
  }
  const traced = { longest: [] as number[], session: [] as number[], evaluate: [] as number[], compile: [] as number[] };
  let contents: TaskContents | null = null;
  for (let i = 0; i < runs.traced; i++) {
    const { page, cdp } = await load(extension.context, url, 'overlay-rendered', startTrace);
    try {
      const events = await stopTrace(cdp);
      const thread = threadOfMark(events, 'clausemark:content-start');
      const from = markTime(events, 'clausemark:content-start');
      const to = markTime(events, 'clausemark:overlay-rendered');
      const started = markTime(events, 'clausemark:session-start');
      if (!thread || from === null || to === null || started === null) throw new Error('the trace lacks the clausemark marks');
      const tasks = tasksOf(events, thread);
      const longest = longestTask(tasks, from, to);
      traced.longest.push(longest?.ms ?? 0);
      contents = longest && describeTask(events, thread, longest);
      traced.session.push(taskAt(tasks, started)?.ms ?? 0);
      const evaluation = scriptEvaluation(events, thread, '/page-session.js');
      if (!evaluation) throw new Error('the trace shows no evaluation of page-session.js');
      traced.evaluate.push(evaluation.evaluateMs);
      traced.compile.push(evaluation.compileMs);
    } finally {
      await close(page);
    }
  }
  return {
    totalMs: summarize(samples.total),
    analysisMs: summarize(samples.analysis),
    precheckMs: summarize(samples.precheck),
    loadSessionMs: summarize(samples.loadSession),
    renderMs: summarize(samples.render),
    longTaskApiMs: summarize(samples.longTaskApi),
    longestTaskMs: summarize(traced.longest),
    sessionTaskMs: summarize(traced.session),
    longestTask: contents,
    pageSessionEvalMs: summarize(traced.evaluate),
    pageSessionCompileMs: summarize(traced.compile),
    runs: runs.runs,
    traced: runs.traced,
  };
}

/** Script and task time of a page load, from Performance.getMetrics (enabled before navigation). */
async function loadMetrics(context: BrowserContext, url: string, until: Mark | null): Promise<{ script: number; task: number }> {
  const { page, cdp } = await load(context, url, until, (s) => s.send('Performance.enable', { timeDomain: 'threadTicks' }));
  try {
    return { script: (await metric(cdp, 'ScriptDuration')) * 1000, task: (await metric(cdp, 'TaskDuration')) * 1000 };
  } finally {
    await close(page);
  }
}

/** Evaluation of the content script whose URL ends with `file` on `url`, from traces. */
async function contentScriptEvaluations(context: BrowserContext, url: string, mark: string, file: string, runs: number): Promise<{ evaluate: number[]; compile: number[] }> {
  const out = { evaluate: [] as number[], compile: [] as number[] };
  for (let i = 0; i < runs; i++) {
    const { page, cdp } = await load(context, url, null, startTrace);
    try {
      const events = await stopTrace(cdp);
      const thread = threadOfMark(events, mark);
      const evaluation = thread && scriptEvaluation(events, thread, file);
      if (!evaluation) throw new Error(`the trace shows no evaluation of ${file} on ${url}`);
      out.evaluate.push(evaluation.evaluateMs);
      out.compile.push(evaluation.compileMs);
    } finally {
      await close(page);
    }
  }
  return out;
}

/** An extension with a content script that only marks the timeline, on the same hosts. */
function writeStubExtension(dir: string): void {
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Empty content script',
      version: '1.0',
      background: { service_worker: 'background.js' },
      content_scripts: [{ matches: ['http://127.0.0.1/*'], js: ['content.js'] }],
    }),
  );
  writeFileSync(join(dir, 'background.js'), '');
  writeFileSync(join(dir, 'content.js'), "performance.mark('stub:content-start');\n");
}

async function idleFigures(extension: ExtensionBrowser, plain: Browser, stubDir: string, url: string, runs: BrowserRuns): Promise<IdlePageResult> {
  const precheck: number[] = [];
  let sessionLoaded = false;
  for (let i = 0; i < runs.warmup + runs.runs; i++) {
    const { page } = await load(extension.context, url, 'precheck-done');
    try {
      const marks = await readMarks(page);
      sessionLoaded ||= marks['session-start'] !== undefined;
      if (i >= runs.warmup) precheck.push(span(marks, 'content-start', 'precheck-done'));
    } finally {
      await close(page);
    }
  }
  const evaluations = await contentScriptEvaluations(extension.context, url, 'clausemark:content-start', '/content-scripts/content.js', runs.traced);

  let empty: number[] | null = null;
  const stub = await launchWithExtension({ extensionDir: stubDir, userDataDir: mkdtempSync(join(tmpdir(), 'clausemark-bench-stub-')), viewport: VIEWPORT });
  try {
    await contentScriptEvaluations(stub.context, url, 'stub:content-start', '/content.js', 1);
    empty = (await contentScriptEvaluations(stub.context, url, 'stub:content-start', '/content.js', runs.traced)).evaluate;
  } finally {
    await stub.context.close();
    rmSync(stub.userDataDir, { recursive: true, force: true });
  }

  const plainContext = await plain.newContext({ viewport: VIEWPORT, locale: 'en-US' });
  const withExtension = { script: [] as number[], task: [] as number[] };
  const without = { script: [] as number[], task: [] as number[] };
  try {
    await loadMetrics(plainContext, url, null);
    // Alternated, so that a busy moment of the machine falls on both.
    for (let i = 0; i < runs.traced; i++) {
      const a = await loadMetrics(extension.context, url, 'precheck-done');
      withExtension.script.push(a.script);
      withExtension.task.push(a.task);
      const b = await loadMetrics(plainContext, url, null);
      without.script.push(b.script);
      without.task.push(b.task);
    }
  } finally {
    await plainContext.close();
  }
  return {
    precheckMs: summarize(precheck),
    contentScriptEvalMs: summarize(evaluations.evaluate),
    contentScriptCompileMs: summarize(evaluations.compile),
    emptyContentScriptEvalMs: empty && summarize(empty),
    scriptDurationMs: { with: summarize(withExtension.script), without: summarize(without.script) },
    taskDurationMs: { with: summarize(withExtension.task), without: summarize(without.task) },
    sessionLoaded,
    runs: runs.runs,
    traced: runs.traced,
  };
}

/** Used JS heap (MB) of a page after it has loaded (and, with the extension, drawn its overlay). */
async function heapAfterLoad(context: BrowserContext, url: string, until: Mark | null): Promise<{ before: number; after: number }> {
  const { page, cdp } = await load(context, url, until, (s) => s.send('Performance.enable'));
  try {
    const before = await metric(cdp, 'JSHeapUsedSize');
    await cdp.send('HeapProfiler.collectGarbage');
    const after = await metric(cdp, 'JSHeapUsedSize');
    return { before: before / 2 ** 20, after: after / 2 ** 20 };
  } finally {
    await close(page);
  }
}

async function memoryFigures(extension: ExtensionBrowser, plain: Browser, url: string, runs: BrowserRuns): Promise<MemoryResult> {
  const plainContext = await plain.newContext({ viewport: VIEWPORT, locale: 'en-US' });
  const withExtension: number[] = [];
  const beforeGc: number[] = [];
  const without: number[] = [];
  try {
    for (let i = 0; i < runs.memory; i++) {
      const a = await heapAfterLoad(extension.context, url, 'overlay-rendered');
      withExtension.push(a.after);
      beforeGc.push(a.before);
      without.push((await heapAfterLoad(plainContext, url, null)).after);
    }
  } finally {
    await plainContext.close();
  }
  const w = summarize(withExtension);
  const wo = summarize(without);
  const b = summarize(beforeGc);
  return { withMb: w, withoutMb: wo, deltaMb: w.median - wo.median, beforeGcMb: b, beforeGcDeltaMb: b.median - wo.median, runs: runs.memory };
}

async function largeFigures(extension: ExtensionBrowser, url: string, characters: number, runs: BrowserRuns): Promise<LargePageResult> {
  const total: number[] = [];
  const analysis: number[] = [];
  for (let i = 0; i < 1 + runs.large; i++) {
    const { page } = await load(extension.context, url, 'overlay-rendered');
    try {
      const marks = await readMarks(page);
      if (i === 0) continue;
      total.push(span(marks, 'content-start', 'overlay-rendered'));
      analysis.push(span(marks, 'session-start', 'analysed'));
    } finally {
      await close(page);
    }
  }
  let longest: TaskContents | null = null;
  const { page, cdp } = await load(extension.context, url, 'overlay-rendered', startTrace);
  try {
    const events = await stopTrace(cdp);
    const thread = threadOfMark(events, 'clausemark:content-start');
    const from = markTime(events, 'clausemark:content-start');
    const to = markTime(events, 'clausemark:overlay-rendered');
    const task = thread && from !== null && to !== null ? longestTask(tasksOf(events, thread), from, to) : null;
    longest = thread && task && describeTask(events, thread, task);
  } finally {
    await close(page);
  }
  return { characters, totalMs: summarize(total), analysisMs: summarize(analysis), longestTaskMs: longest?.ms ?? null, longestTask: longest, runs: runs.large };
}

/**
 * Runs every browser measurement. Throws with a clear message when the extension is not built
 * or there is no Chromium; closes every browser and the server, and removes its temporary files,
 * whatever happens.
 */
export async function measureBrowser(extensionDir: string, runs: BrowserRuns, log: (line: string) => void = () => undefined): Promise<BrowserResult> {
  requireBuiltExtension(extensionDir);
  const executablePath = chromiumPath();
  const work = mkdtempSync(join(tmpdir(), 'clausemark-bench-'));
  let server: FixtureServer | null = null;
  let extension: ExtensionBrowser | null = null;
  let plain: Browser | null = null;
  try {
    const pages = join(work, 'pages');
    const stub = join(work, 'stub-extension');
    cpSync(PAGES_DIR, pages, { recursive: true });
    const large = buildStatement(LARGE_PAGE_SIZE);
    writeFileSync(join(pages, LARGE_PAGE), statementPage(large));
    mkdirSync(stub);
    writeStubExtension(stub);
    server = await startFixtureServer(pages);
    extension = await launchWithExtension({ extensionDir, userDataDir: join(work, 'profile'), viewport: VIEWPORT });
    await extension.context.addInitScript(observeLongTasks);
    plain = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'] });
    const version = plain.version();

    log('  browser: the statement page');
    const seed = await seedFigures(extension, `${server.url}/${STATEMENT_PAGE}`, runs);
    log('  browser: a news page that is not a statement');
    const idle = await idleFigures(extension, plain, stub, `${server.url}/${NEWS_PAGE}`, runs);
    log('  browser: memory');
    const memory = await memoryFigures(extension, plain, `${server.url}/${STATEMENT_PAGE}`, runs);
    log('  browser: a 200,000-character statement');
    const largeResult = await largeFigures(extension, `${server.url}/${LARGE_PAGE}`, large.characters, runs);
    return { chromium: version, seed, idle, memory, large: largeResult };
  } finally {
    await extension?.context.close().catch(() => undefined);
    await plain?.close().catch(() => undefined);
    await server?.close().catch(() => undefined);
    rmSync(work, { recursive: true, force: true });
  }
}
