import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

// The seed graph (two UN News articles) is loaded by scripts/test.mjs before these specs run.

const panel = (page: Page) => page.getByRole('complementary', { name: 'Details' });
const heading = (page: Page) => panel(page).getByRole('heading', { level: 2 });
const graphReady = (page: Page, min = 1) => page.waitForFunction((n) => (window.cy?.nodes().length ?? 0) >= n, min);

test('search "ONUDC" finds UNODC; evidence, click-through to a related organisation, Back returns', async ({ page }) => {
  await page.goto('/');
  await graphReady(page, 10);
  await page.keyboard.press('/');
  const search = page.getByRole('combobox', { name: 'Search entities' });
  await expect(search).toBeFocused();
  await search.fill('ONUDC');
  const option = page.getByRole('option', { name: /UNODC/ });
  await expect(option).toContainText('Organisation');
  await expect(option).toContainText('2 articles');
  await expect(option).toContainText('“ONUDC”');
  await search.press('Enter');

  await expect(heading(page)).toHaveText('UNODC');
  await expect(page).toHaveURL(/focus=org-unodc/);
  await expect(panel(page).getByRole('region', { name: 'GUARDS' })).toContainText('gardiens des instruments légaux');

  await panel(page).getByRole('region', { name: 'PART_OF' }).getByRole('link', { name: 'United Nations' }).click();
  await expect(heading(page)).toHaveText('United Nations');
  await expect(page).toHaveURL(/focus=org-united-nations/);
  expect(await page.evaluate(() => window.cy!.$('node:selected').map((n) => n.id()))).toEqual(['org-united-nations']);

  await page.goBack({ waitUntil: 'commit' });
  await expect(heading(page)).toHaveText('UNODC');
  await expect(page).toHaveURL(/focus=org-unodc/);
});

test('expanding a node adds its neighbours next to it without moving any node already placed', async ({ page }) => {
  await page.goto('/?limit=4');
  await graphReady(page, 4);
  // The seed's 15 entities, or more when an earlier spec left one: the summary's own arithmetic must hold.
  const summary = (await page.getByTestId('graph-summary').textContent()) ?? '';
  const [, total, hidden] = /the 4 most connected of (\d+); (\d+) less connected entities are hidden/.exec(summary) ?? [];
  expect(Number(total)).toBeGreaterThanOrEqual(15);
  expect(Number(hidden), summary).toBe(Number(total) - 4);
  const before = await page.evaluate(() => Object.fromEntries(window.cy!.nodes().map((n) => [n.id(), n.position()])));
  await page.evaluate(() => void window.cy!.getElementById('org-unodc').emit('dbltap'));
  await page.waitForFunction(() => window.cy!.getElementById('person-yury-fedotov').nonempty());
  await page.waitForTimeout(500); // let the entry animation finish
  const after = await page.evaluate(() => Object.fromEntries(window.cy!.nodes().map((n) => [n.id(), n.position()])));
  expect(Object.keys(after).length).toBeGreaterThan(Object.keys(before).length);
  for (const [id, position] of Object.entries(before)) expect(after[id], id).toEqual(position);
  await expect(page).toHaveURL(/expand=org-unodc/);
  await expect(panel(page).getByRole('region', { name: 'Neighbours in view' })).toContainText('GUARDS 1 of 1');

  // Undo takes the expansion back out; a pasted URL rebuilds it.
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.waitForFunction(() => window.cy!.getElementById('person-yury-fedotov').empty());
  await page.getByRole('button', { name: 'Redo' }).click();
  await page.waitForFunction(() => window.cy!.getElementById('person-yury-fedotov').nonempty());
  const shared = page.url();
  const other = await page.context().newPage();
  await other.goto(shared);
  await other.waitForFunction(() => window.cy?.getElementById('person-yury-fedotov').nonempty());
  await expect(heading(other)).toHaveText('UNODC');
  await other.close();
});

test('shortest path from Ban Ki-moon to Ekaterinburg is highlighted and listed hop by hop with evidence', async ({ page }) => {
  await page.goto('/?focus=person-ban-ki-moon');
  await expect(heading(page)).toHaveText('Ban Ki-moon');
  const pathBox = panel(page).getByRole('combobox', { name: 'Path to' });
  await pathBox.fill('Ekaterinbourg');
  await expect(panel(page).getByRole('option', { name: /Ekaterinburg/ })).toBeVisible();
  await pathBox.press('Enter');
  const path = panel(page).getByRole('region', { name: 'Shortest path' });
  await expect(path).toContainText('2 hops to Ekaterinburg');
  const hops = path.getByRole('listitem');
  await expect(hops).toHaveCount(2);
  await expect(hops.first()).toContainText('SPOKE_AT');
  await expect(hops.nth(1)).toContainText('HELD_IN');
  await expect(hops.first().locator('blockquote')).toContainText('Ban Ki-moon');
  await page.waitForFunction(() => window.cy!.$('.on-path').length === 5);
  expect(
    await page.evaluate(() =>
      window
        .cy!.$('node.on-path')
        .map((n) => n.id())
        .sort(),
    ),
  ).toEqual(['event-second-international-meeting-of-high-representatives-for-security-issues', 'loc-ekaterinburg', 'person-ban-ki-moon'].sort());
});

test('an edge opens its evidence; legend hides a type; list view; PNG export downloads a picture', async ({ page }) => {
  await page.goto('/');
  await graphReady(page, 10);
  await page.evaluate(() => void window.cy!.edges('[type = "GUARDS"]').first().emit('tap'));
  await expect(heading(page)).toHaveText('GUARDS');
  await expect(panel(page)).toContainText('gardiens des instruments légaux');
  await expect(panel(page).getByRole('link', { name: 'UNODC', exact: true })).toBeVisible();

  await page.getByRole('button', { name: /^Topic/ }).click();
  await page.waitForFunction(() => window.cy!.nodes('.Topic').length === 0);
  await expect(page.getByRole('button', { name: /^Topic/ })).toHaveAttribute('aria-pressed', 'false');
  await expect(page).toHaveURL(/hide=Topic/);

  // Hide one entity from the panel, then bring it back; Ctrl+Z undoes the hide as well.
  await panel(page).getByRole('link', { name: 'UNODC', exact: true }).click();
  await expect(heading(page)).toHaveText('UNODC');
  await panel(page).getByRole('button', { name: 'Hide' }).click();
  await page.waitForFunction(() => window.cy!.getElementById('org-unodc').empty());
  await page.getByRole('button', { name: 'Show them again' }).click();
  await page.waitForFunction(() => window.cy!.getElementById('org-unodc').nonempty());
  await page.keyboard.press('Control+z');
  await page.waitForFunction(() => window.cy!.getElementById('org-unodc').empty());
  await page.keyboard.press('Control+Shift+z');
  await page.waitForFunction(() => window.cy!.getElementById('org-unodc').nonempty());

  await page.getByRole('button', { name: 'List view' }).click();
  const list = page.getByRole('region', { name: 'List view' });
  await expect(list.getByRole('row', { name: /^UNODC Organisation/ })).toBeVisible();
  await expect(list.getByRole('table').nth(1)).toContainText('GUARDS');
  await page.getByRole('button', { name: 'List view' }).click();

  // A layout choice is part of the shareable view.
  await page.getByRole('combobox', { name: 'Layout' }).selectOption('grid');
  await expect(page).toHaveURL(/layout=grid/);
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Layout' })).toHaveValue('grid');
  await expect(page.getByRole('button', { name: /^Topic/ })).toHaveAttribute('aria-pressed', 'false');
  await graphReady(page, 5);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PNG' }).click()]);
  expect(download.suggestedFilename()).toBe('newsgraph-view.png');
  const file = await download.path();
  expect(fs.statSync(file).size).toBeGreaterThan(1000);
  expect(fs.readFileSync(file).subarray(1, 4).toString()).toBe('PNG');
});

test('keyboard only: / to search, arrows and Enter to pick, Tab to the panel actions', async ({ page }) => {
  await page.goto('/');
  await graphReady(page, 10);
  await page.keyboard.press('/');
  await page.keyboard.type('ekaterinbrug');
  await expect(page.getByRole('option').first()).toContainText('Ekaterinburg');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Ekaterinburg');
  await page.keyboard.press('/');
  await page.keyboard.type('zzzzqqqq');
  await expect(page.getByRole('status').filter({ hasText: 'No entity matches' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox', { name: 'Search entities: results' })).toBeHidden();

  const pin = panel(page).getByRole('button', { name: 'Pin' });
  for (let i = 0; i < 40 && !(await pin.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(pin).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(panel(page).getByRole('button', { name: 'Unpin' })).toHaveAttribute('aria-pressed', 'true');
  expect(await page.evaluate(() => window.cy!.getElementById('loc-ekaterinburg').locked())).toBe(true);
});

test('when a request fails the page says so and keeps the current view', async ({ page }) => {
  await page.goto('/');
  await graphReady(page, 10);
  const count = await page.evaluate(() => window.cy!.nodes().length);
  await page.route('**/api/entities/*/neighbors*', (route) =>
    route.fulfill({
      status: 503,
      contentType: 'application/json',
      body: JSON.stringify({ error: { code: 'database_unavailable', message: 'The graph database is unavailable.' } }),
    }),
  );
  await page.evaluate(() => void window.cy!.getElementById('org-unodc').emit('dbltap'));
  await expect(page.getByRole('alert').filter({ hasText: 'Could not load org-unodc' })).toContainText('The graph database is unavailable. The current view is kept.');
  expect(await page.evaluate(() => window.cy!.nodes().length)).toBe(count);
});

test('the article page marks the evidence sentence and links every mention', async ({ page }) => {
  await page.goto('/?focus=org-unodc');
  await panel(page).getByRole('region', { name: 'GUARDS' }).getByRole('link', { name: 'in the article' }).click();
  await expect(page.locator('mark#evidence')).toContainText('gardiens des instruments légaux');
  await expect(page.locator('.article-text .mention').first()).toBeVisible();
});
