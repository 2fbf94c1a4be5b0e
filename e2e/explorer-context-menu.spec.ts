import { analyzeWithAxe } from './helpers/axe';
import { expect, test, type Page } from '@playwright/test';
import { screenshotPath } from './helpers/screenshot';

// The canvas's context menu and box selection, on the seed graph (scripts/test.mjs loads it). Every action is a
// view change: the URL and undo/redo cover it. The menu is DOM, so keyboards and axe can reach it.

const canvas = (page: Page) => page.getByTestId('graph-canvas');
const menu = (page: Page) => page.getByRole('menu');

async function ready(page: Page, url = '/') {
  await page.goto(url);
  await page.waitForFunction(() => window.explorerTimings?.layoutDoneAtMs !== undefined && window.cy!.nodes().length >= 10);
  await page.waitForTimeout(1000); // the opening layout's animation settles before we aim at nodes
}

/** Where a node is drawn, in page coordinates. */
async function nodePoint(page: Page, id: string) {
  const box = (await canvas(page).boundingBox())!;
  const p = await page.evaluate((nodeId) => window.cy!.getElementById(nodeId).renderedPosition(), id);
  return { x: box.x + p.x, y: box.y + p.y };
}

async function expectNoSeriousViolations(page: Page, what: string) {
  const { violations } = await analyzeWithAxe(page);
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious, `serious or critical axe violations with ${what}`).toEqual([]);
}

test('right-click a node: the menu acts on it; Hide goes into the URL and Undo brings the node back', async ({ page }) => {
  await ready(page);
  const at = await nodePoint(page, 'org-unodc');
  await page.mouse.click(at.x, at.y, { button: 'right' });
  await expect(menu(page)).toHaveAccessibleName('Actions for UNODC');
  const items = menu(page).getByRole('menuitem');
  await expect(items).toHaveText(['Expand', 'Hide', 'Pin', 'Find paths (Select exactly two entities)', 'Open details of UNODC', 'Curate UNODC']);
  await expect(items.first()).toBeFocused();
  await expectNoSeriousViolations(page, 'the context menu open');

  await menu(page).getByRole('menuitem', { name: 'Hide' }).click();
  await expect(menu(page)).toHaveCount(0);
  await page.waitForFunction(() => window.cy!.getElementById('org-unodc').empty());
  await expect(page).toHaveURL(/hideNode=org-unodc/);
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.waitForFunction(() => window.cy!.getElementById('org-unodc').nonempty());
  await expect(page).not.toHaveURL(/hideNode=/);

  // A disabled item says why and does nothing; a click outside closes the menu; Curate opens the curation page.
  // Ask where the node is now rather than reuse the point from before the hide (seen once in a full CI run: the
  // whole graph laid out anew after the undo, so the old point was empty canvas).
  await page.waitForTimeout(600); // the view's animation to the restored node
  const back = await nodePoint(page, 'org-unodc');
  await page.mouse.click(back.x, back.y, { button: 'right' });
  // force: Playwright would wait for an aria-disabled item to become enabled; a user can still click it.
  await menu(page)
    .getByRole('menuitem', { name: /^Find paths/ })
    .click({ force: true });
  await expect(menu(page)).toBeVisible();
  await page.mouse.click(5, 5);
  await expect(menu(page)).toHaveCount(0);
  await page.mouse.click(back.x, back.y, { button: 'right' });
  await menu(page).getByRole('menuitem', { name: 'Curate UNODC' }).click();
  await expect(page).toHaveURL(/\/entities\/org-unodc\/curate/);
});

test('Shift+drag a box around two entities: the count shows, Pin pins both (in the URL, one undo step), paths between them', async ({ page }) => {
  await ready(page, '/?layout=grid');
  // Two neighbours in the grid's top row, and a box around just them.
  const [a, b, box] = await page.evaluate(() => {
    const cy = window.cy!;
    const nodes = cy.nodes().map((n) => ({ id: n.id(), ...n.position() }));
    const top = Math.min(...nodes.map((n) => n.y));
    const [first, second] = nodes.filter((n) => Math.abs(n.y - top) < 1).sort((m, n) => m.x - n.x);
    const bb = cy.getElementById(first!.id).union(cy.getElementById(second!.id)).renderedBoundingBox({ includeLabels: false });
    return [first!.id, second!.id, { x1: bb.x1 - 6, y1: bb.y1 - 6, x2: bb.x2 + 6, y2: bb.y2 + 6 }] as const;
  });
  const origin = (await canvas(page).boundingBox())!;
  await page.keyboard.down('Shift');
  await page.mouse.move(origin.x + box.x1, origin.y + box.y1);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++) await page.mouse.move(origin.x + box.x1 + ((box.x2 - box.x1) * i) / 8, origin.y + box.y1 + ((box.y2 - box.y1) * i) / 8);
  await page.mouse.up();
  await page.keyboard.up('Shift');
  await expect(page.getByTestId('selection-count')).toHaveText('2 entities selected');
  expect(
    await page.evaluate(() =>
      window
        .cy!.nodes(':selected')
        .map((n) => n.id())
        .sort(),
    ),
  ).toEqual([a, b].sort());
  await page.screenshot({ path: screenshotPath('explorer-box-selection') });

  const at = await nodePoint(page, a);
  await page.mouse.click(at.x, at.y, { button: 'right' });
  await expect(menu(page)).toHaveAccessibleName('Actions for 2 entities');
  await page.screenshot({ path: screenshotPath('explorer-context-menu') });
  await menu(page).getByRole('menuitem', { name: 'Pin 2 entities' }).click();
  await page.waitForFunction(() => window.cy!.nodes('.pinned').length === 2);
  const pins = new URL(page.url()).searchParams.get('pin')!.split(',').sort();
  expect(pins).toEqual([a, b].sort());
  await page.keyboard.press('Control+z');
  await page.waitForFunction(() => window.cy!.nodes('.pinned').length === 0);
  await expect(page).not.toHaveURL(/pin=/);

  // The selection bar's menu: Find paths between the two (a path is highlighted, or the bar says there is none).
  await page.getByRole('group', { name: 'Selection' }).getByRole('button', { name: 'Actions…' }).click();
  await menu(page)
    .getByRole('menuitem', { name: /^Find paths between/ })
    .click();
  await expect(page.getByRole('group', { name: 'Selection' }).getByRole('status').last()).toHaveText(/highlighted\.|No path of up to 6/);

  // The toolbar toggle: a plain drag draws a box (and does not pan).
  await page.getByRole('button', { name: 'Clear selection' }).click();
  await expect(page.getByTestId('selection-count')).toHaveText('');
  await page.getByRole('button', { name: 'Box select' }).click();
  await expect(page.getByRole('button', { name: 'Box select' })).toHaveAttribute('aria-pressed', 'true');
  const pan = await page.evaluate(() => window.cy!.pan());
  await page.mouse.move(origin.x + box.x1, origin.y + box.y1);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++) await page.mouse.move(origin.x + box.x1 + ((box.x2 - box.x1) * i) / 8, origin.y + box.y1 + ((box.y2 - box.y1) * i) / 8);
  await page.mouse.up();
  await expect(page.getByTestId('selection-count')).toHaveText('2 entities selected');
  expect(await page.evaluate(() => window.cy!.pan())).toEqual(pan);
});

test('keyboard: Shift+F10 or the menu key opens the menu on the ringed entity; arrows, Escape and Enter work', async ({ page }) => {
  await ready(page);
  await canvas(page).focus();
  await page.keyboard.press('ArrowRight');
  const ringed = await page.evaluate(() => window.cy!.nodes('.kb-focus').first().data('label') as string);
  await page.keyboard.press('Shift+F10');
  await expect(menu(page)).toHaveAccessibleName(`Actions for ${ringed}`);
  const items = menu(page).getByRole('menuitem');
  await expect(items.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(items.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(items.last()).toBeFocused(); // wraps around
  await expectNoSeriousViolations(page, 'the context menu opened from the keyboard');
  await page.keyboard.press('Escape');
  await expect(menu(page)).toHaveCount(0);
  await expect(canvas(page)).toBeFocused();

  await page.keyboard.press('ContextMenu');
  await expect(menu(page)).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(items.nth(2)).toHaveText('Pin');
  await page.keyboard.press('Enter');
  await expect(menu(page)).toHaveCount(0);
  await page.waitForFunction((label) => window.cy!.nodes('.pinned').some((n) => n.data('label') === label), ringed);
  await expect(page).toHaveURL(/pin=/);
  await expect(canvas(page)).toBeFocused();
});
