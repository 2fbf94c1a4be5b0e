import { expect, test, type Page } from '@playwright/test';

// The whole view is state: what the user set survives a copied URL opened in a new page, and undo/redo step through
// each change. The seed graph is loaded by scripts/test.mjs.

type Snapshot = { positions: Record<string, { x: number; y: number }>; pinned: string[]; nodes: string[]; coMentionEdges: number; layout: string; size: string; co: boolean };

const panel = (page: Page) => page.getByRole('complementary', { name: 'Details' });
const toolbar = (page: Page) => page.getByRole('group', { name: 'View' });

async function snapshot(page: Page): Promise<Snapshot> {
  const graph = await page.evaluate(() => {
    const cy = window.cy!;
    return {
      positions: Object.fromEntries(cy.nodes().map((n) => [n.id(), { ...n.position() }])),
      pinned: cy.nodes('.pinned').map((n) => n.id()),
      nodes: cy
        .nodes()
        .map((n) => n.id())
        .sort(),
      coMentionEdges: cy.edges('[type = "CO_MENTIONED"]').length,
    };
  });
  return {
    ...graph,
    layout: await toolbar(page).getByLabel('Layout').inputValue(),
    size: await toolbar(page).getByLabel('Node size').inputValue(),
    co: await toolbar(page).getByLabel('Co-mentions').isChecked(),
  };
}

/** The view has recorded where its nodes are (after a layout, a placement or a drag). */
async function recorded(page: Page) {
  await page.waitForTimeout(1500); // a layout's animation (400 ms) and the quiet time before recording (450 ms)
  await expect(page).toHaveURL(/pos=/);
}

function expectSame(a: Snapshot, b: Snapshot) {
  expect(b.nodes).toEqual(a.nodes);
  expect(b.pinned).toEqual(a.pinned);
  expect([b.layout, b.size, b.co, b.coMentionEdges]).toEqual([a.layout, a.size, a.co, a.coMentionEdges]);
  for (const [id, p] of Object.entries(a.positions)) {
    expect(Math.abs(b.positions[id]!.x - p.x), `${id} x`).toBeLessThanOrEqual(2);
    expect(Math.abs(b.positions[id]!.y - p.y), `${id} y`).toBeLessThanOrEqual(2);
  }
}

async function focusNode(page: Page, id: string) {
  await page.evaluate((nodeId) => void window.cy!.getElementById(nodeId).emit('tap'), id);
  await expect(panel(page).getByRole('heading', { level: 2 })).not.toHaveText(/Start with a search/);
}

test('layout, a drag, a pin, a hide, the size mode and the co-mention toggle survive a copied URL, and undo/redo step through each', async ({ page, context }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await page.waitForFunction(() => window.explorerTimings?.layoutDoneAtMs !== undefined && window.cy!.nodes().length >= 10);
  await recorded(page);
  const steps: Snapshot[] = [await snapshot(page)];
  const [dragged, pinned, hidden] = await page.evaluate(() =>
    window
      .cy!.nodes()
      .sort((a, b) => Number(b.data('degree')) - Number(a.data('degree')))
      .map((n) => n.id())
      .slice(0, 3),
  );

  await toolbar(page).getByLabel('Layout').selectOption('grid');
  await expect(page).toHaveURL(/layout=grid/);
  await recorded(page);
  steps.push(await snapshot(page));

  // A real drag with the mouse, 90 px right and 60 px down.
  const box = (await page.getByTestId('graph-canvas').boundingBox())!;
  const at = await page.evaluate((id) => window.cy!.getElementById(id).renderedPosition(), dragged!);
  await page.mouse.move(box.x + at.x, box.y + at.y);
  await page.mouse.down();
  for (let i = 1; i <= 6; i++) await page.mouse.move(box.x + at.x + i * 15, box.y + at.y + i * 10);
  await page.mouse.up();
  await recorded(page);
  steps.push(await snapshot(page));
  expect(steps[2]!.positions[dragged!]!.x - steps[1]!.positions[dragged!]!.x).toBeGreaterThan(40);

  await focusNode(page, pinned!);
  await panel(page).getByRole('button', { name: 'Pin' }).click();
  await expect(page).toHaveURL(/pin=/);
  steps.push(await snapshot(page));

  await focusNode(page, hidden!);
  await panel(page).getByRole('button', { name: 'Hide' }).click();
  await expect(page).toHaveURL(/hideNode=/);
  await page.waitForFunction((id) => window.cy!.getElementById(id).empty(), hidden!);
  steps.push(await snapshot(page));

  await toolbar(page).getByLabel('Node size').selectOption('mentions');
  await expect(page).toHaveURL(/size=mentions/);
  steps.push(await snapshot(page));

  await toolbar(page).getByLabel('Co-mentions').uncheck();
  await expect(page).toHaveURL(/co=off/);
  await page.waitForFunction(() => window.cy!.edges('[type = "CO_MENTIONED"]').empty());
  await page.waitForTimeout(700);
  steps.push(await snapshot(page));

  // The copied URL, opened in a new page, shows the same view.
  const other = await context.newPage();
  await other.goto(page.url());
  await other.waitForFunction(() => window.explorerTimings?.layoutDoneAtMs !== undefined && (window.cy?.nodes().length ?? 0) >= 10);
  await other.waitForTimeout(700);
  expectSame(steps.at(-1)!, await snapshot(other));
  await other.close();

  // Undo walks back through every step, redo forward again.
  const undo = toolbar(page).getByRole('button', { name: 'Undo' });
  const redo = toolbar(page).getByRole('button', { name: 'Redo' });
  for (let i = steps.length - 2; i >= 0; i--) {
    await undo.click();
    await page.waitForTimeout(300);
    expectSame(steps[i]!, await snapshot(page));
  }
  for (let i = 1; i < steps.length; i++) {
    await redo.click();
    await page.waitForTimeout(300);
    expectSame(steps[i]!, await snapshot(page));
  }
});
