/**
 * An update of the extension keeps everything: install a build, add data, install the next
 * build over it (same place, higher version, same profile), and find the data again; a document
 * an earlier analysis filed under another fingerprint is carried over, its highlight with it.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Worker } from '@playwright/test';
import { EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from '../../scripts/browser';
import { startFixtureServer } from '../../scripts/fixture-server';
import { PAGES_DIR } from './fixtures';
import { highlight, overlay, painted, storedAnnotations, storedDocumentIds } from './helpers';

/** Puts a build at `dir` with the given version, as an update would. */
async function install(dir: string, version: string): Promise<void> {
  await cp(EXTENSION_DIR, dir, { recursive: true, force: true });
  const path = join(dir, 'manifest.json');
  const manifest = JSON.parse(await readFile(path, 'utf8'));
  await writeFile(path, JSON.stringify({ ...manifest, version }));
}

const OLD_ID = '0123456789abcdef';

/** The ids of the stored documents, and the document id of each annotation. */
async function storedIds(worker: Worker): Promise<{ documents: string[]; annotations: string[] }> {
  return { documents: await storedDocumentIds(worker), annotations: (await storedAnnotations(worker)).map((a) => a.documentId) };
}

/**
 * Runs in the service worker: files the statement seen at `url` under `oldId`, without the
 * analysis version, as an earlier release would have, and returns the id it had.
 */
function rewriteAsOlderAnalysis({ url, oldId }: { url: string; oldId: string }): Promise<string> {
  return new Promise((done, fail) => {
    const open = indexedDB.open('clausemark');
    open.onerror = () => fail(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['documents', 'annotations'], 'readwrite');
      const documents = tx.objectStore('documents');
      const annotations = tx.objectStore('annotations');
      let current = '';
      documents.getAll().onsuccess = (event) => {
        const all = (event.target as IDBRequest<Array<Record<string, unknown> & { id: string; urls: string[] }>>).result;
        const statement = all.find((d) => d.urls.includes(url))!;
        current = statement.id;
        const { analysis: _analysis, ...older } = statement;
        documents.delete(current);
        documents.put({ ...older, id: oldId });
        annotations.getAll().onsuccess = (e) => {
          for (const a of (e.target as IDBRequest<Array<{ documentId: string; target: { source: string } }>>).result) {
            if (a.documentId === current) annotations.put({ ...a, documentId: oldId, target: { ...a.target, source: oldId } });
          }
        };
      };
      tx.oncomplete = () => (db.close(), done(current));
      tx.onerror = () => (db.close(), fail(tx.error));
    };
  });
}

base('highlights, notes and the library survive an update of the extension', async () => {
  const site = await startFixtureServer(PAGES_DIR);
  const work = await mkdtemp(join(tmpdir(), 'clausemark-upgrade-'));
  const profile = join(work, 'profile');
  const dir = join(work, 'build');
  const statement = `${site.url}/xinhua-joint-statement-2021.html`;
  let browser: ExtensionBrowser | undefined;
  try {
    await install(dir, '0.1.0');
    browser = await launchWithExtension({ extensionDir: dir, userDataDir: profile });
    let page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(`${site.url}/treaty-cn-ru-2001-mfa.html`);
    await expect(overlay(page).getByTestId('cm-badge-kind')).toContainText('Treaty');
    await page.goto(statement);
    await expect(overlay(page).getByTestId('cm-section-marker')).toHaveCount(8);
    await highlight(page, '加强科技创新领域合作', 'purple');
    await expect(overlay(page).getByTestId('cm-highlight')).toHaveCount(1);
    const id = browser.extensionId;
    // What an earlier analysis stored: the statement under a fingerprint computed otherwise, made
    // before documents carried the version of the analysis, with the highlight filed under it.
    await expect.poll(() => storedIds(browser!.serviceWorker)).toEqual({ documents: expect.arrayContaining([expect.any(String)]), annotations: [expect.any(String)] });
    const current = await browser.serviceWorker.evaluate(rewriteAsOlderAnalysis, { url: statement, oldId: OLD_ID });
    expect(current).toMatch(/^[0-9a-f]{16,64}$/);
    expect(await storedIds(browser.serviceWorker)).toMatchObject({ annotations: [OLD_ID] });
    await browser.context.close();
    browser = undefined;

    await install(dir, '0.1.1');
    browser = await launchWithExtension({ extensionDir: dir, userDataDir: profile });
    expect(browser.extensionId).toBe(id);
    expect(await browser.serviceWorker.evaluate(() => chrome.runtime.getManifest().version)).toBe('0.1.1');
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(statement);
    await expect.poll(() => painted(page, 'purple')).toEqual(['加强科技创新领域合作']);
    // The library too: the card shows Article 25's text.
    await overlay(page).getByRole('link', { name: /^条约第二十五条/ }).focus();
    await expect(overlay(page).getByTestId('cm-card')).toContainText('本条约');
    // The older record was carried over to the new fingerprint: one statement, its highlight with it.
    await expect.poll(() => storedIds(browser!.serviceWorker)).toEqual({ documents: expect.arrayContaining([current]), annotations: [current] });
    expect((await storedIds(browser.serviceWorker)).documents).not.toContain(OLD_ID);
  } finally {
    await browser?.context.close();
    await site.close();
    await rm(work, { recursive: true, force: true, maxRetries: 5 });
  }
});
