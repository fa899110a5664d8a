import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { AUTO_SITES } from './lib/sites';

/** Scripts from the extension only; no plugins, no base URL, no framing, no network. */
const EXTENSION_PAGES_CSP = "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'; connect-src 'self'";

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Explicit imports everywhere: a reader sees where `browser` or `defineContentScript` comes from.
  imports: false,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser, manifestVersion, command }) => ({
    name: 'Clausemark',
    description:
      'Structure, cross-references and notes for diplomatic texts (joint statements, treaties, resolutions) in Chinese, Russian and English.',
    permissions: [
      'storage',
      'unlimitedStorage',
      'activeTab',
      'scripting',
      'contextMenus',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    // The sites the content script runs on by itself: the background may see their tabs' URLs.
    host_permissions: [...AUTO_SITES],
    action: { default_title: 'Clausemark' },
    commands: {
      'analyse-page': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Analyse this page',
      },
      'highlight-selection': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Highlight the selected passage',
      },
      'note-selection': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: 'Add a note to the selected passage',
      },
    },
    // Sites the user turns Clausemark on for from the options page, asked for at that moment.
    ...(browser === 'firefox'
      ? { optional_permissions: ['*://*/*'] }
      : { optional_host_permissions: ['https://*/*', 'http://*/*'] }),
    // Extension pages run only the extension's own scripts and reach nothing on the network
    // (the dev server needs more, so only builds are this strict).
    ...(command === 'build'
      ? manifestVersion === 3
        ? { content_security_policy: { extension_pages: EXTENSION_PAGES_CSP } }
        : { content_security_policy: EXTENSION_PAGES_CSP }
      : {}),
    browser_specific_settings: {
      gecko: {
        id: 'clausemark@clausemark.app',
        // data_collection_permissions (below) needs Firefox 140, and 142 on Android.
        strict_min_version: '140.0',
        // Clausemark keeps everything in the browser and sends nothing anywhere.
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  }),
});
