// Code evaluated inside extension pages and the service worker sees Chrome's `chrome` global.
import type { Browser } from 'wxt/browser';

declare global {
  const chrome: Browser;
}
