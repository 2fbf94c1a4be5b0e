import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { ingestArticle, removeIngestedArticle } from '@/lib/ingest';
import { closeDriver } from '@/lib/neo4j/driver';
import { screenshotPath } from './helpers/screenshot';
import { writeTransaction } from '@/lib/neo4j/run';

// Curation from the browser: rename an entity, see it recorded, undo it. The entity comes from an article this
// spec ingests itself and removes afterwards.
const text = `${readFileSync('lib/ingest/fixtures/unodc-en.txt', 'utf8')}\n\nThis copy is used by the curation browser test.`;
let articleId = '';

test.beforeAll(async () => {
  articleId = (await ingestArticle({ text, title: 'Curation test article' })).articleId;
});
test.afterAll(async () => {
  await removeIngestedArticle(articleId);
  await writeTransaction((tx) => tx.run('MATCH (c:CurationEvent) WHERE "person-ghada-waly" IN c.entityIds DELETE c'));
  await closeDriver();
});

test('rename an entity from its curation page, then undo it', async ({ page }) => {
  await page.goto('/entities/person-ghada-waly/curate');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Curate Ghada Waly');
  await page.getByLabel('New name').fill('Ghada Fathi Waly');
  await page.getByRole('button', { name: 'Rename', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Renamed' })).toContainText('Renamed “Ghada Waly” to “Ghada Fathi Waly”');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Curate Ghada Fathi Waly');
  await expect(page.locator('.curate-page')).toContainText('also called Ghada Waly');
  await page.screenshot({ path: screenshotPath('ingest-curate') });

  await page.getByRole('button', { name: /^Undo: Renamed/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Undone' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Curate Ghada Waly');
  await expect(page.locator('.curate-events')).toContainText('undone');
});

test('a curation that cannot be done says why and changes nothing', async ({ page }) => {
  await page.goto('/entities/person-ghada-waly/curate');
  await page.getByLabel('Find the entity to keep').fill('org-no-such-entity');
  // As a user would: the search has answered before Merge is pressed.
  await expect(page.locator('.merge-status')).toContainText('No other entity matches');
  await page.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(page.locator('.curate-page').getByRole('alert')).toContainText('Entity “org-no-such-entity” was not found');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Curate Ghada Waly');
});
