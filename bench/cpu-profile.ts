/**
 * Reading V8 CPU profiles (the .cpuprofile of `node --cpu-prof`, or CDP Profiler.stop): where the
 * time went, by function, as self time and as time including callees, and the call tree under
 * one function. What bench/profile.ts prints.
 */

/** The parts of a V8 CPU profile that are read here. */
export interface CpuProfile {
  nodes: Array<{
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber?: number };
    children?: number[];
  }>;
  samples: number[];
  /** Microseconds between samples; timeDeltas[i] precedes samples[i]. */
  timeDeltas: number[];
}

/** Time spent in one function (ms): in itself, and including what it called. */
export interface FunctionTime {
  /** "name file:line" (line 1-based, file without its directory). */
  key: string;
  selfMs: number;
  totalMs: number;
}

/** A node of the aggregated call tree. */
export interface CallTree {
  key: string;
  totalMs: number;
  children: CallTree[];
}

function keyOf(frame: CpuProfile['nodes'][number]['callFrame']): string {
  const file = frame.url.split(/[\\/]/).pop() ?? '';
  return `${frame.functionName || '(anonymous)'} ${file ? `${file}:${frame.lineNumber + 1}` : '(native)'}`;
}

/** Self time per profile node (ms): each sample is charged the time until the next one. */
function selfTimes(profile: CpuProfile): Map<number, number> {
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i + 1] ?? 0;
    self.set(id, (self.get(id) ?? 0) + dt / 1000);
  });
  return self;
}

/**
 * Self and total time per function, summed over the profiles, highest total first. A recursive
 * function's total counts each sample once.
 */
export function functionTimes(profiles: readonly CpuProfile[]): FunctionTime[] {
  const times = new Map<string, FunctionTime>();
  for (const profile of profiles) {
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    for (const [id, ms] of selfTimes(profile)) {
      const own = keyOf(nodes.get(id)!.callFrame);
      const entry = times.get(own) ?? { key: own, selfMs: 0, totalMs: 0 };
      entry.selfMs += ms;
      times.set(own, entry);
      const seen = new Set<string>();
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const key = keyOf(nodes.get(at)!.callFrame);
        if (seen.has(key)) continue;
        seen.add(key);
        const e = times.get(key) ?? { key, selfMs: 0, totalMs: 0 };
        e.totalMs += ms;
        times.set(key, e);
      }
    }
  }
  return [...times.values()].sort((a, b) => b.totalMs - a.totalMs);
}

/**
 * The call tree under every call of the function named `name` (outermost calls only), merged by
 * function and averaged over the profiles, to `depth` levels.
 */
export function callTree(profiles: readonly CpuProfile[], name: string, depth: number): CallTree[] {
  const roots = new Map<string, CallTree>();
  const merge = (into: Map<string, CallTree>, key: string, ms: number): CallTree => {
    let t = into.get(key);
    if (!t) into.set(key, (t = { key, totalMs: 0, children: [] }));
    t.totalMs += ms / profiles.length;
    return t;
  };
  const childMaps = new WeakMap<CallTree, Map<string, CallTree>>();
  for (const profile of profiles) {
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    const self = selfTimes(profile);
    const totals = new Map<number, number>();
    const total = (id: number): number => {
      let t = totals.get(id);
      if (t === undefined) {
        t = (self.get(id) ?? 0) + (nodes.get(id)!.children ?? []).reduce((n, c) => n + total(c), 0);
        totals.set(id, t);
      }
      return t;
    };
    const add = (into: Map<string, CallTree>, id: number, level: number): void => {
      const node = nodes.get(id)!;
      const tree = merge(into, keyOf(node.callFrame), total(id));
      if (level >= depth) return;
      let kids = childMaps.get(tree);
      if (!kids) childMaps.set(tree, (kids = new Map()));
      for (const c of node.children ?? []) add(kids, c, level + 1);
      tree.children = [...kids.values()];
    };
    const visit = (id: number): void => {
      const node = nodes.get(id)!;
      if (node.callFrame.functionName === name) add(roots, id, 0);
      else for (const c of node.children ?? []) visit(c);
    };
    if (profile.nodes[0]) visit(profile.nodes[0].id);
  }
  const sort = (trees: CallTree[]): CallTree[] => trees.sort((a, b) => b.totalMs - a.totalMs).map((t) => ({ ...t, children: sort(t.children) }));
  return sort([...roots.values()]);
}

/** The call tree as indented lines, times divided by `divisor`, leaving out branches under `minMs` (undivided). */
export function formatCallTree(trees: readonly CallTree[], minMs: number, indent = '', divisor = 1): string[] {
  return trees
    .filter((t) => t.totalMs >= minMs)
    .flatMap((t) => [`${indent}${(t.totalMs / divisor).toFixed(1).padStart(7)} ms  ${t.key}`, ...formatCallTree(t.children, minMs, `${indent}  `, divisor)]);
}
