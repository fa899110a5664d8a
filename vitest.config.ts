import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Unit tests only; Playwright specs (tests/e2e/*.spec.ts) run under `playwright test`.
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    // A focused test (.only) fails the run instead of silently narrowing it, in CI or not.
    allowOnly: false,
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
});
