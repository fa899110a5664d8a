import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumPath } from '../../scripts/browser';
import { test, expect } from './fixtures';
import { expectNothingShown, expectScrolledTo, hoverReference, markCount, overlay, sectionHeadingRect } from './helpers';

const SECTIONS = ['§一', '§二', '§三', '§四', '§五', '§六', '§七', '§八'];
const PAGES = ['xinhua-joint-statement-2021.html', 'mfa-joint-statement-2021.html'];

/** The paragraph that holds a piece of text, in the page's own DOM. */
async function paragraphRect(page: Page, text: string) {
  return page.evaluate((needle) => {
    const p = [...document.querySelectorAll('p')].find((el) => el.textContent?.includes(needle));
    const r = p!.getBoundingClientRect();
    return { x: r.x, y: r.y + window.scrollY, width: r.width, height: r.height };
  }, text);
}

for (const name of PAGES) {
  test(`${name}: eight section markers with their labels, one badge`, async ({ page, server }) => {
    await page.goto(`${server.url}/${name}`);
    const markers = overlay(page).getByTestId('cm-section-marker');
    await expect(markers).toHaveCount(8);
    await expect(markers).toHaveText(SECTIONS);
    await expect(overlay(page).getByTestId('cm-badge-kind')).toHaveText('Joint statement · June 28, 2021');
    await expect(overlay(page).getByTestId('cm-badge-counts')).toHaveText('8 sections · 32 references · 0 annotations');
    // Each section marker sits beside its section's heading, in the margin left of the text.
    const marker = await markers.nth(4).boundingBox();
    const heading = await sectionHeadingRect(page, '五');
    expect(marker!.x + marker!.width).toBeLessThanOrEqual(heading.x);
    expect(Math.abs(marker!.y + marker!.height / 2 - (heading.y + heading.height / 2))).toBeLessThan(heading.height);
  });
}

test('the outline jumps to section 五 and follows the scroll', async ({ page, server }) => {
  await page.goto(`${server.url}/xinhua-joint-statement-2021.html`);
  await overlay(page).getByRole('button', { name: 'Show outline' }).click();
  const outline = overlay(page).getByTestId('cm-outline');
  await expect(outline.getByRole('button')).toHaveCount(8);
  await outline.getByRole('button', { name: /§五/ }).click();
  // The page scrolls so that section 五 is at the top of the window.
  await expect.poll(async () => (await sectionHeadingRect(page, '五')).y, { timeout: 5000 }).toBeLessThan(120);
  await expect(outline.getByRole('button', { name: /§五/ })).toHaveAttribute('aria-current', 'location');
});

test('the link on 条约第二十五条 opens a card naming the 2001 Treaty and Article 25, by mouse and by keyboard', async ({ page, server }) => {
  await page.goto(`${server.url}/xinhua-joint-statement-2021.html`);
  const link = overlay(page).getByRole('link', { name: /^条约第二十五条/ });
  await expect(link).toHaveCount(1);
  await expect(link).toHaveAttribute('aria-label', '条约第二十五条: 中华人民共和国和俄罗斯联邦睦邻友好合作条约, Article 25');

  // Hover the reference's text on the page (the link itself takes no pointer events).
  const card = await hoverReference(page, /^条约第二十五条/);
  await expect(card).toContainText('中华人民共和国和俄罗斯联邦睦邻友好合作条约');
  await expect(card).toContainText('Article 25');
  await expect(card).toContainText('not in your library yet');
  await expect(card.getByRole('link', { name: 'Open the public copy' })).toHaveAttribute('href', /^https:\/\/zh\.wikisource\.org\/wiki\/.+#:~:text=%E7%AC%AC%E4%BA%8C%E5%8D%81%E4%BA%94%E6%9D%A1$/);
  await page.mouse.move(5, 5);
  await expect(card).toHaveCount(0);

  // Keyboard: focus reaches the link, the card opens, Escape closes it and keeps focus.
  await link.focus();
  await expect(card).toBeVisible();
  await expect(link).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  await expect(link).toBeFocused();
});

test('copying a paragraph that contains references gives the page\'s original text', async ({ page, server, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await page.goto(`${server.url}/xinhua-joint-statement-2021.html`);
  await expect(overlay(page).getByTestId('cm-ref').first()).toBeAttached();
  const original = await page.evaluate(() => {
    const p = [...document.querySelectorAll('p')].find((el) => el.textContent?.includes('根据条约第二十五条'))!;
    const range = document.createRange();
    range.selectNodeContents(p);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    return p.textContent;
  });
  await page.keyboard.press('Control+C');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.trim()).toBe(original!.trim());
  expect(copied).toContain('并同意根据条约第二十五条对其予以延期。');
});

test('a clause marker copies a link that leads back to that clause', async ({ page, server, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await page.goto(`${server.url}/xinhua-joint-statement-2021.html`);
  await overlay(page).locator('[data-testid="cm-clause-marker"][data-eid="sec_8__para_28"]').click();
  await overlay(page).getByRole('menuitem', { name: 'Copy link to this passage' }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('#:~:text=');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  // A long clause is written `start,end`, each term ending and starting on a word boundary.
  const terms = /^http:\/\/127\.0\.0\.1:\d+\/xinhua-joint-statement-2021\.html#:~:text=([^,#&]+),([^,#&]+)$/.exec(link);
  expect(terms, link).not.toBeNull();
  expect(decodeURIComponent(terms![1]!)).toMatch(/^双方将继续深化合作，加强上海合作组织/);
  expect(decodeURIComponent(terms![2]!)).toMatch(/合作、可持续的安全和稳定的经济发展。$/);

  const reader = await context.newPage();
  await reader.goto(link);
  await expectScrolledTo(reader, '加强上海合作组织、金砖国家');
});

test('the page\'s layout is unchanged with the overlay on', async ({ page, server }) => {
  const url = `${server.url}/xinhua-joint-statement-2021.html`;
  const probes = ['中华人民共和国和俄罗斯联邦（以下称', '根据条约第二十五条', '为此，双方商定落实以下任务', '双方将恪守条约精神'];
  // Without the extension: a plain Chromium.
  let plain: Browser | undefined;
  let before: Awaited<ReturnType<typeof paragraphRect>>[];
  try {
    plain = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
    const plainPage = await plain.newPage({ viewport: { width: 1280, height: 900 } });
    await plainPage.goto(url);
    before = await Promise.all(probes.map((p) => paragraphRect(plainPage, p)));
  } finally {
    await plain?.close();
  }

  await page.goto(url);
  await expect(overlay(page).getByTestId('cm-section-marker')).toHaveCount(8);
  const after = await Promise.all(probes.map((p) => paragraphRect(page, p)));
  expect(after).toEqual(before);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(1280);
});

for (const [width, fits] of [[1060, 'slim tabs in the margin'], [420, 'out of sight until focused']] as const) {
  test(`at ${width}px the markers are ${fits}, never over the text`, async ({ page, server }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`${server.url}/xinhua-joint-statement-2021.html`);
    const markers = overlay(page).getByTestId('cm-section-marker');
    await expect(markers).toHaveCount(8);
    const text = await paragraphRect(page, '中华人民共和国和俄罗斯联邦（以下称');
    for (const marker of await markers.all()) {
      const box = (await marker.boundingBox())!;
      const takesPointer = await marker.evaluate((el) => getComputedStyle(el).pointerEvents !== 'none');
      // Either left of the text column, or a 1px clipped box that takes no pointer events.
      expect(box.x + box.width <= text.x + 0.5 || (!takesPointer && box.width <= 1)).toBe(true);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    // Keyboard focus reveals a hidden marker with its label.
    await markers.nth(4).focus();
    await expect(markers.nth(4)).toHaveText('§五');
    expect((await markers.nth(4).boundingBox())!.width).toBeGreaterThan(5);
  });
}

test('content inserted later is analysed once, without a second overlay', async ({ page, server }) => {
  await page.goto(`${server.url}/xinhua-sports-news.html`);
  await expectNothingShown(page);
  // A single-page site swaps in a statement.
  await page.evaluate(async () => {
    const response = await fetch('/xinhua-joint-statement-2021.html');
    const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
    document.title = doc.title;
    document.querySelector('.head-line h1')!.replaceWith(doc.querySelector('.head-line h1')!);
    document.querySelector('#detail')!.replaceWith(doc.querySelector('#detail')!);
  });
  // The content script saw the change and loaded the page session once.
  await expect(overlay(page).getByTestId('cm-section-marker')).toHaveCount(8);
  expect(await markCount(page, 'session-start')).toBe(1);
  // More text: the session analyses the page again (its "analysed" mark says when), and updates
  // the overlay it has rather than adding one. (An end mark such as （完） is page furniture, not
  // text: it would change nothing to analyse.)
  const analysed = await markCount(page, 'analysed');
  await page.evaluate(() =>
    document.querySelector('#detail')!.append(Object.assign(document.createElement('p'), { textContent: '双方将继续在联合国等多边框架内加强协调与配合。' })),
  );
  await expect.poll(() => markCount(page, 'analysed')).toBeGreaterThan(analysed);
  // The overlay is drawn in the task after the analysis: wait for the page's next frame.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
  await expect(overlay(page)).toHaveCount(1);
  await expect(overlay(page).getByTestId('cm-section-marker')).toHaveCount(8);
  expect(await markCount(page, 'session-start')).toBe(1);
});
