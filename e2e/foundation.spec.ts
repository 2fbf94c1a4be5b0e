import { expect, test } from '@playwright/test';

// The seed graph is loaded by scripts/test.mjs before these specs run.

test('the explorer shows the seed graph from Neo4j, coloured by type, with a legend', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('list', { name: 'Legend: entity types' })).toContainText('Organisation');
  await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 10);
  const graph = await page.evaluate(() => ({
    names: window.cy!.nodes().map((n) => n.data('label') as string),
    edgeTypes: window.cy!.edges().map((e) => e.data('label') as string),
    unodcColour: window.cy!.getElementById('org-unodc').style('background-color'),
    banColour: window.cy!.getElementById('person-ban-ki-moon').style('background-color'),
  }));
  expect(graph.names).toEqual(expect.arrayContaining(['UNODC', 'Ban Ki-moon', 'Ekaterinburg', 'Yury Fedotov']));
  expect(graph.edgeTypes).toEqual(expect.arrayContaining(['SPOKE_AT', 'HELD_IN', 'GUARDS', 'LEADS', 'BRIEFED']));
  expect(graph.unodcColour).not.toBe(graph.banColour);
});

test('clicking a node opens its details, and a neighbour link focuses that entity', async ({ page }) => {
  await page.goto('/');
  await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 10);
  await page.evaluate(() => {
    window.cy!.getElementById('org-unodc').emit('tap');
  });
  const panel = page.getByRole('complementary', { name: 'Details' });
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('UNODC');
  await expect(panel).toContainText('ONUDC');
  await expect(panel.getByRole('link', { name: /^Sécurité/ })).toBeVisible();
  await expect(panel.getByRole('region', { name: 'GUARDS' })).toContainText('qui servent de gardiens des instruments légaux');
  await expect(page).toHaveURL(/focus=org-unodc/);

  await panel.getByRole('link', { name: 'Yury Fedotov' }).click();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Yury Fedotov');
  await expect(page).toHaveURL(/focus=person-yury-fedotov/);
  expect(await page.evaluate(() => window.cy!.$(':selected').map((n) => n.id()))).toEqual(['person-yury-fedotov']);

  await page.goBack({ waitUntil: 'commit' });
  await expect(page, 'Back returns to the entity the neighbour link left').toHaveURL(/focus=org-unodc/);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('UNODC');
});

test('an evidence link opens the article with the sentence marked and mentions linked', async ({ page }) => {
  await page.goto('/?focus=org-unodc');
  const panel = page.getByRole('complementary', { name: 'Details' });
  await panel.getByRole('region', { name: 'GUARDS' }).getByRole('link', { name: 'in the article' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Sécurité');
  await expect(page.locator('#evidence')).toContainText('gardiens des instruments légaux');
  await expect(page.locator('.article-text').getByRole('link', { name: 'Ekaterinbourg', exact: true })).toHaveAttribute('href', '/?focus=loc-ekaterinburg');
});
