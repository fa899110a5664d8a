import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { hoverReference, overlay } from './helpers';

const TREATY = 'treaty-cn-ru-2001-mfa.html';
const STATEMENT = 'xinhua-joint-statement-2021.html';
const TITLE = '中华人民共和国和俄罗斯联邦睦邻友好合作条约';
const ARTICLE_25 = '本条约有效期为二十年。如缔约任何一方在本条约期满前一年未以书面形式通知缔约另一方要求终止本条约';

const reader = (extensionId: string, query = '') => `chrome-extension://${extensionId}/reader.html${query}`;

/** Opens a treaty page and waits until the reader page lists it (the content script adds it by itself). */
async function addTreaty(context: BrowserContext, page: Page, url: string, extensionId: string, title: string): Promise<Page> {
  await page.goto(url);
  await expect(overlay(page).getByTestId('cm-badge-kind')).toContainText('Treaty');
  const library = await context.newPage();
  await library.goto(reader(extensionId));
  await expect(library.getByTestId('cm-library-list').getByRole('link', { name: title })).toBeVisible();
  return library;
}

test('without the library, 条约第二十五条 leads to the public copy at the article\'s heading', async ({ page, server, context, extensionId }) => {
  const library = await context.newPage();
  await library.goto(reader(extensionId));
  await expect(library.getByTestId('cm-library-list')).toContainText('The library is empty');

  await page.goto(`${server.url}/${STATEMENT}`);
  const card = await hoverReference(page, /^条约第二十五条/);
  await expect(card).toContainText('not in your library yet');
  await expect(card.getByRole('link', { name: 'Open the public copy' })).toHaveAttribute(
    'href',
    /^https:\/\/zh\.wikisource\.org\/wiki\/.+#:~:text=%E7%AC%AC%E4%BA%8C%E5%8D%81%E4%BA%94%E6%9D%A1$/,
  );
});

test('a treaty page goes into the library; the statement citing it shows Article 25 and opens the reader there', async ({ page, server, context, extensionId }) => {
  const library = await addTreaty(context, page, `${server.url}/${TREATY}`, extensionId, TITLE);
  await expect(library.getByTestId('cm-library-list')).toContainText('25 articles');

  const statementUrl = `${server.url}/${STATEMENT}`;
  await page.goto(statementUrl);
  const card = await hoverReference(page, /^条约第二十五条/);
  await expect(card).toContainText(ARTICLE_25);
  await expect(card).not.toContainText('not in your library yet');
  const open = card.getByRole('link', { name: 'Open in your library' });
  await expect(open).toHaveAttribute('href', `${reader(extensionId)}?instrument=cn-ru-treaty-2001&from=${encodeURIComponent(statementUrl)}#art_25`);

  // Two articles cited at once: both texts in the card.
  const both = await hoverReference(page, /^条约第十六条和第十七条/);
  await expect(both).toContainText('缔约双方将在互利基础上开展经贸');
  await expect(both).toContainText('缔约双方将在国际金融机构、经济组织和论坛中开展合作');

  // Following the link opens the reader in this tab at Article 25, marked, in view and focused.
  const card25 = await hoverReference(page, /^条约第二十五条/);
  await card25.getByRole('link', { name: 'Open in your library' }).click();
  const opened = page;
  await opened.waitForURL(/reader\.html/);
  expect(opened.url()).toBe(`${reader(extensionId)}?instrument=cn-ru-treaty-2001&from=${encodeURIComponent(statementUrl)}#art_25`);
  const article = opened.locator('#art_25');
  await expect(article).toHaveAttribute('aria-current', 'location');
  await expect(article).toHaveClass(/article--target/);
  await expect(article).toBeFocused();
  await expect(article).toBeInViewport();
  await expect(article.getByRole('heading', { name: '第二十五条' })).toBeVisible();
  await expect(article).toContainText(ARTICLE_25);
  await expect(opened.locator('.article--target')).toHaveCount(1);


  // The way back to the statement: the browser's Back, and the reader's own link.
  await opened.goBack();
  await expect(opened).toHaveURL(statementUrl);
  await expect(overlay(opened).getByTestId('cm-badge-kind')).toContainText('Joint statement');
  await opened.goForward();
  await expect(opened.locator('#art_25')).toHaveAttribute('aria-current', 'location');

  // Another article by its address: the mark moves there.
  await opened.evaluate(() => (location.hash = '#art_7'));
  await expect(opened.locator('#art_7')).toHaveAttribute('aria-current', 'location');
  await expect(opened.locator('#art_25')).not.toHaveAttribute('aria-current', 'location');

  await opened.getByTestId('cm-reader-back').click();
  await expect(opened).toHaveURL(statementUrl);
  await expect(overlay(opened).getByTestId('cm-badge-kind')).toContainText('Joint statement');
});

test('another copy is kept beside the one in use until the user chooses it; a file without articles is refused', async ({ page, server, context, extensionId }) => {
  const library = await addTreaty(context, page, `${server.url}/${TREATY}`, extensionId, TITLE);
  // A later copy of the same treaty, as a text file: Article 25 worded otherwise.
  const text = await page.evaluate(() =>
    [...document.querySelectorAll('.news-title h1, .news-main p')].map((p) => p.textContent).join('\n').replace('批准书在北京互换。', '批准书在北京互换。本条约以中文和俄文写成。'),
  );
  await library.goto(reader(extensionId, '?instrument=cn-ru-treaty-2001'));
  await library.getByLabel('Treaty file (HTML or text)').setInputFiles({ name: '中俄条约-修订本.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
  await expect(library.getByTestId('cm-reader-notice')).toHaveText(`Kept this file as another text of “${TITLE}”. The text in use has not changed; you can choose between them on its page.`);
  const texts = library.getByTestId('cm-text');
  await expect(texts).toHaveCount(2);
  await expect(texts.nth(0).getByTestId('cm-in-use')).toBeVisible();
  await expect(texts.nth(1)).toContainText('中俄条约-修订本.txt');
  await expect(library.locator('#art_25')).not.toContainText('本条约以中文和俄文写成');

  // The statement still shows the text in use.
  const statement = await context.newPage();
  await statement.goto(`${server.url}/${STATEMENT}`);
  await expect(await hoverReference(statement, /^条约第二十五条/)).not.toContainText('本条约以中文和俄文写成');

  // Choosing the other copy puts it in use, on the reader page and in the statement's cards.
  await texts.nth(1).getByRole('button', { name: 'Use this text' }).click();
  await expect(texts.nth(1).getByTestId('cm-in-use')).toBeVisible();
  await expect(texts.nth(0).getByRole('button', { name: 'Use this text' })).toBeVisible();
  await expect(library.locator('#art_25')).toContainText('本条约以中文和俄文写成');
  await statement.reload();
  await expect(await hoverReference(statement, /^条约第二十五条/)).toContainText('批准书在北京互换。本条约以中文和俄文写成。');

  // A file without articles: refused with the reason, nothing stored.
  const html = await statement.evaluate(() => document.documentElement.outerHTML);
  await library.getByLabel('Treaty file (HTML or text)').setInputFiles({ name: 'statement.html', mimeType: 'text/html', buffer: Buffer.from(html) });
  const notice = library.getByRole('alert').filter({ hasText: 'Nothing was stored' });
  await expect(notice).toHaveText('No articles were found in this file (headings such as 第一条, Article 1 or Статья 1). Nothing was stored.');
  await expect(library.getByTestId('cm-library-list').getByRole('listitem')).toHaveCount(1);
  await expect(texts).toHaveCount(2);
});

test('a treaty no registry knows gets an id from its title, is read with its numbering, and can be removed', async ({ page, server, context, extensionId }) => {
  const title = 'Договор о дружбе и сотрудничестве между Российской Федерацией и Республикой Примерия';
  const library = await addTreaty(context, page, `${server.url}/treaty-ru-primeria-kremlin.html`, extensionId, title);
  await library.getByTestId('cm-library-list').getByRole('link', { name: title }).click();
  await expect(library).toHaveURL(/reader\.html\?instrument=local-[0-9a-f]{16}$/);
  await expect(library.getByTestId('cm-instrument')).toContainText('Named by its title');
  const article = library.locator('#art_2');
  await expect(article.getByRole('heading', { name: 'Статья 2' })).toBeVisible();
  await expect(article.locator('p')).toHaveText([
    'Договаривающиеся Стороны сотрудничают в следующих областях:',
    'а) торговля и инвестиции;',
    'б) наука и техника;',
    'в) культура и образование.',
  ]);
  // Reached by keyboard: the remove button asks first, then removes.
  await library.getByRole('button', { name: 'Remove from the library' }).focus();
  await library.keyboard.press('Enter');
  await expect(library.getByRole('button', { name: 'Remove', exact: true })).toBeFocused();
  await library.keyboard.press('Enter');
  await expect(library.getByTestId('cm-reader-notice')).toHaveText(`Removed “${title}” from the library.`);
  await expect(library.getByTestId('cm-library-list')).toContainText('The library is empty');
});

test('an open statement follows the library without a reload; a removed treaty comes back only when asked', async ({ page, server, context, extensionId }) => {
  await page.goto(`${server.url}/${STATEMENT}`);
  await expect(await hoverReference(page, /^条约第二十五条/)).toContainText('not in your library yet');
  // Marks this document: a reload would lose the mark.
  await page.evaluate(() => ((window as unknown as { cmNotReloaded: boolean }).cmNotReloaded = true));
  const notReloaded = () => page.evaluate(() => (window as unknown as { cmNotReloaded?: boolean }).cmNotReloaded === true);

  // The treaty opened in another tab: the statement's card shows Article 25 as it is.
  const treaty = await context.newPage();
  await treaty.goto(`${server.url}/${TREATY}`);
  await expect(overlay(treaty).getByTestId('cm-toast')).toContainText('Added to your treaty library (25 articles)');
  await page.bringToFront();
  await expect.poll(async () => (await hoverReference(page, /^条约第二十五条/)).textContent(), { timeout: 10_000 }).toContain(ARTICLE_25);
  expect(await notReloaded()).toBe(true);

  // Removed in the reader: the card says so again, and the treaty page does not put it back by itself.
  const library = await context.newPage();
  await library.goto(reader(extensionId, '?instrument=cn-ru-treaty-2001'));
  await library.getByRole('button', { name: 'Remove from the library' }).click();
  await library.getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(library.getByTestId('cm-library-list')).toContainText('The library is empty');
  await page.bringToFront();
  await expect.poll(async () => (await hoverReference(page, /^条约第二十五条/)).textContent(), { timeout: 10_000 }).toContain('not in your library yet');
  expect(await notReloaded()).toBe(true);

  await treaty.bringToFront();
  await treaty.reload();
  const toast = overlay(treaty).getByTestId('cm-toast');
  await expect(toast).toContainText('You removed this text from your treaty library, so it was not added again');
  await expect(library.getByTestId('cm-library-list')).toContainText('The library is empty');

  // Asked for, it is back: in the reader's list and on the statement's card.
  await toast.getByRole('button', { name: 'Add it again' }).click();
  await expect(toast).toContainText('Added to your treaty library (25 articles)');
  await expect(library.getByTestId('cm-library-list').getByRole('link', { name: TITLE })).toBeVisible();
  await page.bringToFront();
  await expect.poll(async () => (await hoverReference(page, /^条约第二十五条/)).textContent(), { timeout: 10_000 }).toContain(ARTICLE_25);
  expect(await notReloaded()).toBe(true);
});
