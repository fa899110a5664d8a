import { defineConfig } from '@playwright/test';

// End-to-end tests drive the built extension (.output/chrome-mv3) in a real Chromium.
// `npm run test:e2e` builds first; see scripts/browser.ts for how Chromium is found.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  // The slow stress tests run with `npm run test:stress` (STRESS=1), which CI runs too.
  testIgnore: process.env.STRESS ? [] : ['**/stress/**'],
  fullyParallel: false,
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  forbidOnly: true,
});
