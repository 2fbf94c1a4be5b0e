import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { ENTITY_STYLE } from '../lib/cy/entity-style';
import { findAll, parseXmlStrict, type XmlElement } from '../lib/cy/strict-xml';

// The explorer's downloads, on the seed graph (scripts/test.mjs loads it): the PNG is twice the size of the view
// with a legend drawn under it, the SVG parses and names every entity, and GraphML and GEXF parse with a strict
// XML parser and carry the evidence of a real seed relation (UNODC GUARDS, from the French article).
const SEED_ARTICLE = 'un-news-2011-09-21-security-cooperation';
const GUARDS_SENTENCE = 'gardiens des instruments légaux';

async function ready(page: Page) {
  await page.goto('/');
  await page.waitForFunction(() => window.explorerTimings?.layoutDoneAtMs !== undefined && window.cy!.nodes().length >= 10);
  await page.waitForTimeout(1000); // the opening layout's animation settles
}

/** Clicks an export button; the file is kept in the test's output folder, to look at when a check fails. */
async function download(page: Page, button: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('group', { name: 'Export' }).getByRole('button', { name: button, exact: true }).click()]);
  await file.saveAs(test.info().outputPath(file.suggestedFilename()));
  return { name: file.suggestedFilename(), body: fs.readFileSync(await file.path()) };
}

test('PNG: twice the view, with the legend of the types shown drawn underneath in their colours', async ({ page }) => {
  await ready(page);
  const { name, body } = await download(page, 'PNG');
  expect(name).toBe('newsgraph-view.png');
  expect(body.subarray(1, 4).toString()).toBe('PNG');
  const types = await page.evaluate(() => [...new Set(window.cy!.nodes().map((n) => n.data('type') as string))]);
  const colours = types.map((t) => ENTITY_STYLE[t as keyof typeof ENTITY_STYLE].color);
  // Decoded in the page: its size, the size of Cytoscape's own 1x picture, and the legend's pixels by colour.
  const seen = await page.evaluate(
    async ({ data, colours }) => {
      const load = (src: string) =>
        new Promise<HTMLImageElement>((resolve, reject) => {
          const image = new Image();
          image.onload = () => resolve(image);
          image.onerror = reject;
          image.src = src;
        });
      const picture = await load(`data:image/png;base64,${data}`);
      const one = await load(window.cy!.png({ output: 'base64uri', full: true, scale: 1, bg: '#ffffff' }));
      const canvas = document.createElement('canvas');
      canvas.width = picture.width;
      canvas.height = picture.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(picture, 0, 0);
      const below = ctx.getImageData(0, one.height * 2, picture.width, picture.height - one.height * 2).data;
      const rgb = colours.map((hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)));
      const counts = rgb.map(() => 0);
      for (let p = 0; p < below.length; p += 4)
        rgb.forEach(([r, g, b], i) => {
          if (Math.abs(below[p]! - r!) < 8 && Math.abs(below[p + 1]! - g!) < 8 && Math.abs(below[p + 2]! - b!) < 8) counts[i]!++;
        });
      return { width: picture.width, height: picture.height, oneWidth: one.width, oneHeight: one.height, counts };
    },
    { data: body.toString('base64'), colours },
  );
  expect(Math.abs(seen.width - 2 * seen.oneWidth), `${seen.width} vs 2 × ${seen.oneWidth}`).toBeLessThanOrEqual(2);
  expect(seen.height).toBeGreaterThan(2 * seen.oneHeight + 60); // the legend: a title row and at least one row of types
  // Every entity type in the view has a swatch (14 × 14 at 2×) in the legend.
  for (const [i, type] of types.entries()) expect(seen.counts[i], `legend swatch of ${type}`).toBeGreaterThan(100);
  await expect(page.getByTestId('export-status')).toHaveText('Downloaded newsgraph-view.png.');
});

test("SVG: a well-formed picture with every entity's label and shape, and the legend", async ({ page }) => {
  await ready(page);
  const { name, body } = await download(page, 'SVG');
  expect(name).toBe('newsgraph-view.svg');
  const svg = parseXmlStrict(body.toString('utf8'));
  expect(svg.name).toBe('svg');
  const labels = await page.evaluate(() => window.cy!.nodes().map((n) => n.data('label') as string));
  const groups = findAll(svg, 'g');
  const texts = findAll(
    groups.find((g) => g.attributes.class === 'labels')!,
    'text',
  ).map((t) => t.text);
  expect(texts.sort()).toEqual(labels.sort());
  expect(groups.filter((g) => g.attributes.class === 'node')).toHaveLength(labels.length);
  expect(
    findAll(
      groups.find((g) => g.attributes.class === 'legend')!,
      'text',
    ).map((t) => t.text),
  ).toContain('Legend');
  // The browser draws it too.
  const size = await page.evaluate(async (text) => {
    const image = new Image();
    image.src = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
    await image.decode();
    return image.width;
  }, body.toString('utf8'));
  expect(size).toBeGreaterThan(100);
});

/** The evidence attributes of an exported edge, whatever the format. */
function graphmlValues(doc: XmlElement, element: XmlElement) {
  const names = new Map(findAll(doc, 'key').map((k) => [k.attributes.id!, k.attributes['attr.name']!]));
  return Object.fromEntries(element.children.filter((c) => c.name === 'data').map((d) => [names.get(d.attributes.key!)!, d.text]));
}
const gexfValues = (element: XmlElement) => Object.fromEntries(findAll(element, 'attvalue').map((v) => [v.attributes.for!, v.attributes.value!]));

test('GraphML and GEXF: strict XML with the evidence of a seed relation (sentence, article id and title, offsets) and aliases', async ({ page }) => {
  await ready(page);
  const guards = await page.evaluate(() => window.cy!.edges('[type = "GUARDS"]').first().id());
  expect(guards).toBeTruthy();
  const nodeCount = await page.evaluate(() => window.cy!.nodes().length);

  const graphml = await download(page, 'GraphML');
  expect(graphml.name).toBe('newsgraph-view.graphml');
  await expect(page.getByTestId('export-status')).toHaveText(/^GraphML: \d+ entities, \d+ relations with their evidence\.$/);
  const doc = parseXmlStrict(graphml.body.toString('utf8'));
  expect(findAll(doc, 'node')).toHaveLength(nodeCount);
  const edge = findAll(doc, 'edge').find((e) => e.attributes.id === guards)!;
  expect(edge.attributes.source).toBe('org-unodc');
  const values = graphmlValues(doc, edge);
  expect(values.sentence).toContain(GUARDS_SENTENCE);
  expect(values.article_id).toBe(SEED_ARTICLE);
  expect(values.article_title!.length).toBeGreaterThan(5);
  expect(Number(values.end)).toBeGreaterThan(Number(values.start));
  const unodc = findAll(doc, 'node').find((n) => n.attributes.id === 'org-unodc')!;
  expect(graphmlValues(doc, unodc).aliases).toContain('ONUDC');

  const gexf = await download(page, 'GEXF');
  expect(gexf.name).toBe('newsgraph-view.gexf');
  const g = parseXmlStrict(gexf.body.toString('utf8'));
  expect(g.attributes.version).toBe('1.3');
  const gEdge = findAll(g, 'edge').find((e) => e.attributes.id === guards)!;
  expect(gexfValues(gEdge)).toMatchObject({ sentence: values.sentence, article_id: SEED_ARTICLE, article_title: values.article_title, start: values.start, end: values.end });
  expect(gexfValues(findAll(g, 'node').find((n) => n.attributes.id === 'org-unodc')!).aliases).toContain('ONUDC');
});
