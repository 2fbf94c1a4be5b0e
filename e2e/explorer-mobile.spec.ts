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
