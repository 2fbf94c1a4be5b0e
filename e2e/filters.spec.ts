import { expect, test } from '@playwright/test';
import { analyzeWithAxe } from './helpers/axe';
import { screenshotPath } from './helpers/screenshot';

// The filter panel in the explorer. Filters run in Neo4j; the graph is checked through window.cy.

test('entity types filter the graph, live in the URL, and survive a reload', async ({ page }) => {
  await page.goto('/');
  await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 10);
  await page.getByText('Filters', { exact: true }).click();
  await page.getByRole('checkbox', { name: 'Person' }).check();
  await page.getByRole('button', { name: 'Apply filter' }).click();
  await expect(page.getByTestId('filter-status')).toContainText('2 entities match');
  await page.waitForFunction(() => window.cy?.nodes().length === 2);
  expect(await page.evaluate(() => window.cy!.nodes().map((n) => n.data('type') as string))).toEqual(['Person', 'Person']);
  await expect(page).toHaveURL(/filter=/);
  await page.reload();
  await page.waitForFunction(() => window.cy?.nodes().length === 2);
  await page.getByText('Filters', { exact: true }).click();
  await expect(page.getByRole('checkbox', { name: 'Person' })).toBeChecked();
  await page.getByRole('button', { name: 'Reset' }).click();
  await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 10);
});

test('Show Cypher displays the compiled query and params; Open in console runs it there', async ({ page }) => {
  await page.goto('/');
  await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 10);
  await page.getByText('Filters', { exact: true }).click();
  await page.getByLabel('Name or alias contains').fill('ONUDC');
  await page.getByRole('checkbox', { name: 'Show Cypher' }).check();
  await page.getByRole('button', { name: 'Apply filter' }).click();
  const preview = page.getByTestId('cypher-preview');
  await expect(preview.getByLabel('Compiled Cypher')).toContainText('toLower(e.name) CONTAINS $text');
  await expect(preview.getByLabel('Parameters')).toContainText('"text": "onudc"');
  await page.waitForFunction(
    () =>
      window.cy
        ?.nodes()
        .map((n) => n.id())
        .join() === 'org-unodc',
  );
  await preview.getByRole('link', { name: 'Open in console' }).click();
  await expect(page).toHaveURL(/\/cypher\?query=/);
  await page.getByRole('button', { name: /^Run/ }).click();
  await page.waitForFunction(
    () =>
      window.cy
        ?.nodes()
        .map((n) => n.id())
        .join() === 'org-unodc',
  );
});

test('relation types, hiding co-mentions, restricting the current view, and hostile text', async ({ page }) => {
  await page.goto('/');
  await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 10);
  await page.getByText('Filters', { exact: true }).click();
  await page.getByRole('checkbox', { name: 'Hide CO_MENTIONED' }).check();
  await page.getByRole('button', { name: 'Apply filter' }).click();
  await expect(page.getByTestId('filter-status')).toContainText('entities match');
  await page.waitForFunction(() => (window.cy?.edges().length ?? 0) > 0 && window.cy!.edges('[type = "CO_MENTIONED"]').length === 0);
  await page.getByRole('checkbox', { name: 'Hide CO_MENTIONED' }).uncheck();
  await page.getByRole('checkbox', { name: 'SPOKE_AT' }).check();
  await page.getByRole('button', { name: 'Apply filter' }).click();
  await page.waitForFunction(() => window.cy?.nodes().length === 2);
  await page.getByRole('checkbox', { name: 'SPOKE_AT' }).uncheck();
  await page.getByRole('radio', { name: 'Restrict the current view' }).check();
  await page.getByRole('checkbox', { name: 'Person' }).check();
  await page.getByRole('button', { name: 'Apply filter' }).click();
  await page.waitForFunction(
    () =>
      window.cy
        ?.nodes()
        .map((n) => n.id())
        .join() === 'person-ban-ki-moon',
  );
  await page.getByLabel('Name or alias contains').fill("x'}) DETACH DELETE e // `Person`");
  await page.getByRole('button', { name: 'Apply filter' }).click();
  await expect(page.getByTestId('filter-status')).toContainText('0 entities match');
});

test('a filter matching nothing says so and how to loosen it, not that the graph is empty', async ({ page }) => {
  await page.goto('/');
  await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 10);
  await page.getByText('Filters', { exact: true }).click();
  await page.getByRole('checkbox', { name: 'Person' }).check();
  await page.getByLabel('Name or alias contains').fill('zzz-no-such-entity');
  await page.getByRole('button', { name: 'Apply filter' }).click();
  await expect(page.getByTestId('filter-status')).toContainText('no entity matches these filters');
  const note = page.getByTestId('filter-no-match');
  await expect(note).toContainText('No entity matches the filters');
  await expect(note).toContainText('Name contains “zzz-no-such-entity”');
  await expect(page.getByText('The graph is empty')).toHaveCount(0);
  await page.screenshot({ path: screenshotPath('filters-no-match') });
  // Dropping the name condition loosens the filter to the two people; clearing brings the whole graph back.
  await note.getByRole('listitem').filter({ hasText: 'Name contains' }).getByRole('button', { name: 'Remove this condition' }).click();
  await page.waitForFunction(() => window.cy?.nodes().length === 2);
  await expect(page.getByTestId('active-filter')).toBeHidden(); // the drawer is open: its form shows the state
  await page.getByText('Filters', { exact: true }).click();
  await page.getByTestId('active-filter').getByRole('button', { name: 'Clear filters' }).click();
  await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 10);
  await expect(page).not.toHaveURL(/filter=/);
});

test('a filter opened from a URL shows that it is on, after a reload too, and Clear filters turns it off', async ({ page }) => {
  await page.goto(`/?filter=${encodeURIComponent(JSON.stringify({ entityTypes: ['Person'], minDegree: 1 }))}`);
  await page.waitForFunction(() => window.cy?.nodes().length === 2);
  const bar = page.getByRole('region', { name: 'Active filter' });
  for (let visit = 0; visit < 2; visit++) {
    await expect(bar).toBeVisible();
    await expect(bar).toContainText('Filter on (2 match)');
    await expect(bar).toContainText('Type: Person');
    await expect(bar).toContainText('Degree ≥ 1');
    await expect(page.getByTestId('filter-on-badge')).toBeVisible();
    if (visit === 0) {
      await page.screenshot({ path: screenshotPath('filters-on-from-url') });
      await page.reload();
      await page.waitForFunction(() => window.cy?.nodes().length === 2);
    }
  }
  // One condition off: still filtered, by type only.
  await bar.getByRole('button', { name: 'Remove Degree ≥ 1' }).click();
  await expect(bar).not.toContainText('Degree');
  await expect(page).toHaveURL(/Person/);
  await bar.getByRole('button', { name: 'Clear filters' }).click();
  await expect(bar).toHaveCount(0);
  await expect(page.getByTestId('filter-on-badge')).toHaveCount(0);
  await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 10);
  await expect(page).not.toHaveURL(/filter=/);
});

test('saved filters open from the explorer, and the current filter is saved from it', async ({ page }) => {
  const name = `e2e people ${Date.now()}`;
  await page.goto('/');
  await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 10);
  await page.getByText('Filters', { exact: true }).click();
  const saved = page.getByRole('group', { name: 'Saved filters' });
  await saved.getByRole('button', { name: 'Typed relations only (no co-mentions)' }).click();
  await page.waitForFunction(() => (window.cy?.edges().length ?? 0) > 0 && window.cy!.edges('[type = "CO_MENTIONED"]').length === 0);
  await expect(page.getByRole('checkbox', { name: 'Hide CO_MENTIONED' })).toBeChecked();
  await expect(page).toHaveURL(/hideCoMentioned/);

  await page.getByRole('checkbox', { name: 'Hide CO_MENTIONED' }).uncheck();
  await page.getByRole('checkbox', { name: 'Person' }).check();
  await page.getByLabel('Save as').fill(name);
  await page.getByRole('button', { name: 'Save filter' }).click();
  await expect(page.getByText(`Saved "${name}".`)).toBeVisible();
  await expect(saved.getByRole('button', { name })).toBeVisible();

  // A fresh explorer opens it from the list.
  await page.goto('/');
  await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 10);
  await page.getByText('Filters', { exact: true }).click();
  await page.getByRole('group', { name: 'Saved filters' }).getByRole('button', { name }).click();
  await page.waitForFunction(() => window.cy?.nodes().length === 2);
  await page.screenshot({ path: screenshotPath('filters-saved-opened') });

  // Clean up through the console's list, where saved views are deleted.
  await page.goto('/cypher');
  await page.getByRole('button', { name: `Delete ${name}` }).click();
  await expect(page.getByRole('button', { name: `Delete ${name}` })).toHaveCount(0);
});

test('entity types in the filter panel carry the legend’s names', async ({ page }) => {
  await page.goto('/');
  await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 10);
  const legendNames = (await page.getByRole('list', { name: 'Legend: entity types' }).getByRole('button').allInnerTexts()).map((t) => t.replace(/\s*\(\d+\)\s*$/, '').trim());
  expect(legendNames).toEqual(expect.arrayContaining(['Person', 'Organisation', 'Place']));
  await page.getByText('Filters', { exact: true }).click();
  const types = page.getByRole('group', { name: 'Entity types' });
  for (const label of legendNames) await expect(types.getByRole('checkbox', { name: label, exact: true })).toBeVisible();
  await expect(types.getByRole('checkbox', { name: 'Organization', exact: true })).toHaveCount(0);
  await expect(types.getByRole('checkbox', { name: 'Location', exact: true })).toHaveCount(0);
  // The label is only the name shown: the filter still asks Neo4j for the Organization label.
  await types.getByRole('checkbox', { name: 'Organisation', exact: true }).check();
  await page.getByRole('button', { name: 'Apply filter' }).click();
  await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0 && window.cy!.nodes().every((n) => n.data('type') === 'Organization'));
  await expect(page.getByTestId('active-filter')).toBeHidden();
  await page.getByText('Filters', { exact: true }).click();
  await expect(page.getByRole('region', { name: 'Active filter' })).toContainText('Type: Organisation');
});

test('axe: no serious violations with a filter on, matching nothing, and with the drawer open', async ({ page }) => {
  await page.goto(`/?filter=${encodeURIComponent(JSON.stringify({ entityTypes: ['Person'], text: 'zzz-nothing' }))}`);
  await expect(page.getByTestId('filter-no-match')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Active filter' })).toBeVisible();
  const serious = async () => {
    await page.waitForLoadState('networkidle');
    const { violations } = await analyzeWithAxe(page);
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  };
  expect(await serious()).toEqual([]);
  await page.getByText('Filters', { exact: true }).click();
  await expect(page.getByRole('group', { name: 'Saved filters' }).getByRole('button').first()).toBeVisible();
  expect(await serious()).toEqual([]);
});
