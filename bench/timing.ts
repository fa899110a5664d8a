/**
 * Timing in Node: warm-up runs, then timed runs, each after a turn of the event loop and a full
 * garbage collection, so that one run does not pay for the garbage of the one before it (the
 * run's own collections still count). Inputs are prepared outside the timed part.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { summarize, type Summary } from './stats';

// `npm run bench` is `tsx bench/run.ts`, with no room for --expose-gc: turn the flag on now
// and fetch `gc` from a fresh context, where V8 installs it.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as (() => void) | undefined;

/** Runs a full garbage collection (a no-op if the runtime refuses to expose one). */
export function collectGarbage(): void {
  collect?.();
}

/**
 * Lets the event loop run, then collects garbage. jsdom releases a window only after its timers
 * and weak references have had a turn of the event loop: without this, 30 parsed pages keep
 * 70 MB alive and slow every later measurement.
 */
export async function settle(): Promise<void> {
  await new Promise((done) => setTimeout(done, 0));
  collectGarbage();
}

/** How many times to run. */
export interface Repetitions {
  warmup: number;
  runs: number;
}

/** One timed run: wall-clock milliseconds, and the process's CPU milliseconds over the same span. */
export interface Timing {
  ms: number;
  /**
   * User + system CPU time of the whole process over the run. V8's GC and compiler threads work
   * beside the main thread, so this can exceed the wall time; kept in results.json to tell, on a
   * busy machine, a run that waited for the CPU (wall ≫ CPU) from one that worked more.
   */
  cpuMs: number;
}

/** Times `work`, after `settle()`; `prepare` runs before that, untimed. */
export async function timeOnce<T>(prepare: () => T, work: (input: T) => unknown): Promise<Timing> {
  const input = prepare();
  await settle();
  const cpu = process.cpuUsage();
  const start = performance.now();
  work(input);
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000 };
}

/** Repeated timings: the wall-clock summary, its samples, and the CPU-time summary. */
export type Timings = Summary & { samples: number[]; cpu: Summary };

/**
 * Runs `work` `warmup` times untimed, then `runs` times timed (see `timeOnce`), and returns the
 * wall-clock timings' summary with the raw timings, and the summary of their CPU times.
 */
export async function repeat<T>(reps: Repetitions, prepare: () => T, work: (input: T) => unknown): Promise<Timings> {
  for (let i = 0; i < reps.warmup; i++) {
    work(prepare());
    await settle();
  }
  const runs: Timing[] = [];
  for (let i = 0; i < reps.runs; i++) runs.push(await timeOnce(prepare, work));
  const samples = runs.map((r) => r.ms);
  return { ...summarize(samples), samples, cpu: summarize(runs.map((r) => r.cpuMs)) };
}
