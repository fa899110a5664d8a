/**
 * Helpers shared by the end-to-end specs: the overlay, highlighting, what the page paints, the
 * extension's database read through its service worker, the side panel, the content script's
 * marks. Functions named `…InPage` run in the page: pass them to `page.evaluate` (Playwright or
 * Puppeteer).
 */
import { expect, type BrowserContext, type Locator, type Page, type Worker } from '@playwright/test';
import { hoverUntilVisible, selectText } from '../../scripts/browser';

export { tabIdOf } from '../../scripts/browser';

/** Clausemark's overlay on a page (its UI lives in this element's shadow root). */
export const overlay = (page: Page): Locator => page.locator('clausemark-overlay');

/** Selects `text` and picks `colour` in the selection toolbar; waits until the toolbar has closed. */
export async function highlight(page: Page, text: string, colour = 'yellow'): Promise<void> {
  await selectText(page, text);
  const toolbar = overlay(page).getByTestId('cm-selection-toolbar');
  await expect(toolbar).toBeVisible();
  await toolbar.locator(`[data-colour="${colour}"]`).click();
  await expect(toolbar).toHaveCount(0);
}

/** Runs in the page: the text of each range the CSS highlight `name` paints. */
export function paintedInPage(name: string): string[] {
  const h = CSS.highlights.get(name);
  return h ? [...h].map((r) => (r as Range).toString()) : [];
}

/** The text the CSS highlight named clausemark-hl-<colour> paints on the page. */
export function painted(page: Page, colour = 'yellow'): Promise<string[]> {
  return page.evaluate(paintedInPage, `clausemark-hl-${colour}`);
}

type Store = 'annotations' | 'documents';
type StoreAction = 'getAll' | 'count' | 'clear';

/**
 * Runs `action` on one store of the extension's database, in its service worker. Fails (never
 * hangs) when the database is missing or a request fails; never creates the database.
 */
function inStore<T>(worker: Worker, store: Store, action: StoreAction): Promise<T> {
  return worker.evaluate(
    ({ store, action }) =>
      new Promise<T>((done, fail) => {
        const open = indexedDB.open('clausemark');
        // No database yet: opening would create an empty one; refuse instead.
        open.onupgradeneeded = () => open.transaction!.abort();
        open.onerror = () => fail(new Error(`the clausemark database could not be opened: ${open.error?.message ?? 'no database'}`));
        open.onsuccess = () => {
          const db = open.result;
          try {
            const tx = db.transaction(store, action === 'clear' ? 'readwrite' : 'readonly');
            const request = action === 'getAll' ? tx.objectStore(store).getAll() : action === 'count' ? tx.objectStore(store).count() : tx.objectStore(store).clear();
            tx.oncomplete = () => {
              db.close();
              done(request.result as T);
            };
            tx.onerror = () => {
              db.close();
              fail(tx.error ?? request.error);
            };
            tx.onabort = () => {
              db.close();
              fail(tx.error ?? new Error('the transaction was aborted'));
            };
          } catch (error) {
            db.close();
            fail(error);
          }
        };
      }),
    { store, action },
  );
}

/** An annotation as the database stores it (the fields the specs read). */
export interface StoredAnnotation {
  id: string;
  documentId: string;
  quote: string;
  created: string;
  body: { note: string; tags: string[]; colour: string };
}

/** Every record of the annotations store. */
export function storedAnnotations(worker: Worker): Promise<StoredAnnotation[]> {
  return inStore(worker, 'annotations', 'getAll');
}

/** The ids of the stored documents. */
export async function storedDocumentIds(worker: Worker): Promise<string[]> {
  return (await inStore<Array<{ id: string }>>(worker, 'documents', 'getAll')).map((d) => d.id);
}

/** How many records a store holds. */
export function storedCount(worker: Worker, store: Store): Promise<number> {
  return inStore(worker, store, 'count');
}

/** Empties a store. */
export function clearStore(worker: Worker, store: Store): Promise<void> {
  return inStore(worker, store, 'clear');
}

/** Opens the side panel's page in a tab of its own, narrow as a side panel, for tab `tabId` (or for none). */
export async function openPanel(context: BrowserContext, extensionId: string, tabId?: number): Promise<Page> {
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 420, height: 900 });
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html${tabId === undefined ? '' : `?tab=${tabId}`}`);
  return panel;
}

/** Hovers a reference's text on the page (again, until the overlay answers) and returns its card. */
export async function hoverReference(page: Page, name: RegExp): Promise<Locator> {
  const link = overlay(page).getByRole('link', { name });
  await expect(link).toHaveCount(1);
  const card = overlay(page).getByTestId('cm-card');
  // Away from any reference first: no card of another one is open.
  await page.mouse.move(5, 5);
  await expect(card).toHaveCount(0);
  await hoverUntilVisible(page, link, card);
  return card;
}

/** Where the heading paragraph of section `numeral` (一, 二 … 五 …) is, in the window. */
export function sectionHeadingRect(page: Page, numeral: string): Promise<{ x: number; y: number; width: number; height: number }> {
  return page.evaluate((n) => {
    const p = [...document.querySelectorAll('p')].find((el) => el.textContent?.trim() === n);
    if (!p) throw new Error(`no heading paragraph ${n} on the page`);
    const { x, y, width, height } = p.getBoundingClientRect();
    return { x, y, width, height };
  }, numeral);
}

/** Waits until the page has scrolled so that the paragraph holding `text` is wholly in view. */
export async function expectScrolledTo(page: Page, text: string): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate((needle) => {
        const p = [...document.querySelectorAll('p')].find((el) => el.textContent?.includes(needle));
        if (!p) throw new Error(`not on the page: ${needle}`);
        const r = p.getBoundingClientRect();
        return window.scrollY > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
      }, text),
    )
    .toBe(true);
}

/** How many times the content script or page session made mark `clausemark:<name>` on the page. */
export function markCount(page: Page, name: string): Promise<number> {
  return page.evaluate((n) => performance.getEntriesByName(n).length, `clausemark:${name}`);
}

/** Waits for the content script's pre-check (the mark it makes once it has decided); fails when it never comes. */
export async function waitForPrecheck(page: Page, timeout = 15_000): Promise<void> {
  try {
    await page.waitForFunction(() => performance.getEntriesByName('clausemark:precheck-done').length > 0, undefined, { timeout });
  } catch (error) {
    throw new Error(`no clausemark:precheck-done mark on ${page.url()} within ${timeout / 1000} s: the content script did not run (${String(error).split('\n')[0]})`);
  }
}

/**
 * How long a page session takes to start once the content script asks for one: the content
 * script → background → injected script round trip is about 50 ms (bench: precheck-done →
 * session-start); ten times that.
 */
const SESSION_START_MS = 500;

/**
 * The content script ran on the page, decided it is no diplomatic text, and started nothing:
 * no page session, no overlay. The content script gives no signal for "decided not to load";
 * after its pre-check mark, the time a session would take to start is waited for.
 */
export async function expectNothingShown(page: Page): Promise<void> {
  await waitForPrecheck(page);
  await page.waitForTimeout(SESSION_START_MS);
  expect(await markCount(page, 'session-start')).toBe(0);
  await expect(overlay(page)).toHaveCount(0);
}
