#!/usr/bin/env node
// Screenshots of the explorer for the README, from a running app with the seed loaded:
//   node scripts/explorer-screenshots.mjs http://127.0.0.1:3000
// Writes docs/screenshots/{explorer-search,explorer-evidence,explorer-path,filter-cypher,article}.png at 1400x900.
import path from 'node:path';
import { chromium } from '@playwright/test';
import { findChromium } from './chromium.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:3000';
const out = (name) => path.join('docs', 'screenshots', name);
const chromiumPath = findChromium();
if (!chromiumPath.ok) throw new Error(chromiumPath.message);
const browser = await chromium.launch({
  executablePath: chromiumPath.path,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
// eslint-disable-next-line no-undef -- runs in the page
const ready = () => page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 3);
const settle = () => page.waitForTimeout(900);
const panel = page.getByRole('complementary', { name: 'Details' });

await page.goto(`${base}/`);
await ready();
await page.keyboard.press('/');
await page.keyboard.type('ONUDC');
await page.getByRole('option').first().waitFor();
await settle();
await page.screenshot({ path: out('explorer-search.png') });
console.log('wrote', out('explorer-search.png'));

await page.keyboard.press('Enter');
await panel.getByRole('region', { name: 'GUARDS' }).waitFor();
await panel.getByRole('heading', { name: 'Relations (4)' }).scrollIntoViewIfNeeded();
await settle();
await page.screenshot({ path: out('explorer-evidence.png') });
console.log('wrote', out('explorer-evidence.png'));

await page.goto(`${base}/?focus=person-ban-ki-moon`);
await ready();
await panel.getByRole('combobox', { name: 'Path to' }).fill('Ekaterinbourg');
await panel.getByRole('option').first().waitFor();
await page.keyboard.press('Enter');
await panel.getByText(/hops? to Ekaterinburg/).waitFor();
await settle();
await page.screenshot({ path: out('explorer-path.png') });
console.log('wrote', out('explorer-path.png'));

await page.goto(`${base}/`);
await ready();
await page.getByText('Filters', { exact: true }).click();
for (const type of ['Person', 'Organization', 'Event', 'Location']) await page.getByRole('checkbox', { name: type, exact: true }).check();
await page.getByRole('checkbox', { name: 'Hide CO_MENTIONED' }).check();
await page.getByRole('checkbox', { name: 'Show Cypher' }).check();
await page.getByRole('button', { name: 'Apply filter' }).click();
await page.getByTestId('cypher-preview').getByRole('link', { name: 'Open in console' }).scrollIntoViewIfNeeded();
await settle();
await page.screenshot({ path: out('filter-cypher.png') });
console.log('wrote', out('filter-cypher.png'));

await page.goto(`${base}/?focus=org-unodc`);
await panel.getByRole('region', { name: 'GUARDS' }).getByRole('link', { name: 'in the article' }).click();
await page.locator('mark#evidence').waitFor();
await settle();
await page.screenshot({ path: out('article.png') });
console.log('wrote', out('article.png'));
await browser.close();
