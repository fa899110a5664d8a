// Code evaluated inside the extension's service worker (demo, benchmarks) sees Chrome's `chrome` global.
import type { Browser } from 'wxt/browser';

declare global {
  const chrome: Browser;
}
