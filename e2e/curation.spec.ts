import { expect, test } from '@playwright/test';
import { ingestArticle, removeIngestedArticle } from '@/lib/ingest';
import { readQuery, writeTransaction } from '@/lib/neo4j/run';
import { closeDriver } from '@/lib/neo4j/driver';
import { duplicateArticles } from '@/tests/fixtures/duplicates/articles';
import { screenshotPath } from './helpers/screenshot';

// Curation where people look: from the explorer's details to the curate page, a merge found by name that lands
// on the kept entity, and the duplicates page (merge one pair, dismiss another). The planted duplicates come
// from articles this spec ingests with the real NLP service (tests/fixtures/duplicates) and removes afterwards.
const articleIds: string[] = [];
let entityIds: string[] = [];
const idOf = async (name: string) =>
  (await readQuery('MATCH (a:Article)-[:MENTIONS]->(e:Entity {name: $name}) WHERE a.id IN $ids RETURN e.id AS id LIMIT 1', { name, ids: articleIds })).records[0]?.get(
    'id',
  ) as string;

// Five articles through extraction on a shared 2-core machine.
const LIMIT_MS = 240_000;
test.beforeAll(async () => {
  test.setTimeout(LIMIT_MS);
  for (const article of duplicateArticles()) articleIds.push((await ingestArticle(article)).articleId);
  const rows = await readQuery('MATCH (a:Article)-[:MENTIONS]->(e:Entity) WHERE a.id IN $ids RETURN collect(DISTINCT e.id) AS ids', { ids: articleIds });
  entityIds = rows.records[0]?.get('ids') as string[];
});
test.afterAll(async () => {
  test.setTimeout(LIMIT_MS);
  for (const id of articleIds) await removeIngestedArticle(id).catch(() => undefined);
  await writeTransaction(async (tx) => {
    await tx.run('MATCH (e:Entity) WHERE e.id IN $ids DETACH DELETE e', { ids: entityIds });
    await tx.run('MATCH (c:CurationEvent) WHERE any(x IN c.entityIds WHERE x IN $ids) DELETE c', { ids: entityIds });
    await tx.run('MATCH (d:DuplicateDismissal) WHERE d.a IN $ids OR d.b IN $ids DELETE d', { ids: entityIds });
  });
  await closeDriver();
});

test('explorer details → curate → merge found by name → the kept entity’s page; the old id redirects; undo', async ({ page }) => {
  const [macron, mMacron] = [await idOf('Emmanuel Macron'), await idOf('Macron')];
  await page.goto(`/?focus=${encodeURIComponent(mMacron)}`);
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Macron');
  const curate = details.getByRole('link', { name: /^Curate Macron/ });
  await expect(curate).toBeVisible();
  await page.screenshot({ path: screenshotPath('curation-link') });
  await curate.click();

  await expect(page.getByRole('heading', { level: 1 })).toContainText('Curate Macron');
  const merge = page.getByRole('form', { name: 'Merge into another entity' });
  await expect(merge.getByLabel('Type')).toHaveValue('Person');
  await merge.getByLabel('Find the entity to keep').fill('emmanuel');
  const option = merge.getByRole('radio', { name: /Emmanuel Macron/ });
  await expect(option).toBeVisible({ timeout: 20_000 });
  // Keyboard: focus the result and pick it with the space bar.
  await option.focus();
  await page.keyboard.press('Space');
  await expect(option).toBeChecked();
  await page.screenshot({ path: screenshotPath('curation-merge-search') });
  await merge.getByRole('button', { name: 'Merge into Emmanuel Macron' }).click();

  await expect(page).toHaveURL(new RegExp(`/entities/${macron}/curate\\?merged=${mMacron}$`), { timeout: 20_000 });
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Curate Emmanuel Macron');
  await expect(page.getByRole('status').filter({ hasText: 'was merged into' })).toContainText(`${mMacron} was merged into Emmanuel Macron`);
  await expect(page.locator('.curate-page')).toContainText('also called Macron');

  // An old link to the merged-away entity leads to where it went.
  await page.goto(`/entities/${mMacron}/curate`);
  await expect(page).toHaveURL(new RegExp(`/entities/${macron}/curate`));

  await page.getByRole('button', { name: /^Undo: Merged “Macron”/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Undone' })).toBeVisible();
  await page.goto(`/entities/${mMacron}/curate`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Curate Macron');
});

test('an article page links to the curation of each entity it names', async ({ page }) => {
  const mMacron = await idOf('Macron');
  const article = (await readQuery('MATCH (a:Article)-[:MENTIONS]->(:Entity {id: $id}) WHERE a.id IN $ids RETURN a.id AS id', { id: mMacron, ids: articleIds })).records[0]?.get(
    'id',
  ) as string;
  await page.goto(`/articles/${article}`);
  const named = page.getByRole('region', { name: /Entities named in this article/ });
  await expect(named.getByRole('link', { name: 'Curate Macron' })).toHaveAttribute('href', `/entities/${mMacron}/curate`);
  await named.getByRole('link', { name: 'Curate Michel Barnier' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Curate Michel Barnier');
});

test('the duplicates page, from the header: merge one pair, dismiss another, and the dismissal sticks', async ({ page }) => {
  const [partyFull, party] = [await idOf('Rassemblement national'), await idOf('RN')];
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Duplicates' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Likely duplicates');
  const [macron, mMacron] = [await idOf('Emmanuel Macron'), await idOf('Macron')];
  const pair = (x: string, y: string) => page.locator(`.duplicate-pair[data-ids~="${x}"][data-ids~="${y}"]`);
  const [partyPair, person] = [pair(partyFull, party), pair(macron, mMacron)];
  await expect(partyPair).toContainText('“RN” is the initials of “Rassemblement national”');
  await expect(partyPair).toContainText(/score 0\.\d\d/);
  await expect(person).toContainText('every word of “Macron” is in “Emmanuel Macron”');
  await partyPair.scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath('curation-duplicates') });

  await partyPair.getByRole('button', { name: 'Merge “RN” into “Rassemblement national”' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Merged' })).toContainText(`Merged “RN” (${party}) into “Rassemblement national” (${partyFull})`);
  await expect(partyPair).toHaveCount(0);

  await person.getByRole('button', { name: 'Not duplicates' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'not duplicates' })).toBeVisible();
  await expect(person).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Likely duplicates');
  await expect(person).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Dismissed recently' })).toContainText('Macron');

  // The type filter is in the URL.
  await page.getByLabel('Type').selectOption('Organization');
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(/\/curation\/duplicates\?type=Organization$/);
});
