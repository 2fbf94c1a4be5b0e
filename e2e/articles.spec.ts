import { expect, test, type Page } from '@playwright/test';
import { screenshotPath } from './helpers/screenshot';

// /articles on the seed graph (scripts/test.mjs loads it): two French UN News articles from 2011. Other specs may
// add articles of their own, so order is checked over whatever rows there are, and seed rows by their titles.
const SECURITY = { id: 'un-news-2011-09-21-security-cooperation', title: "Sécurité : l'ONU appelle à davantage de coopération internationale", date: '2011-09-21' };
const FEDOTOV = { id: 'un-news-2011-06-24-fedotov-security-council', title: "L'ONU appelle à agir ensemble pour affronter la menace de la drogue et du crime", date: '2011-06-24' };

const table = (page: Page) => page.getByRole('table');
const column = (page: Page, n: number) => table(page).locator(`tbody tr td:nth-child(${n})`).allTextContents();
const header = (page: Page, name: string) => table(page).getByRole('columnheader', { name });
const rowOf = (page: Page, title: string) =>
  table(page)
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: title, exact: true }) });

test('the nav opens the list of seed articles, newest first, with their entities linked to the explorer', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Articles' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Articles');
  await expect(rowOf(page, SECURITY.title)).toContainText(SECURITY.date);
  await expect(rowOf(page, FEDOTOV.title)).toContainText('ONU Info (UN News, French)');
  await expect(rowOf(page, FEDOTOV.title)).toContainText('French');

  await expect(header(page, 'Date')).toHaveAttribute('aria-sort', 'descending');
  const dates = await column(page, 2);
  expect(dates).toEqual([...dates].sort().reverse());
  expect(dates.indexOf(SECURITY.date)).toBeLessThan(dates.indexOf(FEDOTOV.date));

  const unodc = rowOf(page, FEDOTOV.title).getByRole('link', { name: 'UNODC', exact: true });
  await expect(unodc).toHaveAttribute('href', '/?focus=org-unodc&expand=org-unodc&add=org-unodc');
  await unodc.click();
  await expect(page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText('UNODC');
});

test('column header buttons sort by date and source, by keyboard, and the order is in the URL', async ({ page }) => {
  await page.goto('/articles');
  await header(page, 'Date').getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/articles\?sort=date&dir=asc$/);
  await expect(header(page, 'Date')).toHaveAttribute('aria-sort', 'ascending');
  const dates = await column(page, 2);
  expect(dates).toEqual([...dates].sort());
  expect(dates.indexOf(FEDOTOV.date)).toBeLessThan(dates.indexOf(SECURITY.date));

  await header(page, 'Source').getByRole('button').click();
  await expect(page).toHaveURL(/sort=source&dir=asc/);
  await expect(header(page, 'Source')).toHaveAttribute('aria-sort', 'ascending');
  await expect(header(page, 'Date')).not.toHaveAttribute('aria-sort');
  const sources = (await column(page, 3)).map((s) => s.toLowerCase());
  expect(sources).toEqual([...sources].sort());

  // A shared link restores the same view.
  await page.goto('/articles?sort=date&dir=asc&lang=fr');
  await expect(header(page, 'Date')).toHaveAttribute('aria-sort', 'ascending');
  expect(new Set(await column(page, 4))).toEqual(new Set(['French']));
});

test('full-text search finds a word of the seed text and marks it in a snippet; the row opens the article', async ({ page }) => {
  await page.goto('/articles');
  await page.getByLabel('Search article text').fill('Ekaterinbourg');
  await page.getByLabel('Search article text').press('Enter');
  await expect(page).toHaveURL(/\/articles\?q=Ekaterinbourg/);
  await expect(page.getByRole('status')).toHaveText('1 article matches “Ekaterinbourg”');
  const row = rowOf(page, SECURITY.title);
  await expect(row.locator('.snippet mark')).toHaveText(['Ekaterinbourg']);
  await expect(row.locator('.snippet')).toContainText('qui a débuté mercredi à Ekaterinbourg en Russie');
  await expect(rowOf(page, FEDOTOV.title)).toHaveCount(0);
  await page.screenshot({ path: screenshotPath('articles-search'), fullPage: true });

  await row.getByRole('link', { name: SECURITY.title }).click();
  await expect(page).toHaveURL(`/articles/${SECURITY.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SECURITY.title);
});

test('a search matches words by prefix without accents, in both seed articles, and HTML in it stays text', async ({ page }) => {
  await page.goto('/articles?q=DROGUE&lang=fr');
  await expect(page.getByLabel('Search article text')).toHaveValue('DROGUE');
  await expect(page.getByLabel('Language')).toHaveValue('fr');
  for (const article of [SECURITY, FEDOTOV]) {
    const marks = await rowOf(page, article.title).locator('.snippet mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => /^drogues?$/i.test(m))).toBe(true);
  }
  await page.getByLabel('Language').selectOption('en');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/q=DROGUE&lang=en/);
  await expect(rowOf(page, SECURITY.title)).toHaveCount(0);

  await page.goto(`/articles?q=${encodeURIComponent('<img src=x onerror="window.pwned=1"> securite')}`);
  await expect(page.getByRole('status')).toContainText('<img src=x onerror="window.pwned=1"> securite');
  await expect(page.locator('main img')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
});
