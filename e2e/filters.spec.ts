import { expect, test } from '@playwright/test';

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
