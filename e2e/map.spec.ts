import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { project } from '@/lib/geo/projection';
import { testDriver } from './helpers/neo4j';
import { screenshotPath } from './helpers/screenshot';

// /map on the seed graph (scripts/test.mjs loads it): the security-cooperation article names Ekaterinburg
// (in French, "Ekaterinbourg") and Russia. Other specs may add places, so seed pins are found by entity id.
// GeoNames puts Yekaterinburg at 56.8519 N, 60.6122 E.
const EKATERINBURG = { id: 'loc-ekaterinburg', lat: 56.8519, lon: 60.6122 };
const RUSSIA = 'loc-russia';
const NOWHERE = { id: 'e2e-map-nowhere', name: 'Qzxville-sur-Rien' };

const pin = (page: Page, id: string) => page.locator(`a.map-pin[data-entity-id="${id}"]`);

/** The centre of a pin on screen, and the country shapes drawn under that point. */
async function whereOnScreen(page: Page, target: Locator) {
  const box = (await target.locator('circle').boundingBox())!;
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  const countries = await page.evaluate(
    ([px, py]) => document.elementsFromPoint(px!, py!).flatMap((el) => (el.classList.contains('map-country') ? [el.getAttribute('data-country')] : [])),
    [x, y],
  );
  return { x, y, countries };
}

test.beforeAll(async () => {
  // A place no gazetteer knows, mentioned by no article: the map must say it could not place it.
  const driver = testDriver();
  await driver.executeQuery("MERGE (e:Entity:Location {id: $id}) SET e.name = $name, e.type = 'Location', e.aliases = [], e.degree = 0, e.articleCount = 0", NOWHERE, {
    database: process.env.NEO4J_DATABASE ?? 'neo4j',
  });
  await driver.close();
});
test.afterAll(async () => {
  const driver = testDriver();
  await driver.executeQuery('MATCH (e:Entity {id: $id}) DETACH DELETE e', { id: NOWHERE.id }, { database: process.env.NEO4J_DATABASE ?? 'neo4j' });
  await driver.close();
});

test('the nav opens the map: the seed city is pinned where its coordinates project, on Russia, and nothing is fetched from elsewhere', async ({ page, baseURL }) => {
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(baseURL!) && !request.url().startsWith('data:')) foreign.push(request.url());
  });
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Map' }).click();
  // The first map of a server process waits for the geo worker to build its data: seconds on a loaded machine.
  await expect(page).toHaveURL(/\/map$/, { timeout: 60_000 });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Map');

  const city = pin(page, EKATERINBURG.id);
  await expect(city).toHaveAccessibleName(/^Ekaterinburg: 1 mention in 1 article\. Open in the explorer$/);
  const [x, y] = project(EKATERINBURG.lon, EKATERINBURG.lat);
  const circle = city.locator('circle');
  expect(Number(await circle.getAttribute('cx'))).toBeCloseTo(x, 0);
  expect(Number(await circle.getAttribute('cy'))).toBeCloseTo(y, 0);
  // On screen: the map's viewBox (960 wide) scaled to the SVG's width, and the basemap's Russia under the pin.
  const svg = (await page.locator('svg.world-map-svg').boundingBox())!;
  const onScreen = await whereOnScreen(page, city);
  expect(Math.abs(onScreen.x - (svg.x + (x * svg.width) / 960))).toBeLessThan(2);
  expect(Math.abs(onScreen.y - (svg.y + (y * svg.height) / 500))).toBeLessThan(2);
  expect(onScreen.countries).toEqual(['Russia']);

  // The country is a pin too, at a centroid inside its own shape, and its title says what it was matched to.
  await expect(pin(page, RUSSIA).locator('title')).toHaveText(/^Russia \(\d+ mentions?; country RU\)$/);
  expect((await whereOnScreen(page, pin(page, RUSSIA))).countries).toEqual(['Russia']);

  // The name nobody knows is listed, and the summary counts it.
  const unplaced = page.locator('details.unplaced');
  await unplaced.locator('summary').click();
  await expect(unplaced.getByRole('link', { name: NOWHERE.name })).toBeVisible();
  const unplacedCount = await unplaced.getByRole('listitem').count();
  await expect(page.getByTestId('map-summary')).toContainText(`${unplacedCount} place${unplacedCount === 1 ? '' : 's'} without coordinates`);
  await expect(page.locator('.map-attribution')).toContainText(/GeoNames.*CC BY 4\.0/);
  expect(foreign).toEqual([]);
});

test('a pin is reached by keyboard and opens its entity in the explorer, focused', async ({ page }) => {
  await page.goto('/map');
  const city = pin(page, EKATERINBURG.id);
  // Tab from the zoom controls into the pins until the seed city has focus.
  await page.getByRole('button', { name: 'Whole world' }).focus();
  for (let i = 0; i < 50 && !(await city.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(city).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]focus=loc-ekaterinburg(&|$)/);
  // The explorer loads the entity and its neighbours after the page: slow on a loaded machine.
  await expect(page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText('Ekaterinburg', { timeout: 30_000 });
});

test('the explorer links a place to the map, which opens zoomed on its pin; zoom keeps pins their size on screen', async ({ page }) => {
  await page.goto(`/?focus=${EKATERINBURG.id}`);
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Ekaterinburg');
  await details.getByRole('link', { name: 'On the map' }).click();
  await expect(page).toHaveURL(/\/map\?focus=loc-ekaterinburg$/);
  const city = pin(page, EKATERINBURG.id);
  await expect(city).toHaveAttribute('aria-current', 'true');
  const svg = page.locator('svg.world-map-svg');
  await expect(svg).toHaveAttribute('data-zoom', '4');
  const size = (await city.locator('circle').boundingBox())!.width;
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(svg).not.toHaveAttribute('data-zoom', '4');
  expect(Math.abs((await city.locator('circle').boundingBox())!.width - size)).toBeLessThan(1);
  // Still on Russia at this zoom.
  expect((await whereOnScreen(page, city)).countries).toEqual(['Russia']);
  await page.getByRole('button', { name: 'Whole world' }).click();
  await expect(svg).toHaveAttribute('data-zoom', '1');
});

// Two French fixture articles through the app's own extraction: French names that the map must place by their
// English GeoNames names ("Londres" → London, "Vienne" → Vienna in Austria, not Vienne in France; "Autriche").
const FIXTURES = ['fr-sport-2024-toulouse-brennus', 'fr-allafrica-2017-onudc-20-ans'];
const ingested: string[] = [];
const named = (page: Page, name: string) => page.locator(`a.map-pin[aria-label^="${name}: "]`);

test.describe('places extracted from fixture articles', () => {
  test.setTimeout(600_000);
  test.afterAll(async ({ request }) => {
    for (const id of ingested) await request.delete(`/api/articles/${id}`);
  });

  test('are pinned in the right countries, by their French names', async ({ page, request }) => {
    for (const name of FIXTURES) {
      const text = fs.readFileSync(path.resolve(__dirname, `../lib/extract/fixtures/${name}.txt`), 'utf8');
      const title = text.split('\n')[0]!.trim().slice(0, 200);
      const response = await request.post('/api/articles', { data: { text, title, source: 'e2e-map', publishedAt: '2024-06-29' }, timeout: 300_000 });
      expect(response.status(), `${name}: ${await response.text()}`).toBeLessThan(300);
      ingested.push(((await response.json()) as { result: { articleId: string } }).result.articleId);
    }
    await page.goto('/map');
    // Places the texts name unambiguously ("à Londres", "à Vienne, en Autriche").
    const expected: [string, string, string][] = [
      ['London', 'London, GB', 'United Kingdom'],
      ['Vienna', 'Vienna, AT', 'Austria'],
      ['Austria', 'country AT', 'Austria'],
    ];
    for (const [name, matched, country] of expected) {
      await expect(named(page, name).locator('title'), name).toHaveText(new RegExp(`; ${matched}\\)$`));
      expect((await whereOnScreen(page, named(page, name))).countries, name).toEqual([country]);
    }
    await page.locator('.world-map').screenshot({ path: screenshotPath('map') });
  });
});
