import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { articleIdFor } from '@/lib/ingest/input';
import { removeArticle } from '@/lib/graph/load-article';
import { countGraph } from '@/lib/graph/stats';
import { closeDriver } from '@/lib/neo4j/driver';
import { screenshotPath } from './helpers/screenshot';

// The "done when": paste a French and an English article about the same organisation, preview, commit,
// and find one shared entity linking both in the explorer. Screenshots of each step go to the test's output folder (docs/screenshots/ with UPDATE_SCREENSHOTS=1).
const fr = readFileSync('lib/ingest/fixtures/unodc-fr.txt', 'utf8');
const en = readFileSync('lib/ingest/fixtures/unodc-en.txt', 'utf8');
const frTitle = 'L’ONUDC lance son rapport mondial sur les drogues';
const enTitle = 'UNODC warns of record cocaine production';
const ids = [fr, en].map((text) => articleIdFor({ text: text.trim() }));
const shot = (page: Page, name: string) => page.screenshot({ path: screenshotPath(name) });

test.beforeAll(async () => {
  for (const id of ids) await removeArticle(id);
});
test.afterAll(async () => {
  for (const id of ids) await removeArticle(id);
  await closeDriver();
});

async function pasteAndPreview(page: Page, text: string, title: string, date: string) {
  await page.getByLabel('Article text').fill(text);
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Date').fill(date);
  await page.getByLabel('Source').fill('UN News');
}

test('two articles in two languages about UNODC end up linked through one shared entity', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Ingest' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Add articles to the graph');

  await pasteAndPreview(page, fr, frTitle, '2017-06-26');
  await shot(page, 'ingest-paste');
  await page.getByRole('button', { name: 'Preview', exact: true }).click();

  const entities = page.getByRole('table');
  const unodcRow = entities.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'UNODC' }) });
  await expect(unodcRow).toContainText('Merges into UNODC');
  await expect(page.locator('.preview-text mark').first()).toBeVisible();
  await expect(page.locator('.preview-text mark', { hasText: 'ONUDC' }).first()).toHaveAttribute('data-type', 'Organization');
  await expect(page.locator('.relation-list')).toContainText('LEADS');
  await shot(page, 'ingest-preview');

  await page.getByRole('button', { name: 'Add to the graph' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added' })).toContainText(frTitle);
  await expect(page.getByRole('link', { name: `Read “${frTitle}” with its mentions marked` })).toHaveAttribute('href', `/articles/${ids[0]}`);
  await shot(page, 'ingest-done');

  await page.getByRole('button', { name: 'Add another article' }).click();
  await pasteAndPreview(page, en, enTitle, '2023-03-16');
  await page.getByRole('button', { name: 'Preview', exact: true }).click();
  await expect(unodcRow).toContainText('Merges into UNODC');
  await page.getByRole('button', { name: 'Add to the graph' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added' })).toContainText(enTitle);

  await page.locator('.done-entities').getByRole('link', { name: 'UNODC', exact: true }).click();
  await expect(page).toHaveURL(/\/\?focus=org-unodc/);
  const panel = page.getByRole('complementary', { name: 'Details' });
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('UNODC');
  await expect(panel.getByRole('link', { name: frTitle })).toBeVisible();
  await expect(panel.getByRole('link', { name: enTitle })).toBeVisible();
  await page.waitForFunction(() => window.cy?.getElementById('org-unodc').nonempty() ?? false);
  const graph = await page.evaluate(() => ({
    selected: window.cy!.$(':selected').map((n) => n.id()),
    unodcCount: window.cy!.nodes().filter((n) => n.data('label') === 'UNODC').length,
  }));
  expect(graph).toEqual({ selected: ['org-unodc'], unodcCount: 1 });
  await shot(page, 'ingest-shared-entity');
});

test('bad input in the page: one clear message and nothing stored', async ({ page }) => {
  const before = await countGraph();
  await page.goto('/ingest');
  await page
    .getByLabel('Article text')
    .fill('Das Büro der Vereinten Nationen für Drogen- und Verbrechensbekämpfung hat am Montag in Wien einen neuen Bericht über den weltweiten Drogenhandel vorgestellt.');
  await page.getByRole('button', { name: 'Preview', exact: true }).click();
  await expect(page.locator('.paste-forms').getByRole('alert')).toContainText('Unsupported language: looks like German');
  expect(await countGraph()).toEqual(before);

  // The app runs without ALLOW_PRIVATE_URLS here, so a loopback address is refused before any request is made.
  await page.getByLabel('Or fetch a page').fill('http://127.0.0.1:9/article');
  await page.getByRole('button', { name: 'Fetch and preview' }).click();
  await expect(page.locator('.paste-forms').getByRole('alert')).toContainText('Only public internet addresses are fetched');
  expect(await countGraph()).toEqual(before);

  await page.getByLabel('Files', { exact: true }).setInputFiles([
    { name: 'good.txt', mimeType: 'text/plain', buffer: Buffer.from(fr) },
    { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('[{"text": ') },
    { name: 'image.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]) },
  ]);
  await page.getByRole('button', { name: 'Upload and add' }).click();
  const report = page.locator('.batch-report');
  await expect(report).toContainText('2 failed');
  await expect(report).toContainText('broken.json is not valid JSON');
  await expect(report).toContainText('image.txt looks like a binary file');
  await expect(report).toContainText(/1 (added|skipped)/);
});
