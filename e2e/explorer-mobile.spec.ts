import { expect, test } from '@playwright/test';
import { screenshotPath } from './helpers/screenshot';

test.use({ viewport: { width: 390, height: 844 } });

test('at 390 × 844 the graph stays visible, the view controls fold away and the details are a drawer that opens and closes', async ({ page }) => {
  await page.goto('/');
  await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) >= 10);
  const canvas = page.getByTestId('graph-canvas');
  const inViewport = async () => {
    const box = (await canvas.boundingBox())!;
    return box.width >= 300 && box.height >= 200 && box.y >= 0 && box.y + 100 <= 844 && box.x >= 0 && box.x + box.width <= 390 + 1;
  };
  await expect(canvas).toBeVisible();
  expect(await inViewport()).toBe(true);
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details).toBeHidden();
  await expect(page.getByRole('group', { name: 'View' })).toBeHidden();
  await page.screenshot({ path: screenshotPath('explorer-390-closed') });

  // The folded controls open and close.
  const viewOptions = page.getByRole('button', { name: 'View options' });
  await viewOptions.click();
  await expect(page.getByRole('group', { name: 'View' })).toBeVisible();
  await viewOptions.click();
  await expect(page.getByRole('group', { name: 'View' })).toBeHidden();

  // Tapping a node opens the drawer over the graph, which stays visible above it.
  const id = await page.evaluate(() => window.cy!.nodes()[0]!.id());
  await page.evaluate((nodeId) => void window.cy!.getElementById(nodeId).emit('tap'), id);
  await expect(details).toBeVisible();
  await expect(details.getByRole('heading', { level: 2 })).not.toHaveText(/Start with a search/);
  expect(await inViewport()).toBe(true);
  const drawer = (await details.boundingBox())!;
  expect(drawer.height).toBeLessThanOrEqual(844 * 0.5 + 1);
  await page.screenshot({ path: screenshotPath('explorer-390-drawer') });

  await details.getByRole('button', { name: 'Close details' }).click();
  await expect(details).toBeHidden();
  await page.getByRole('button', { name: 'Details' }).click();
  await expect(details).toBeVisible();
  await details.getByRole('button', { name: 'Close details' }).click();
  await expect(details).toBeHidden();
  expect(await inViewport()).toBe(true);
});

test('at 390 × 844 a focused entity is moved into the part of the graph above the details drawer', async ({ page }) => {
  await page.goto('/');
  await page.waitForFunction(() => window.explorerTimings?.layoutDoneAtMs !== undefined && (window.cy?.nodes().length ?? 0) >= 10);
  const details = page.getByRole('complementary', { name: 'Details' });
  // The lowest entity on screen: centred on the whole canvas, as before, it would sit under the drawer.
  const { id, name } = await page.evaluate(() => {
    const node = window.cy!.nodes().max((n) => n.renderedPosition().y).ele;
    return { id: node.id(), name: String(node.data('label')) };
  });
  await page.evaluate((nodeId) => void window.cy!.getElementById(nodeId).emit('tap'), id);
  await expect(details).toBeVisible();
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(name);
  // Wait for the view to settle where it puts the entity: inside the canvas and above the drawer's top edge.
  await page.waitForFunction(
    (nodeId) => {
      const cy = window.cy!;
      const canvas = cy.container()!.getBoundingClientRect();
      const drawer = document.querySelector('aside[aria-label="Details"]')!.getBoundingClientRect();
      const node = cy.getElementById(nodeId);
      const box = node.renderedBoundingBox({ includeLabels: false });
      const top = canvas.top + box.y1;
      const bottom = canvas.top + box.y2;
      return !cy.animated() && top >= canvas.top && bottom <= Math.min(drawer.top, canvas.bottom) && canvas.left + box.x1 >= 0 && canvas.left + box.x2 <= 390;
    },
    id,
    { timeout: 10_000 },
  );
  await page.screenshot({ path: screenshotPath('explorer-390-focus-above-drawer') });
});
