import { expect, test, type Page } from '@playwright/test';

// Keyboard use of the graph canvas and the compact Filters drawer. The seed graph is loaded by scripts/test.mjs.

const panel = (page: Page) => page.getByRole('complementary', { name: 'Details' });
const heading = (page: Page) => panel(page).getByRole('heading', { level: 2 });
const ringed = (page: Page) => page.evaluate(() => window.cy!.$('node.kb-focus').map((n) => n.id()));
const box = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())!;

test('Tab reaches the canvas; arrows move a ring between entities, announced; Enter opens, E expands, Tab leaves', async ({ page }) => {
  await page.goto('/?focus=person-ban-ki-moon');
  await expect(heading(page)).toHaveText('Ban Ki-moon');
  await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 10);
  const canvas = page.getByRole('application', { name: /^Graph: \d+ entities, \d+ relations\. Arrow keys move between entities/ });
  const live = page.getByTestId('graph-announcer');
  await expect(live).toHaveAttribute('aria-live', 'polite');

  await page.keyboard.press('/');
  for (let i = 0; i < 40 && !(await canvas.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(canvas).toBeFocused();
  await expect(page.getByText(/^Arrow keys move between entities/)).toBeVisible(); // the on-focus hint

  // The first arrow lands on the selected entity.
  await page.keyboard.press('ArrowRight');
  await expect(live).toHaveText(/^Ban Ki-moon, Person, \d+ relations?$/);
  expect(await ringed(page)).toEqual(['person-ban-ki-moon']);

  // Then arrows go to the nearest entity on that side; nothing is moved.
  const positions = () => page.evaluate(() => Object.fromEntries(window.cy!.nodes().map((n) => [n.id(), n.position()])));
  const before = await positions();
  const ban = before['person-ban-ki-moon']!;
  const direction = Object.values(before).some((p) => p.x > ban.x) ? 'ArrowRight' : 'ArrowLeft';
  await page.keyboard.press(direction);
  await expect.poll(() => ringed(page)).not.toEqual(['person-ban-ki-moon']);
  const [next] = await ringed(page);
  const target = await page.evaluate((id) => ({ label: window.cy!.getElementById(id).data('label') as string, x: window.cy!.getElementById(id).renderedPosition().x }), next!);
  const banX = await page.evaluate(() => window.cy!.getElementById('person-ban-ki-moon').renderedPosition().x);
  expect(direction === 'ArrowRight' ? target.x > banX : target.x < banX).toBe(true);
  await expect(live).toHaveText(new RegExp(`^${target.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, [A-Z][\\w ]+, \\d+ relations?$`));
  expect(await positions()).toEqual(before);

  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText(target.label);
  await expect(page).toHaveURL(new RegExp(`focus=${next}`));
  await expect(canvas).toBeFocused();
  await page.keyboard.press('e');
  await expect(page).toHaveURL(new RegExp(`expand=[^&]*${next}`));

  // Tab is not trapped: it leaves the canvas, and the ring shows only while the canvas has focus.
  await page.keyboard.press('Tab');
  await expect(canvas).not.toBeFocused();
  expect(await page.evaluate(() => document.activeElement?.closest('.graph-canvas'))).toBeNull();
  expect(await ringed(page)).toEqual([]);
  await page.keyboard.press('Shift+Tab');
  await expect(canvas).toBeFocused();
  expect(await ringed(page)).toEqual([next]);
  await page.keyboard.press('Escape');
  expect(await ringed(page)).toEqual([]);
  await expect(live).toHaveText('Keyboard focus cleared.');
});

test('the Filters drawer is a small button over the canvas corner; open, the graph moves right of its panel', async ({ page }) => {
  await page.goto('/');
  await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 10);
  const summary = await box(page, '.filter-drawer > summary');
  const canvas = await box(page, '.graph-canvas');
  const toolbar = await box(page, '.graph-toolbar');
  expect(summary.width).toBeLessThan(150);
  expect(summary.y).toBeGreaterThanOrEqual(toolbar.y + toolbar.height);
  expect(summary.y).toBeGreaterThanOrEqual(canvas.y);

  await page.getByText('Filters', { exact: true }).click();
  await expect(page.getByRole('form', { name: 'Filters' })).toBeVisible();
  const form = await box(page, '.filter-panel');
  await expect.poll(async () => (await box(page, '.graph-canvas')).x).toBeGreaterThanOrEqual(form.x + form.width);
  const moved = await box(page, '.graph-canvas');
  const details = await box(page, '.panel');
  expect(moved.x + moved.width).toBeLessThanOrEqual(details.x + 1); // the canvas shrinks, it does not run under the details panel
  await page.getByText('Filters', { exact: true }).click();
  await expect(page.getByRole('form', { name: 'Filters' })).toBeHidden();
});

test('a long details panel scrolls inside itself: the whole graph, keyboard hint included, stays in the window', async ({ page }) => {
  await page.goto('/?focus=org-unodc');
  await expect(panel(page).getByRole('region', { name: 'GUARDS' })).toBeVisible();
  const { scrollHeight, innerHeight, panelScroll } = await page.evaluate(() => ({
    scrollHeight: document.documentElement.scrollHeight,
    innerHeight: window.innerHeight,
    panelScroll: document.querySelector('.panel')!.scrollHeight - document.querySelector('.panel')!.clientHeight,
  }));
  expect(panelScroll).toBeGreaterThan(0); // the panel really is longer than the window
  expect(scrollHeight).toBeLessThanOrEqual(innerHeight);
  const canvas = await box(page, '.graph-canvas');
  expect(canvas.y + canvas.height).toBeLessThanOrEqual(innerHeight);
});
