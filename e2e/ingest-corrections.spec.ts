import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { articleIdFor } from '@/lib/ingest/input';
import { removeArticle } from '@/lib/graph/load-article';
import { closeDriver } from '@/lib/neo4j/driver';
import { writeTransaction } from '@/lib/neo4j/run';
import { screenshotPath } from './helpers/screenshot';

// Issue 13: correct a preview (a glued name: the club's nickname on Toulouse's goalkeeper, a missed club, a relation's type), commit, find the corrections in the
// graph, and find them again when the same text is ingested a second time. Plus: nothing typed is lost.
const text = readFileSync('lib/ingest/fixtures/psg-toulouse-fr.txt', 'utf8').trim();
const title = 'Toulouse-PSG (3-6) : triplé de João Neves';
const articleId = articleIdFor({ text });
const shot = (page: Page, name: string) => page.screenshot({ path: screenshotPath(name), fullPage: true });

async function cleanUp() {
  await removeArticle(articleId);
  await writeTransaction((tx) => tx.run('MATCH (c:CurationEvent) WHERE c.summary STARTS WITH $prefix DELETE c', { prefix: `Ingest of “${title}”` }));
}
test.beforeAll(cleanUp);
test.afterAll(async () => {
  await cleanUp();
  await closeDriver();
});

async function pasteAndPreview(page: Page) {
  await page.goto('/ingest');
  await page.getByLabel('Article text').fill(text);
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Date').fill('2025-08-30');
  await page.getByRole('button', { name: 'Preview', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Preview', level: 2 })).toBeVisible();
}

const entityRow = (page: Page, name: string) => page.locator('.entity-table tbody tr').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
const settled = (page: Page) => expect(page.locator('.preview-summary')).not.toContainText('Updating…');

/** Selects text in the article box the way a mouse does: a DOM selection inside it, then mouseup. */
async function selectWithMouse(page: Page, form: string) {
  await page.locator('.preview-text').evaluate((box, wanted) => {
    const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(wanted);
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
      box.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      return;
    }
    throw new Error(`“${wanted}” is not in the article box`);
  }, form);
}

test('correct a preview, commit, and find the corrections in the graph and in a second ingest of the same text', async ({ page }) => {
  test.setTimeout(180_000);
  await pasteAndPreview(page);
  // The hybrid splits "PSG Lucas Chevalier" by itself now; it still glues the club's nickname to Toulouse's goalkeeper.
  await expect(entityRow(page, 'Lucas Chevalier')).toBeVisible();
  await expect(entityRow(page, 'Violets Guillaume Restes')).toBeVisible();

  // 1. The glued name: select "Guillaume Restes" (typed in Find, the keyboard way) and fix the span. The rest,
  // "Violets", is not kept on its own: step 2 names the club for all its mentions.
  await page.getByLabel('Find in the text').fill('Guillaume Restes');
  await page.getByRole('button', { name: 'Select', exact: true }).click();
  await expect(page.locator('.selected-text')).toContainText('Selected: “Guillaume Restes”');
  await expect(page.locator('.selection-forms')).toContainText('suggested: Person');
  await page.getByLabel('Keep the rest (“Violets”) as its own entity').uncheck();
  await page.getByRole('button', { name: 'Fix the span of “Violets Guillaume Restes”' }).click();
  await expect(entityRow(page, 'Guillaume Restes')).toBeVisible();
  await settled(page);
  await expect(entityRow(page, 'Violets Guillaume Restes')).toHaveCount(0);
  await expect(entityRow(page, 'Guillaume Restes').getByRole('combobox')).toHaveValue('Person');
  await expect(page.locator('.preview-text mark', { hasText: /^Guillaume Restes$/ })).toHaveAttribute('data-type', 'Person');
  await shot(page, 'ingest-fix-span');

  // 2. The missed club: select "Violets" with the mouse, name it, add it.
  await selectWithMouse(page, 'Violets');
  await expect(page.locator('.selected-text')).toContainText('Selected: “Violets”');
  await page.locator('.selection-forms').getByLabel('Name').fill('Toulouse FC');
  await expect(page.locator('.selection-forms')).toContainText('suggested: Organization');
  await page.getByRole('button', { name: 'Add “Toulouse FC” as an entity' }).click();
  await expect(entityRow(page, 'Toulouse FC')).toBeVisible();
  await settled(page);
  await expect(page.locator('.preview-text mark', { hasText: /^Violets$/ })).toHaveCount(2);
  await expect(page.locator('.preview-text mark', { hasText: /^Violets$/ }).first()).toHaveAttribute('data-type', 'Organization');
  await shot(page, 'ingest-add-entity');

  // 3. A relation's type: the extractor reads "Luis Enrique works for PSG", the club under its full name, or only a co-mention; the coach leads it.
  await page.getByLabel(/^Type of (Luis Enrique \w+ Paris Saint-Germain|Paris Saint-Germain \w+ Luis Enrique)$/).selectOption({ label: 'Luis Enrique LEADS Paris Saint-Germain' });
  await expect(page.locator('.relation-list')).toContainText('Luis Enrique LEADS Paris Saint-Germain');
  await settled(page);
  await shot(page, 'ingest-change-relation');

  // 4. A missed relation, with the selected sentence as its evidence.
  await page.getByLabel('Find in the text').fill('le gardien PSG');
  await page.getByRole('button', { name: 'Select', exact: true }).click();
  const addRelation = page.getByRole('group', { name: 'Add a relation with this sentence as evidence' });
  await expect(addRelation.locator('.evidence')).toHaveText(/^Arrivé de Lille cet été, le gardien PSG Lucas Chevalier .* face aux Violets\.$/);
  await addRelation.getByLabel('From entity', { exact: true }).selectOption({ label: 'Lucas Chevalier' });
  await addRelation.getByLabel('To entity', { exact: true }).selectOption({ label: 'Paris Saint-Germain' });
  await addRelation.getByLabel('Relation type', { exact: true }).selectOption('MEMBER_OF');
  await addRelation.getByRole('button', { name: 'Add the relation' }).click();
  await expect(page.locator('.relation-list')).toContainText('Lucas Chevalier MEMBER_OF Paris Saint-Germain (added)');
  await settled(page);

  await page.getByRole('button', { name: 'Add to the graph' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added' })).toContainText(title);
  const done = page.locator('.done-entities');
  await expect(done.getByRole('link', { name: 'Lucas Chevalier', exact: true })).toBeVisible();
  await expect(done.getByRole('link', { name: 'Toulouse FC', exact: true })).toBeVisible();
  await expect(done.getByRole('link', { name: 'Guillaume Restes', exact: true })).toBeVisible();
  await expect(done.getByRole('link', { name: 'Violets Guillaume Restes' })).toHaveCount(0);
  const curate = await done
    .locator('li', { has: page.getByRole('link', { name: 'Guillaume Restes', exact: true }) })
    .getByRole('link', { name: 'curate' })
    .getAttribute('href');

  // The article page marks the corrected spans; the explorer shows the corrected relation.
  await page.getByRole('link', { name: `Read “${title}” with its mentions marked` }).click();
  await expect(page.locator('a[title="Lucas Chevalier (Person)"]')).toHaveText('Lucas Chevalier');
  await expect(page.locator('a[title="Guillaume Restes (Person)"]')).toHaveText('Guillaume Restes');
  await expect(page.locator('a[title="Toulouse FC (Organization)"]')).toHaveText(['Violets', 'Violets']);
  await page.locator('a[title="Paris Saint-Germain (Organization)"]').first().click();
  await page.waitForFunction(() => (window.cy?.edges().length ?? 0) > 0);
  const psg = new URL(page.url()).searchParams.get('focus')!;
  await page.waitForFunction((id) => window.cy!.getElementById(id).connectedEdges().length > 0, psg);
  const edges = await page.evaluate(
    (id) =>
      window
        .cy!.getElementById(id)
        .connectedEdges()
        .map((e) => `${e.source().data('label')} ${e.data('type') ?? e.data('label')} ${e.target().data('label')}`),
    psg,
  );
  expect(edges).toEqual(expect.arrayContaining(['Luis Enrique LEADS Paris Saint-Germain', 'Lucas Chevalier MEMBER_OF Paris Saint-Germain']));
  await expect(page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText('Paris Saint-Germain');
  await shot(page, 'ingest-corrected-graph');

  // The curation log of the corrected entity tells what was corrected at ingest.
  await page.goto(curate!);
  const history = page.getByRole('region', { name: 'History' });
  await expect(history).toContainText('renamed “Violets Guillaume Restes” to “Guillaume Restes”');
  await expect(history).toContainText('at ingest');

  // The same text again: the stored corrections come back in the preview, and committing changes nothing.
  await pasteAndPreview(page);
  await expect(page.getByText('The corrections saved with this text when it was ingested before are applied again.')).toBeVisible();
  await expect(entityRow(page, 'Guillaume Restes')).toBeVisible();
  await expect(entityRow(page, 'Toulouse FC')).toBeVisible();
  await expect(entityRow(page, 'Violets Guillaume Restes')).toHaveCount(0);
  await expect(page.locator('.relation-list')).toContainText('Luis Enrique LEADS Paris Saint-Germain');
  await expect(page.locator('.relation-list')).toContainText('Lucas Chevalier MEMBER_OF Paris Saint-Germain (added)');
  await page.getByRole('button', { name: 'Add to the graph' }).click();
  await expect(page.getByRole('status')).toContainText('already in the graph; nothing changed');
});

test('nothing typed is lost: Back and Forward keep the text and the preview, a reload keeps the draft', async ({ page }) => {
  test.setTimeout(120_000);
  const other = `${text}\n\nLe prochain match du PSG aura lieu au Parc des Princes.`;
  await page.goto('/ingest');
  await page.evaluate(() => window.sessionStorage.clear());
  await page.getByLabel('Article text').fill(other);
  await page.getByLabel('Title').fill('Brouillon');
  await page.getByRole('button', { name: 'Preview', exact: true }).click();
  await expect(page).toHaveURL(/step=preview/);
  await page.getByLabel('Keep Luis Enrique').uncheck();
  await settled(page);

  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(page.getByLabel('Article text')).toHaveValue(other);
  await expect(page.getByLabel('Title')).toHaveValue('Brouillon');
  await page.goForward();
  await expect(page.getByLabel('Keep Luis Enrique')).not.toBeChecked();

  // A reload on the preview step shows the preview again, with the correction (once the draft is saved: 250 ms after the last change).
  await expect.poll(() => page.evaluate(() => window.sessionStorage.getItem('newsgraph:ingest-draft') ?? '')).toContain('Parc des Princes');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Preview', level: 2 })).toBeVisible();
  await expect(page.getByLabel('Keep Luis Enrique')).not.toBeChecked();
  await page.goBack();
  await expect(page.getByLabel('Article text')).toHaveValue(other);

  // A reload on the form keeps what was typed there, even unsent.
  await page.getByLabel('Title').fill('Brouillon modifié');
  await expect.poll(() => page.evaluate(() => window.sessionStorage.getItem('newsgraph:ingest-draft') ?? '')).toContain('Brouillon modifié');
  await page.reload();
  await expect(page.getByLabel('Title')).toHaveValue('Brouillon modifié');
  await expect(page.getByLabel('Article text')).toHaveValue(other);
});
