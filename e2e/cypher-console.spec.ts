import { expect, test, type Page } from '@playwright/test';
import { screenshotPath } from './helpers/screenshot';

// The console at /cypher, on the seed graph. Graph state is checked through window.cy.

async function typeQuery(page: Page, query: string) {
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(query);
}

test('Ctrl-Enter runs the query: paths are drawn with the explorer styles and rows listed', async ({ page }) => {
  await page.goto('/cypher');
  await page.locator('.cm-editor').waitFor();
  await typeQuery(page, 'MATCH p = (:Person)-[:LEADS]->(:Organization) RETURN p');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('result-summary')).toContainText('2 rows');
  await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) === 4);
  const graph = await page.evaluate(() => ({
    ids: window
      .cy!.nodes()
      .map((n) => n.id())
      .sort(),
    edges: window.cy!.edges().map((e) => e.data('type') as string),
  }));
  expect(graph.ids).toEqual(['org-united-nations', 'org-unodc', 'person-ban-ki-moon', 'person-yury-fedotov']);
  expect(graph.edges).toEqual(['LEADS', 'LEADS']);
  await expect(page.getByRole('table')).toContainText('path (1 hop)');
});

test('scalars go to the table; results past the row cap say truncated; merge keeps the earlier graph', async ({ page }) => {
  await page.goto(`/cypher?query=${encodeURIComponent('UNWIND range(1, 5000) AS x RETURN x')}`);
  await page.getByRole('button', { name: /^Run/ }).click();
  await expect(page.getByTestId('result-summary')).toContainText('1000 rows');
  await expect(page.getByTestId('result-summary')).toContainText('truncated at the row cap (1000)');
  await typeQuery(page, 'MATCH (e:Entity {id: $id}) RETURN e');
  await page.getByLabel('Parameters (JSON)').fill('{"id": "org-unodc"}');
  await page.getByRole('button', { name: /^Run/ }).click();
  await page.waitForFunction(() => window.cy?.nodes().length === 1);
  await page.getByLabel('Merge into the graph').check();
  await page.getByLabel('Parameters (JSON)').fill('{"id": "loc-russia"}');
  await page.getByRole('button', { name: /^Run/ }).click();
  await page.waitForFunction(() => window.cy?.nodes().length === 2);
});

test('errors show Neo4j’s message and the line and column; writes are refused', async ({ page }) => {
  await page.goto('/cypher');
  await page.locator('.cm-editor').waitFor();
  await typeQuery(page, 'MATCH (n)\nRETURN n ORDER BY');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('query-error')).toContainText('line 2, column');
  await typeQuery(page, 'MATCH (e:Entity) DETACH DELETE e');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('query-error')).toContainText('read-only');
  await page.getByLabel('Parameters (JSON)').fill('{oops');
  await page.getByRole('button', { name: /^Run/ }).click();
  await expect(page.getByTestId('query-error')).toContainText('Parameters must be a JSON object');
});

test('history survives a reload in the session; a saved example loads and runs', async ({ page }) => {
  await page.goto('/cypher');
  await page.locator('.cm-editor').waitFor();
  await typeQuery(page, 'MATCH (l:Location) RETURN l.name AS name');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('result-summary')).toContainText('rows');
  await page.reload();
  const history = page.getByRole('region', { name: 'History (this session)' });
  await expect(history.getByRole('button', { name: 'MATCH (l:Location) RETURN l.name AS name' })).toBeVisible();
  await page.getByRole('button', { name: 'People who spoke at meetings in Russia' }).click();
  await expect(page.locator('.cm-content')).toContainText('SPOKE_AT');
  await page.getByRole('button', { name: /^Run/ }).click();
  await page.waitForFunction(() => window.cy?.getElementById('person-ban-ki-moon').nonempty() ?? false);
  expect(await page.evaluate(() => window.cy!.getElementById('loc-russia').nonempty())).toBe(true);
});

test('completion offers labels from the live schema', async ({ page }) => {
  await page.goto('/cypher');
  await page.locator('.cm-editor').waitFor();
  await typeQuery(page, 'MATCH (n');
  await page.keyboard.type(':Pers', { delay: 40 });
  await expect(page.locator('.cm-tooltip-autocomplete')).toContainText('Person');
});

test('the completion popup is shown whole, not clipped by the editor’s box', async ({ page }) => {
  await page.goto('/cypher');
  await page.locator('.cm-editor').waitFor();
  await typeQuery(page, 'MATCH (n) RETURN n');
  await page.keyboard.type('.', { delay: 40 });
  const popup = page.locator('.cm-tooltip-autocomplete');
  await expect(popup).toContainText('name');
  await page.screenshot({ path: screenshotPath('cypher-completion') });
  const shown = await popup.evaluate((el) => {
    const box = el.getBoundingClientRect();
    // What of the popup the page's scrolling or clipping boxes around it let through.
    // A fixed popup escapes every box that does not make a containing block for it (a transform, filter or contain).
    const fixed = getComputedStyle(el).position === 'fixed';
    let [top, bottom] = [Math.max(0, box.top), Math.min(window.innerHeight, box.bottom)];
    for (let a = el.parentElement; a; a = a.parentElement) {
      const style = getComputedStyle(a);
      if (style.overflowY === 'visible' && style.overflowX === 'visible') continue;
      if (fixed && style.transform === 'none' && style.filter === 'none' && !/paint|strict|content/.test(style.contain)) continue;
      const r = a.getBoundingClientRect();
      [top, bottom] = [Math.max(top, r.top), Math.min(bottom, r.bottom)];
    }
    // The options inside the list's own scrolled window, each checked at its middle: is the popup what is seen there?
    const list = el.querySelector('ul')!.getBoundingClientRect();
    const options = [...el.querySelectorAll('li')]
      .map((li) => li.getBoundingClientRect())
      .filter((r) => r.top >= list.top - 1 && r.bottom <= list.bottom + 1)
      .map((r) => el.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)));
    return { height: box.height, visible: Math.max(0, bottom - top), options };
  });
  expect(shown.height).toBeGreaterThan(60);
  expect(shown.visible).toBeGreaterThanOrEqual(shown.height - 1);
  expect(shown.options.length).toBeGreaterThanOrEqual(5);
  expect(shown.options.every(Boolean)).toBe(true);
});

test('after an error the earlier result is gone; with merge on the kept graph is marked as earlier', async ({ page }) => {
  await page.goto('/cypher');
  await page.locator('.cm-editor').waitFor();
  await typeQuery(page, 'MATCH (e:Entity {id: "org-unodc"}) RETURN e, e.name AS name');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('result-summary')).toContainText('1 row');
  await page.waitForFunction(() => window.cy?.nodes().length === 1);
  await typeQuery(page, 'MATCH (n) RETURN n ORDER BY');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('query-error')).toBeVisible();
  await expect(page.getByTestId('result-summary')).toHaveCount(0);
  await expect(page.getByRole('table')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Graph result' }).locator('canvas')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Graph result' })).toContainText('are drawn here');
  await page.screenshot({ path: screenshotPath('cypher-error-clears') });

  await page.getByLabel('Merge into the graph').check();
  await typeQuery(page, 'MATCH (e:Entity {id: "org-unodc"}) RETURN e');
  await page.keyboard.press('Control+Enter');
  await page.waitForFunction(() => window.cy?.nodes().length === 1);
  await expect(page.getByTestId('earlier-result')).toHaveCount(0);
  await typeQuery(page, 'MATCH (n) RETURN n ORDER BY');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('query-error')).toBeVisible();
  await expect(page.getByTestId('result-summary')).toHaveCount(0);
  await expect(page.getByTestId('earlier-result')).toContainText('from earlier queries');
});
