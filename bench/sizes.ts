/**
 * Bundle sizes of the built extension (.output/chrome-mv3), gzipped at zlib level 9: the
 * content script every matching page loads, the page session only statement pages load, and
 * the background service worker with the chunks it imports.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One bundle: its files, raw and gzipped sizes in bytes. */
export interface BundleSize {
  files: string[];
  bytes: number;
  gzBytes: number;
}

/** The sizes of the three bundles that matter. */
export interface SizesResult {
  contentScript: BundleSize;
  pageSession: BundleSize;
  /** background.js alone. */
  background: BundleSize;
  /** background.js and every chunk it imports, directly or not (what the service worker loads). */
  backgroundWithChunks: BundleSize;
}

/** The files an ES module loads: itself and every relative static import, transitively. */
export function moduleClosure(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:\bimport|\bexport)\s*(?:[\w*{}\s,$]+\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
      visit(resolve(dirname(file), m[1]!));
    }
  };
  visit(entry);
  return [...seen];
}

function bundle(dir: string, files: readonly string[]): BundleSize {
  const missing = files.find((f) => !existsSync(f));
  if (missing) throw new Error(`${relative(dir, missing)} is not in ${dir}: is the extension built (npx wxt build)?`);
  // One gzip stream over the concatenation would flatter a bundle of several files: each file is
  // fetched and stored on its own, so each is compressed on its own.
  let bytes = 0;
  let gzBytes = 0;
  for (const f of files) {
    const data = readFileSync(f);
    bytes += data.length;
    gzBytes += gzipSync(data, { level: 9 }).length;
  }
  return { files: files.map((f) => relative(dir, f)), bytes, gzBytes };
}

/** Measures the bundles in `dir` (the Chrome build). */
export function measureSizes(dir: string): SizesResult {
  const background = join(dir, 'background.js');
  return {
    contentScript: bundle(dir, [join(dir, 'content-scripts', 'content.js')]),
    pageSession: bundle(dir, [join(dir, 'page-session.js')]),
    background: bundle(dir, [background]),
    backgroundWithChunks: bundle(dir, existsSync(background) ? moduleClosure(background) : [background]),
  };
}
