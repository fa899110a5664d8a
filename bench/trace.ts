/**
 * Chromium traces through the DevTools protocol, and what the benchmarks read from them: the
 * tasks of the page's main thread, the evaluation of the extension's scripts, the user-timing
 * marks. A trace sees every task; the Long Tasks API does not (see browser.ts).
 */
import type { CDPSession } from '@playwright/test';

/** One trace event as Chromium writes it (times in microseconds). */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { data?: Record<string, unknown>; name?: string };
}

const CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8', 'v8.execute'];

/** Starts tracing the session's target. */
export async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReturnAsStream' });
}

/** Stops tracing and returns the events. */
export async function stopTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const complete = new Promise<{ stream?: string }>((done) => cdp.once('Tracing.tracingComplete', done));
  await cdp.send('Tracing.end');
  const { stream } = await complete;
  if (!stream) throw new Error('the trace came back without a stream');
  const chunks: string[] = [];
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream });
    chunks.push(chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data);
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(chunks.join('')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
}

/** A page's main thread in a trace, found by the thread a user-timing mark was made on. */
export interface MainThread {
  pid: number;
  tid: number;
}

/** The thread that made user-timing mark `mark`, or null when the trace has no such mark. */
export function threadOfMark(events: readonly TraceEvent[], mark: string): MainThread | null {
  const e = events.find((x) => x.name === mark && x.cat.includes('blink.user_timing'));
  return e ? { pid: e.pid, tid: e.tid } : null;
}

/** The time (µs, trace clock) of user-timing mark `mark`, or null. */
export function markTime(events: readonly TraceEvent[], mark: string): number | null {
  return events.find((x) => x.name === mark && x.cat.includes('blink.user_timing'))?.ts ?? null;
}

/** A task on the main thread: [start, end) in µs on the trace clock. */
export interface Task {
  start: number;
  end: number;
  /** Milliseconds. */
  ms: number;
}

/** The main thread's top-level tasks (RunTask), in order. */
export function tasksOf(events: readonly TraceEvent[], thread: MainThread): Task[] {
  return events
    .filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.pid === thread.pid && e.tid === thread.tid && e.dur !== undefined)
    .map((e) => ({ start: e.ts, end: e.ts + e.dur!, ms: e.dur! / 1000 }))
    .sort((a, b) => a.start - b.start);
}

/** The longest task overlapping [from, to) (µs), or null when none does. */
export function longestTask(tasks: readonly Task[], from: number, to: number): Task | null {
  let longest: Task | null = null;
  for (const t of tasks) if (t.end > from && t.start < to && (!longest || t.ms > longest.ms)) longest = t;
  return longest;
}

/** The task running at `time` (µs), or null. */
export function taskAt(tasks: readonly Task[], time: number): Task | null {
  return tasks.find((t) => t.start <= time && time < t.end) ?? null;
}

/** Evaluation of one script: compile and run (EvaluateScript), and the compile part (v8.compile), in ms. */
export interface ScriptEvaluation {
  evaluateMs: number;
  compileMs: number;
}

/**
 * How long the main thread spent evaluating the script whose URL ends with `file` (summed, in
 * case it was injected twice), or null when the trace shows no evaluation of it.
 */
export function scriptEvaluation(events: readonly TraceEvent[], thread: MainThread, file: string): ScriptEvaluation | null {
  const on = (e: TraceEvent) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && typeof e.args?.data?.url === 'string' && (e.args.data.url as string).endsWith(file);
  const evaluations = events.filter((e) => e.name === 'EvaluateScript' && on(e));
  if (evaluations.length === 0) return null;
  const compiles = events.filter((e) => e.name === 'v8.compile' && on(e));
  const ms = (list: TraceEvent[]) => list.reduce((n, e) => n + (e.dur ?? 0), 0) / 1000;
  return { evaluateMs: ms(evaluations), compileMs: ms(compiles) };
}

/** What a task did, in a few words: the marks made in it and its longest inner events. */
export interface TaskContents {
  ms: number;
  /** User-timing marks made during the task (without the "clausemark:" prefix). */
  marks: string[];
  /** Its longest inner events, longest first: "Layout 12.3", "FunctionCall page-session.js 40.1". */
  events: string[];
}

const WRAPPERS = new Set(['RunTask', 'ThreadControllerImpl::RunTask', 'Receive mojo message', 'SimpleWatcher::OnHandleReady', 'BlinkScheduler_PerformMicrotaskCheckpoint']);

/** Describes `task` (see `TaskContents`). */
export function describeTask(events: readonly TraceEvent[], thread: MainThread, task: Task): TaskContents {
  const inside = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ts >= task.start && e.ts < task.end);
  const marks = inside.filter((e) => e.cat.includes('blink.user_timing')).map((e) => e.name.replace(/^clausemark:/, ''));
  const named = (e: TraceEvent) => {
    const data = e.args?.data ?? {};
    const url = typeof data.url === 'string' ? data.url.split('/').pop() : '';
    const fn = typeof data.functionName === 'string' && data.functionName ? ` ${data.functionName}()` : '';
    return `${e.name}${url ? ` ${url}` : ''}${fn} ${((e.dur ?? 0) / 1000).toFixed(1)}`;
  };
  const inner = inside
    .filter((e) => e.ph === 'X' && !WRAPPERS.has(e.name) && !e.name.startsWith('V8.GC') && (e.dur ?? 0) >= 1000)
    .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
    .slice(0, 5)
    .map(named);
  return { ms: task.ms, marks, events: inner };
}
