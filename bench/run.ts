/**
 * `npm run bench`: measures how fast Clausemark is, prints each figure beside its target, and
 * writes everything (figures, spreads, raw samples, the machine) to bench/results.json.
 *
 *   npm run bench                  everything (about two minutes on 2 cores)
 *   npm run bench -- --quick       fewer repetitions, for trying the bench itself
 *   npm run bench -- --no-browser  the Node figures and bundle sizes only
 *
 * The browser figures need the extension built (`npx wxt build`) and a Chromium (see
 * README.md); without them the run says so, measures the rest and exits with status 1.
 * Targets are to reach, not to assert: a missed target does not fail the run.
 */
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromiumPath, EXTENSION_DIR } from '../scripts/browser';
import { measureAnchoring, type AnchorResult } from './anchor';
import { measureScaling, measureSeedNode, type ScalingResult, type SeedNodeResult } from './analysis';
import { LARGE_PAGE_SIZE, measureBrowser, type BrowserResult, type BrowserRuns } from './browser';
import { ROOT } from './corpus';
import { measureExport, type ExportResult } from './export';
import { chromiumVersion, describeMachine } from './machine';
import { figure, formatNumber, formatTable, type Figure } from './report';
import type { TaskContents } from './trace';
import { measureSizes, type SizesResult } from './sizes';
import type { Repetitions } from './timing';

const RESULTS = resolve(import.meta.dirname, 'results.json');

interface Plan {
  seed: Repetitions;
  anchor: Repetitions;
  anchorBaseline: Repetitions;
  anchorChangedBaseline: Repetitions;
  export: Repetitions;
  browser: BrowserRuns;
}

const FULL: Plan = {
  seed: { warmup: 5, runs: 30 },
  anchor: { warmup: 3, runs: 20 },
  anchorBaseline: { warmup: 3, runs: 20 },
  anchorChangedBaseline: { warmup: 1, runs: 7 },
  export: { warmup: 2, runs: 8 },
  browser: { warmup: 2, runs: 12, traced: 5, memory: 4, large: 3 },
};

const QUICK: Plan = {
  seed: { warmup: 2, runs: 5 },
  anchor: { warmup: 1, runs: 5 },
  anchorBaseline: { warmup: 1, runs: 5 },
  anchorChangedBaseline: { warmup: 0, runs: 2 },
  export: { warmup: 1, runs: 2 },
  browser: { warmup: 1, runs: 3, traced: 2, memory: 2, large: 1 },
};

interface Results {
  seedNode?: SeedNodeResult;
  scaling?: ScalingResult;
  anchor?: AnchorResult;
  export?: ExportResult;
  sizes?: SizesResult;
  browser?: BrowserResult;
}

const KB = 1024;

/** A traced task in a few words. */
function taskText(task: TaskContents | null): string {
  if (!task) return 'not traced';
  const marks = task.marks.length ? `, marks ${task.marks.join(', ')} in it` : '';
  return `${formatNumber(task.ms)} ms${marks}; inside: ${task.events.join(', ') || 'nothing longer than 1 ms'}`;
}

/** 10000 → "10k", 1000000 → "1M". */
function sizeLabel(size: number): string {
  return size >= 1e6 ? `${size / 1e6}M` : `${size / 1e3}k`;
}

/** The figures of the run, in the order of the issue. */
function figuresOf(r: Results): Figure[] {
  const out: Figure[] = [];
  if (r.seedNode) {
    out.push(figure('analysis_seed_node_ms', 'seed statement, Node (jsdom → analyzeDocument)', 'ms', r.seedNode.ms, {
      note: `warm, after ${r.seedNode.reps.warmup} warm-up runs; the first analysis in the process (cold) took ${formatNumber(r.seedNode.coldMs)} ms`,
    }));
  }
  const b = r.browser;
  if (b) {
    out.push(figure('analysis_seed_browser_ms', 'seed, Chromium: content-start → overlay-rendered', 'ms', b.seed.totalMs, {
      target: { op: '<=', value: 10 },
      note:
        `pre-check ${formatNumber(b.seed.precheckMs.median)} + loading the page session ${formatNumber(b.seed.loadSessionMs.median)} ` +
        `(message, inject, evaluate page-session.js: ${formatNumber(b.seed.pageSessionEvalMs.median)} ms of it, compile ${formatNumber(b.seed.pageSessionCompileMs.median)}) + ` +
        `analysis ${formatNumber(b.seed.analysisMs.median)} + overlay ${formatNumber(b.seed.renderMs.median)} ms`,
    }));
    out.push(figure('analysis_seed_browser_pure_ms', 'seed, Chromium: session-start → analysed', 'ms', b.seed.analysisMs, { target: { op: '<=', value: 10 } }));
    out.push(figure('longest_task_ms', 'seed, Chromium: longest main-thread task (trace)', 'ms', b.seed.longestTaskMs, {
      target: { op: '<=', value: 50, on: 'max' },
      note:
        `worst of ${b.seed.traced} traced loads ${formatNumber(b.seed.longestTaskMs.max)} ms. The Long Tasks API ('longtask' observer) reported ` +
        `${formatNumber(b.seed.longTaskApiMs.median)} ms (median; max ${formatNumber(b.seed.longTaskApiMs.max)} over ${b.seed.runs} loads): it misses tasks Chromium runs ` +
        `for an extension (its messages, injected scripts and what they start). Last traced load: ${taskText(b.seed.longestTask)}; ` +
        `the task the page session started in took ${formatNumber(b.seed.sessionTaskMs.median)} ms`,
    }));
  }
  if (r.scaling) {
    for (const p of r.scaling.points) {
      const size = sizeLabel(p.target);
      out.push(figure(`analysis_scaling_${size}_ms`, `${p.characters.toLocaleString('en')} chars, ${p.found.sections} sections (analyzeText)`, 'ms', p.ms, {
        ...(p.target === LARGE_PAGE_SIZE ? { target: { op: '<=' as const, value: 100 } } : {}),
        note: `${formatNumber(p.nsPerChar)} ns/char; ${p.found.clauses} clauses, ${p.found.references} references`,
      }));
    }
    const first = r.scaling.points[0]!;
    const last = r.scaling.points[r.scaling.points.length - 1]!;
    out.push(figure('analysis_scaling_ratio', `ns/char at ${sizeLabel(last.target)} ÷ at ${sizeLabel(first.target)}`, '×', r.scaling.perCharRatio, {
      note: `${r.scaling.linear ? 'linear' : 'NOT linear'}: ms ∝ chars^${r.scaling.exponent.toFixed(2)} (least squares over the sizes)`,
    }));
  }
  if (b) {
    out.push(figure('analysis_200k_browser_ms', `${b.large.characters.toLocaleString('en')} chars page, Chromium: session-start → analysed`, 'ms', b.large.analysisMs, {
      target: { op: '<=', value: 100 },
      note: `content-start → overlay-rendered ${formatNumber(b.large.totalMs.median)} ms; longest task: ${taskText(b.large.longestTask)}`,
    }));
    out.push(figure('idle_page_cost_ms', 'news page, Chromium: content-start → precheck-done', 'ms', b.idle.precheckMs, {
      target: { op: '<=', value: 2 },
      note: b.idle.sessionLoaded ? 'the page session was loaded on a page that is not a statement' : 'the page session was not loaded (as it should be)',
    }));
    out.push(figure('idle_content_script_eval_ms', 'news page: evaluating content.js (trace)', 'ms', b.idle.contentScriptEvalMs, {
      target: { op: '<=', value: 2 },
      note:
        `compile ${formatNumber(b.idle.contentScriptCompileMs.median)} ms; an empty content script costs ${b.idle.emptyContentScriptEvalMs ? formatNumber(b.idle.emptyContentScriptEvalMs.median) : '?'} ms; ` +
        `page script time (Performance.getMetrics ScriptDuration) ${formatNumber(b.idle.scriptDurationMs.with.median)} ms with the extension, ${formatNumber(b.idle.scriptDurationMs.without.median)} without; ` +
        `main-thread task time ${formatNumber(b.idle.taskDurationMs.with.median)} vs ${formatNumber(b.idle.taskDurationMs.without.median)} ms`,
    }));
  }
  if (r.anchor) {
    const a = r.anchor;
    const placed = (s: typeof a.exact) =>
      `Clausemark ${s.clausemark.correct} right, ${s.clausemark.wrong} wrong, ${s.clausemark.unplaced} orphans (${Object.entries(s.clausemark.by).map(([k, v]) => `${k} ${v}`).join(', ')}); ` +
      `Hypothesis ${s.hypothesis.correct} right, ${s.hypothesis.wrong} wrong, ${s.hypothesis.unplaced} not found`;
    out.push(figure('anchor_1000_ms', '1,000 highlights, same page (anchorAll)', 'ms', a.exact.ms, { target: { op: '<=', value: 50 }, note: placed(a.exact) }));
    out.push(figure('anchor_1000_baseline_ms', '… the Hypothesis way', 'ms', a.exact.baselineMs));
    out.push(figure('anchor_1000_speedup', '… baseline ÷ Clausemark', '×', a.exact.speedup, {
      target: { op: '>=', value: 5 },
      note: 'on an unchanged page both take the stored position and check the quote: Hypothesis does only that, Clausemark also checks the context',
    }));
    out.push(figure('anchor_1000_changed_ms', '1,000 highlights, edited page (anchorAll)', 'ms', a.changed.ms, {
      target: { op: '<=', value: 50 },
      note:
        `${a.changed.editedCharacters} characters changed (in ${a.changed.changedPassages} passages) and a sentence inserted at the start of ${a.changed.insertedAt} ` +
        `(${a.changed.straddlingInsertion} passages straddle it); ${placed(a.changed)}`,
    }));
    out.push(figure('anchor_1000_changed_baseline_ms', '… the Hypothesis way', 'ms', a.changed.baselineMs));
    out.push(figure('anchor_1000_changed_speedup', '… baseline ÷ Clausemark', '×', a.changed.speedup, { target: { op: '>=', value: 5 } }));
  }
  if (r.export) {
    out.push(figure('export_10k_ms', `Markdown export, ${r.export.annotations.toLocaleString('en')} annotations / ${r.export.documents} docs`, 'ms', r.export.ms, {
      target: { op: '<=', value: 300 },
      note: `${r.export.files} files, ${formatNumber(r.export.bytes / 2 ** 20)} MB of Markdown`,
    }));
  }
  if (r.sizes) {
    const s = r.sizes;
    out.push(figure('content_script_gz_kb', 'content-scripts/content.js, gzip -9', 'KB', s.contentScript.gzBytes / KB, {
      target: { op: '<=', value: 40 },
      note: `${formatNumber(s.contentScript.bytes / KB)} KB raw; KB = 1,024 bytes`,
    }));
    out.push(figure('page_session_gz_kb', 'page-session.js, gzip -9', 'KB', s.pageSession.gzBytes / KB, { note: `${formatNumber(s.pageSession.bytes / KB)} KB raw` }));
    out.push(figure('background_gz_kb', 'background.js with its chunks, gzip -9', 'KB', s.backgroundWithChunks.gzBytes / KB, {
      note: `background.js alone ${formatNumber(s.background.gzBytes / KB)} KB; with ${s.backgroundWithChunks.files.length - 1} chunks ${formatNumber(s.backgroundWithChunks.bytes / KB)} KB raw`,
    }));
  }
  if (b) {
    out.push(figure('content_script_heap_mb', 'statement page: JS heap with − without extension, after GC', 'MB', b.memory.deltaMb, {
      note:
        `${formatNumber(b.memory.withMb.median)} MB with, ${formatNumber(b.memory.withoutMb.median)} MB without (median of ${b.memory.runs}); ` +
        `before the GC, right after the overlay: +${formatNumber(b.memory.beforeGcDeltaMb)} MB`,
    }));
  }
  return out;
}

/** Newest modification time (ms) of the files under `paths` that go into the build. */
function newestSource(paths: readonly string[]): number {
  let newest = 0;
  const visit = (path: string): void => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) for (const entry of readdirSync(path)) visit(join(path, entry));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  paths.forEach((p) => visit(resolve(ROOT, p)));
  return newest;
}

/** Whether the build is there, and older than the sources it is made from. */
function buildState(): { dir: string; built: boolean; stale: boolean } {
  const manifest = join(EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifest)) return { dir: EXTENSION_DIR, built: false, stale: false };
  const sources = newestSource(['entrypoints', 'components', 'lib', 'messaging', 'storage', 'public', 'wxt.config.ts', 'package.json']);
  return { dir: EXTENSION_DIR, built: true, stale: sources > statSync(manifest).mtimeMs };
}

async function step<T>(name: string, problems: string[], work: () => Promise<T> | T): Promise<T | undefined> {
  const started = performance.now();
  process.stdout.write(`${name}…\n`);
  try {
    const result = await work();
    process.stdout.write(`  done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    return result;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    problems.push(`${name}: ${message}`);
    process.stdout.write(`  FAILED: ${message}\n`);
    return undefined;
  }
}

async function main(): Promise<void> {
  const args = new Set(process.argv.slice(2));
  const unknown = [...args].filter((a) => !['--quick', '--no-browser'].includes(a));
  if (unknown.length) {
    console.error(`Unknown option ${unknown.join(' ')}. Options: --quick, --no-browser.`);
    process.exitCode = 2;
    return;
  }
  const plan = args.has('--quick') ? QUICK : FULL;
  const started = performance.now();
  const problems: string[] = [];
  const results: Results = {};

  const build = buildState();
  let chromium: string | null = null;
  try {
    chromium = chromiumPath();
  } catch (error) {
    if (!args.has('--no-browser')) problems.push(`browser: ${(error as Error).message}`);
  }
  if (!build.built && !args.has('--no-browser')) problems.push(`browser and sizes: the extension is not built at ${build.dir}. Run \`npx wxt build\` first.`);
  if (build.stale) console.warn(`Warning: ${build.dir} is older than the sources; run \`npx wxt build\` for figures of the current code.`);
  const machine = describeMachine(chromium && chromiumVersion(chromium));

  // Node first (the seed figure's cold run must be the first analysis in the process), the
  // browser last, so that no Chromium is running while Node is timed.
  results.seedNode = await step('analysis of the seed statement in Node', problems, () => measureSeedNode(plan.seed));
  results.scaling = await step('analysis of 10k–1M character statements', problems, () => measureScaling());
  results.anchor = await step('re-anchoring 1,000 highlights', problems, () =>
    measureAnchoring({ reps: plan.anchor, baselineReps: plan.anchorBaseline, changedBaselineReps: plan.anchorChangedBaseline }),
  );
  results.export = await step('Markdown export of 10,000 annotations', problems, () => measureExport(plan.export));
  if (build.built) results.sizes = await step('bundle sizes', problems, () => measureSizes(build.dir));
  if (!args.has('--no-browser') && build.built && chromium) {
    results.browser = await step('Chromium with the extension', problems, async () => {
      try {
        return await measureBrowser(build.dir, plan.browser, (line) => process.stdout.write(`${line}\n`));
      } catch (error) {
        // Someone may have been rebuilding .output under the browser's feet: one more try.
        process.stdout.write(`  first attempt failed (${(error as Error).message}); trying once more\n`);
        await new Promise((done) => setTimeout(done, 3000));
        return measureBrowser(build.dir, plan.browser, (line) => process.stdout.write(`${line}\n`));
      }
    });
  }

  const figures = figuresOf(results);
  const seconds = (performance.now() - started) / 1000;
  writeFileSync(
    RESULTS,
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        machine: { ...machine, chromium: results.browser?.chromium ?? machine.chromium },
        build: { ...build, dir: build.dir.replace(`${ROOT}/`, '') },
        plan: args.has('--quick') ? 'quick' : 'full',
        repetitions: plan,
        spread: 'p10–p90 (linear interpolation), with min, max and IQR; the value is the median',
        durationSeconds: Math.round(seconds),
        figures,
        problems,
        details: results,
      },
      null,
      2,
    )}\n`,
  );

  console.log('');
  console.log(formatTable(figures));
  console.log('');
  console.log(
    `${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, Node ${machine.node}, ${results.browser ? `Chromium ${results.browser.chromium}` : 'no browser figures'}; ` +
      `load average ${machine.loadAverage.join(' ')} at the start. ${Math.round(seconds)} s.`,
  );
  const missed = figures.filter((f) => f.met === false).map((f) => f.name);
  console.log(missed.length ? `Targets missed: ${missed.join(', ')}.` : 'Every target is met.');
  console.log(`Written to ${RESULTS}.`);
  if (problems.length) {
    console.error(`\nNot measured:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    process.exitCode = 1;
  }
}

await main();
