import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { testDriver } from './helpers/neo4j';
import { screenshotPath } from './helpers/screenshot';

// Five real articles naming António Guterres (lib/extract/fixtures), ingested through the app with the dates they
// carry; the ONUDC anniversary piece goes in with no date, as an undated article must never be dropped.
const DIR = path.resolve(__dirname, '../lib/extract/fixtures');
const FIXTURES: Array<[file: string, publishedAt?: string]> = [
  ['en-justearth-2017-guterres-turkey', '2017-02-13'],
  ['fr-press-2017-lajcak-guterres', '2017-09-19'],
  ['en-justearth-2017-de-mistura-raqqa', '2017-10-20'],
  ['en-sabc-2019-guterres-drc-ebola', '2019-08-31'],
  ['fr-allafrica-2017-onudc-20-ans'],
];
const ingested: string[] = [];
let guterres = '';
const RANGE = { publishedFrom: '2017-09-01', publishedTo: '2017-10-31' };

test.describe.configure({ mode: 'serial' });
test.setTimeout(300_000);

test.beforeAll(async ({ request }) => {
  test.setTimeout(600_000);
  // One after the other, as a user would load them: entity resolution sees the earlier articles.
  for (const [file, publishedAt] of FIXTURES) {
    const text = fs.readFileSync(path.join(DIR, `${file}.txt`), 'utf8');
    const title = text.split('\n')[0]!.trim().slice(0, 200);
    const response = await request.post('/api/articles', { data: { text, title, source: 'e2e-timeline', ...(publishedAt ? { publishedAt } : {}) }, timeout: 180_000 });
    expect(response.status(), `${file}: ${await response.text()}`).toBeLessThan(300);
    ingested.push(((await response.json()) as { result: { articleId: string } }).result.articleId);
  }
  const search = (await (await request.get('/api/entities?q=Ant%C3%B3nio%20Guterres&type=Person')).json()) as { results: Array<{ id: string; name: string }> };
  guterres = search.results.find((r) => r.name === 'António Guterres')!.id;
});
test.afterAll(async ({ request }) => {
  for (const id of ingested) await request.delete(`/api/articles/${id}`);
});

/** Mentions per article date of the entity, straight from Neo4j, to check the strip against. */
async function mentionsByDate(id: string): Promise<Map<string | null, number>> {
  const driver = testDriver();
  try {
    const { records } = await driver.executeQuery(
      'MATCH (a:Article)-[m:MENTIONS]->(:Entity {id: $id}) RETURN a.publishedAt AS date, sum(m.count) AS n',
      { id },
      { database: process.env.NEO4J_DATABASE ?? 'neo4j' },
    );
    return new Map(records.map((r) => [r.get('date') as string | null, Number(r.get('n'))]));
  } finally {
    await driver.close();
  }
}

const barKeys = (page: Page) =>
  page
    .getByTestId('timeline-strip')
    .locator('.bar.brushed')
    .evaluateAll((bars) => bars.map((b) => b.getAttribute('data-key')));

test('the timeline of an entity: bars by month with the counts in Neo4j, dated articles in order, the undated one kept', async ({ page }) => {
  const counts = await mentionsByDate(guterres);
  // The extractor found António Guterres in the four articles that spell his first name; the Ankara piece says only "Guterres".
  expect([...counts.keys()].sort()).toEqual(['2017-09-19', '2017-10-20', '2019-08-31', null].sort());
  await page.goto(`/timeline?entity=${guterres}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('António Guterres');
  const strip = page.getByTestId('timeline-strip');
  await expect(strip).toHaveAttribute('data-granularity', 'month');
  // September 2017 to August 2019, every month drawn, empty ones too.
  const keys = await strip.locator('.bar').evaluateAll((bars) => bars.map((b) => b.getAttribute('data-key')));
  expect(keys).toHaveLength(24);
  expect([keys[0], keys[1], keys.at(-1)]).toEqual(['2017-09', '2017-10', '2019-08']);
  for (const [date, key] of [
    ['2017-09-19', '2017-09'],
    ['2017-10-20', '2017-10'],
    ['2019-08-31', '2019-08'],
  ] as const) {
    const title = await strip.locator(`.bar[data-key="${key}"]`).getAttribute('title');
    expect(title, key).toMatch(new RegExp(`: ${counts.get(date)} mentions?, [1-9]\\d* evidence$`));
  }
  await expect(strip.locator('.bar[data-key="2018-03"]')).toHaveAttribute('title', /: 0 mentions, 0 evidence$/);
  const dates = await page.getByTestId('timeline-article').evaluateAll((items) => items.map((i) => i.getAttribute('data-date')));
  expect(dates).toEqual(['2017-09-19', '2017-10-20', '2019-08-31', '']);
  const undated = page.getByTestId('timeline-undated');
  await expect(undated.getByRole('heading', { level: 2 })).toContainText(`Date unknown (${counts.get(null)} mention`);
  await expect(undated).toContainText('date unknown');
  // Evidence sentences come with their relation and a link to their place in the article.
  const october = page.locator('[data-testid="timeline-group"][data-key="2017-10"]');
  const sentence = october.getByTestId('timeline-sentence').filter({ hasText: 'Through his Spokesperson, United Nations Secretary-General António Guterres said' });
  await expect(sentence.locator('.tag-relation')).toContainText('LEADS → United Nations');
  await expect(sentence.getByRole('link', { name: /^in the article “/ })).toHaveAttribute('href', /^\/articles\/text-[0-9a-f]+\?start=\d+&end=\d+#evidence$/);
});

test('brushing with the mouse and the keyboard sets the explorer filter range, in the URL', async ({ page }) => {
  await page.goto(`/timeline?entity=${guterres}`);
  const bars = page.getByTestId('timeline-strip').locator('.bars');
  const box = (await bars.boundingBox())!;
  const barWidth = box.width / 24;
  await page.mouse.move(box.x + barWidth * 0.5, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + barWidth * 1.5, box.y + box.height / 2, { steps: 4 });
  await page.mouse.up();
  expect(await barKeys(page)).toEqual(['2017-09', '2017-10']);
  await expect(page.getByLabel('From', { exact: true })).toHaveValue(RANGE.publishedFrom);
  await expect(page.getByLabel('to', { exact: true })).toHaveValue(RANGE.publishedTo);
  await expect.poll(() => JSON.parse(new URL(page.url()).searchParams.get('filter') ?? '{}')).toEqual(RANGE);
  // The list keeps the two 2017 articles and the undated one; August 2019 is outside.
  const dates = await page.getByTestId('timeline-article').evaluateAll((items) => items.map((i) => i.getAttribute('data-date')));
  expect(dates).toEqual(['2017-09-19', '2017-10-20', '']);
  await expect(page.getByTestId('range-status')).toContainText('outside every date range');
  await expect(page.getByTestId('range-matches')).toBeVisible();
  await page.screenshot({ path: screenshotPath('timeline') });

  const strip = page.getByTestId('timeline-strip');
  await strip.focus();
  await page.keyboard.press('End'); // same width, at the end: July and August 2019
  expect(await barKeys(page)).toEqual(['2019-07', '2019-08']);
  await page.keyboard.press('Shift+ArrowLeft'); // narrower: July 2019 only
  expect(await barKeys(page)).toEqual(['2019-07']);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('2019-08-01');
  await page.keyboard.press('Escape');
  expect(await barKeys(page)).toEqual([]);
  await expect(page).not.toHaveURL(/filter=/);
  // Typed dates brush too, and a reload of the URL rebuilds the same range.
  await page.getByLabel('From', { exact: true }).fill(RANGE.publishedFrom);
  await page.getByLabel('to', { exact: true }).fill(RANGE.publishedTo);
  await expect(page).toHaveURL(/filter=/);
  await page.reload();
  expect(await barKeys(page)).toEqual(['2017-09', '2017-10']);
});

test('the brushed range narrows the explorer graph to what falls in it, and the filter panel shows the range', async ({ page }) => {
  await page.goto('/?limit=1000');
  await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 10);
  const everything = await page.evaluate(() => window.cy!.nodes().length);

  await page.goto(`/timeline?entity=${guterres}&filter=${encodeURIComponent(JSON.stringify(RANGE))}`);
  const matches = page.getByTestId('range-matches');
  await expect(matches).toHaveText(/In the graph, \d+ entities match this range/);
  const expected = Number((await matches.textContent())!.match(/(\d+) entities/)![1]);
  await page.getByRole('link', { name: 'Show this range in the explorer graph' }).click();
  await expect(page).toHaveURL(/[?&]filter=/);
  await page.waitForFunction((n) => window.cy?.nodes().length === n, expected);
  expect(expected).toBeLessThan(everything);

  // Exactly the entities named in the two articles of the range (Neo4j says which), nothing from 2011 or 2019.
  const driver = testDriver();
  const { records } = await driver.executeQuery(
    'MATCH (a:Article)-[:MENTIONS]->(e:Entity) WHERE a.publishedAt >= $publishedFrom AND a.publishedAt <= $publishedTo RETURN collect(DISTINCT e.id) AS ids',
    RANGE,
    { database: process.env.NEO4J_DATABASE ?? 'neo4j' },
  );
  await driver.close();
  const inRange = (records[0]!.get('ids') as string[]).sort();
  expect(
    await page.evaluate(() =>
      window
        .cy!.nodes()
        .map((n) => n.id())
        .sort(),
    ),
  ).toEqual(inRange);
  expect(inRange).not.toContain('org-unodc'); // the seed's, 2011, and the undated anniversary piece
  await page.getByText('Filters', { exact: true }).click();
  await expect(page.getByLabel('From', { exact: true })).toHaveValue(RANGE.publishedFrom);
  await expect(page.getByTestId('filter-status')).toContainText(`${expected} entities match`);
});

test('the details panel opens the timeline of an entity and of a relation', async ({ page }) => {
  await page.goto(`/?focus=${guterres}&expand=${guterres}`);
  await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 1);
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('António Guterres');
  await expect(details.getByRole('link', { name: /^Timeline of António Guterres/ })).toHaveAttribute('href', `/timeline?entity=${guterres}`);

  const edge = await page.evaluate((id) => {
    const found = window.cy!.edges(`[type = "LEADS"][source = "${id}"]`).first();
    found.emit('tap');
    return found.target().id();
  }, guterres);
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('LEADS');
  await details.getByRole('link', { name: /^Timeline of LEADS between António Guterres and/ }).click();
  await expect(page).toHaveURL(new RegExp(`/timeline\\?from=${guterres}&to=${edge}&type=LEADS`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('António Guterres');
  const tags = await page.locator('.tag-relation').allTextContents();
  expect(tags.length).toBeGreaterThan(0);
  expect(tags.every((t) => t.startsWith('LEADS'))).toBe(true);
  // LEADS is stated in each of the four articles, the undated one included.
  const dates = await page.getByTestId('timeline-article').evaluateAll((items) => items.map((i) => i.getAttribute('data-date')));
  expect(dates).toEqual(['2017-09-19', '2017-10-20', '2019-08-31', '']);
});
