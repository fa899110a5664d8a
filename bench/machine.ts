/**
 * What the figures were measured on: the machine, the runtimes, how busy the machine was and
 * which commit was built.
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { ROOT } from './corpus';

/** The machine and runtimes a run was measured on. */
export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  os: string;
  node: string;
  /** Chromium's version as it reports it, or null when there is none. */
  chromium: string | null;
  /** The 1-, 5- and 15-minute load averages when the run started: on a busy machine the spread widens. */
  loadAverage: number[];
  /** HEAD and whether the working tree had uncommitted changes. */
  commit: string | null;
  dirty: boolean | null;
}

/** Chromium's `--version` output (without the Debian wrapper's chatter), or null. */
export function chromiumVersion(path: string): string | null {
  try {
    const out = execFileSync(path, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 20_000 });
    return out.trim().split('\n').pop()?.trim() || null;
  } catch {
    return null;
  }
}

function git(args: string[]): string | null {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

/** Describes this machine. */
export function describeMachine(chromium: string | null): Machine {
  const status = git(['status', '--porcelain', '--untracked-files=no']);
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGb: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${platform()} ${release()}`,
    node: process.version,
    chromium,
    loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
    commit: git(['rev-parse', 'HEAD']),
    dirty: status === null ? null : status.length > 0,
  };
}
