import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { removeArticle } from '@/lib/graph/load-article';
import { readQuery } from '@/lib/neo4j/run';
import { closeDriver } from '@/lib/neo4j/driver';
import { mapPool } from '@/lib/pool';
import { BAD_LINES, batchJsonl } from '@/lib/ingest/fixtures/batch-records';
import { screenshotPath } from './helpers/screenshot';

// The "done when": a JSONL file of 200 records with 3 bad lines, through the real upload form. It shows
// per-record progress, lands 197, reports the 3 with their lines, and after a cancel an upload of the same file
// resumes without duplicates.
const SOURCE = 'e2e-batch';
const file = { name: 'batch.jsonl', mimeType: 'application/x-ndjson', buffer: Buffer.from(batchJsonl(SOURCE)) };

async function stored(): Promise<{ n: number; ids: number }> {
  const r = (await readQuery('MATCH (a:Article {source: $source}) RETURN count(a) AS n, count(DISTINCT a.id) AS ids', { source: SOURCE })).records[0];
  return { n: Number(r?.get('n')), ids: Number(r?.get('ids')) };
}
async function clean() {
  const ids = (await readQuery('MATCH (a:Article {source: $source}) RETURN a.id AS id', { source: SOURCE })).records.map((r) => r.get('id') as string);
  await mapPool(ids, 4, (id) => removeArticle(id));
}
const progressValue = (page: Page) => page.locator('.upload-progress progress').evaluate((el) => (el as HTMLProgressElement).value);

// A few seconds on a quiet machine; the limits leave room for a shared one under load (about 1 s a record).
const LIMIT_MS = 240_000;
test.beforeAll(async () => {
  test.setTimeout(LIMIT_MS);
  await clean();
});
test.afterAll(async () => {
  test.setTimeout(LIMIT_MS);
  await clean();
  await closeDriver();
});

test('200 records, 3 bad lines: per-record progress, cancel, resume without duplicates, report with lines and as CSV', async ({ page }) => {
  test.setTimeout(LIMIT_MS);
  await page.goto('/ingest');
  const form = page.getByRole('form', { name: 'Upload article files' });
  await form.getByLabel('Files', { exact: true }).setInputFiles(file);
  await form.getByRole('button', { name: 'Upload and add' }).click();

  // Progress moves record by record (in batches of at most 10), with a rate and an estimate once known.
  const status = form.locator('.upload-progress');
  await expect.poll(() => progressValue(page), { timeout: 60_000 }).toBeGreaterThanOrEqual(20);
  await expect(status).toContainText(/\d+ of 200 records · [\d.]+ records\/s · about \d+ (s|min)/);
  await page.screenshot({ path: screenshotPath('ingest-batch-progress') });
  await form.getByRole('button', { name: 'Cancel' }).click();

  const report = form.locator('.batch-report');
  await expect(report).toContainText(/Cancelled after \d+ of 200 records/, { timeout: 60_000 });
  const firstAdded = Number(/(\d+) added/.exec((await report.textContent()) ?? '')?.[1]);
  expect(firstAdded).toBeGreaterThan(0);
  expect(firstAdded).toBeLessThan(197);
  expect(await stored()).toEqual({ n: firstAdded, ids: firstAdded });

  // Resume: the same file again. What is in is skipped; the rest lands; the bad lines are reported with their numbers.
  await form.getByLabel('Files', { exact: true }).setInputFiles(file);
  await form.getByRole('button', { name: 'Upload and add' }).click();
  await expect(report).toContainText(`${197 - firstAdded} added, 0 updated, ${firstAdded} skipped (already in), 3 failed`, { timeout: 180_000 });
  await expect(report).not.toContainText('Cancelled');
  expect(await stored()).toEqual({ n: 197, ids: 197 });
  const failedRows = report.locator('tr[data-status="failed"]');
  await expect(failedRows).toHaveCount(3);
  for (const [i, line] of BAD_LINES.entries()) await expect(failedRows.nth(i).locator('td').nth(1)).toHaveText(String(line));
  await expect(failedRows.nth(0)).toContainText('Not valid JSON');
  await expect(failedRows.nth(1)).toContainText('has no text');
  await expect(failedRows.nth(2)).toContainText('no readable text');
  await failedRows.nth(0).scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath('ingest-batch-report') });

  const [download] = await Promise.all([page.waitForEvent('download'), report.getByRole('button', { name: 'Download report (CSV)' }).click()]);
  expect(download.suggestedFilename()).toBe('ingest-report.csv');
  const csv = readFileSync(await download.path(), 'utf8')
    .trim()
    .split('\r\n');
  expect(csv[0]).toBe('file,line,title,status,reason,article id');
  expect(csv).toHaveLength(201);
  expect(csv.filter((row) => row.includes(',failed,')).map((row) => row.split(',')[1])).toEqual(BAD_LINES.map(String));
});
