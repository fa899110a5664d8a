/**
 * Playwright fixtures: a fresh Chromium profile with the built extension for each test, and
 * the fixture pages served on 127.0.0.1 for the whole run.
 */
import { resolve } from 'node:path';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/browser';
import { startFixtureServer, type FixtureServer } from '../../scripts/fixture-server';

export const PAGES_DIR = resolve(import.meta.dirname, '..', 'fixtures', 'pages');

interface Fixtures {
  extension: ExtensionBrowser;
  context: BrowserContext;
  extensionId: string;
  page: Page;
}

interface WorkerFixtures {
  server: FixtureServer;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  server: [
    async ({}, use) => {
      const server = await startFixtureServer(PAGES_DIR);
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  extension: async ({}, use) => {
    const extension = await launchWithExtension();
    await use(extension);
    await extension.context.close();
  },
  context: async ({ extension }, use) => use(extension.context),
  extensionId: async ({ extension }, use) => use(extension.extensionId),
  page: async ({ context }, use) => use(context.pages()[0] ?? (await context.newPage())),
});

export { expect };
