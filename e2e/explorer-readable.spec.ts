import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { labelCensus, labelsSettled } from './helpers/label-overlaps';
import { screenshotPath } from './helpers/screenshot';

// Real articles (lib/extract/fixtures) through the app's own ingest, so the graph is what a user gets: a few hubs,
// many small pieces and isolated entities, long names. The seed graph is there too.
const DIR = path.resolve(__dirname, '../lib/extract/fixtures');
const FIXTURES = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .slice(0, 25);
const ingested: string[] = [];

async function ingestAll(request: APIRequestContext) {
  const queue = [...FIXTURES];
  const worker = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const text = fs.readFileSync(path.join(DIR, file), 'utf8');
      const title = text.split('\n')[0]!.trim().slice(0, 200);
      const response = await request.post('/api/articles', { data: { text, title, source: 'e2e-readable', publishedAt: '2024-01-01' }, timeout: 180_000 });
      expect(response.status(), `${file}: ${await response.text()}`).toBeLessThan(300);
      ingested.push(((await response.json()) as { result: { articleId: string } }).result.articleId);
    }
  };
  await Promise.all([worker(), worker()]);
}

async function settled(page: Page) {
  await page.waitForFunction(() => window.explorerTimings?.layoutDoneAtMs !== undefined);
  await page.waitForTimeout(700); // entry animations (350 ms) and the view's moves (300 ms)
  await labelsSettled(page);
}

test.describe.configure({ mode: 'serial' });
test.setTimeout(900_000);

test.beforeAll(async ({ request }) => {
  test.setTimeout(900_000);
  await ingestAll(request);
});
test.afterAll(async ({ request }) => {
  for (const id of ingested) await request.delete(`/api/articles/${id}`);
});

test('the opening view of 25+ real articles shows labels that never overlap, pieces packed, isolated entities in a grid', async ({ page }) => {
  await page.goto('/?limit=1000');
  await settled(page);
  const census = await labelCensus(page);
  await page.screenshot({ path: screenshotPath('explorer-readable-opening') });
  expect(census.nodes).toBeGreaterThanOrEqual(100);
  expect(census.visible).toBeGreaterThan(10);
  expect(census.overlapping).toBe(0);
});

test('after an expansion the labels still never overlap, and the focused entity is in the viewport', async ({ page }) => {
  await page.goto('/?limit=40');
  await settled(page);
  const oldIds = await page.evaluate(() => window.cy!.nodes().map((n) => n.id()));
  const before = oldIds.length;
  // The most connected entity in view has neighbours outside it (only 40 of hundreds are shown).
  const hub = await page.evaluate(() =>
    window
      .cy!.nodes()
      .max((n) => Number(n.data('degree')))
      .ele.id(),
  );
  await page.evaluate((id) => void window.cy!.getElementById(id).emit('dbltap'), hub);
  await page.waitForFunction((n) => window.cy!.nodes().length > n, before);
  await page.waitForTimeout(800);
  await labelsSettled(page);
  const census = await labelCensus(page);
  await page.screenshot({ path: screenshotPath('explorer-readable-expanded') });
  expect(census.overlapping).toBe(0);
  const inView = await page.evaluate((id) => {
    const cy = window.cy!;
    const { x, y } = cy.getElementById(id).renderedPosition();
    return x >= 0 && y >= 0 && x <= cy.width() && y <= cy.height();
  }, hub);
  expect(inView).toBe(true);
  // The new neighbours sit on no other node (the layout's own nodes are fcose's business).
  const overlapping = await page.evaluate((old) => {
    const cy = window.cy!;
    const box = (n: cytoscape.NodeSingular) => n.boundingBox({ includeLabels: false });
    const fresh = cy.nodes().filter((n) => !old.includes(n.id()));
    let count = 0;
    fresh.forEach((a) => {
      cy.nodes().forEach((b) => {
        if (a.id() === b.id()) return;
        const [p, q] = [box(a), box(b)];
        if (p.x1 < q.x2 && q.x1 < p.x2 && p.y1 < q.y2 && q.y1 < p.y2) count++;
      });
    });
    return count;
  }, oldIds);
  expect(overlapping).toBe(0);
});
