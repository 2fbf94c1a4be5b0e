import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readQuery } from '@/lib/neo4j/run';
import { applySchema } from '@/lib/neo4j/schema';
import { closeDriver } from '@/lib/neo4j/driver';
import { mapPool } from '@/lib/pool';
import { ingestFile, ingestRecords, summarise, type ItemOutcome } from './batch';
import { splitJsonl, toBatches } from './jsonl';
import { removeIngestedArticle } from './remove';
import { BAD_LINES, batchJsonl } from './fixtures/batch-records';

const SOURCE = 'batch-int-test';
const COUNT_SOURCE = 'MATCH (a:Article {source: $source}) RETURN count(a) AS n, count(DISTINCT a.id) AS ids';

async function removeBySource(source: string) {
  const ids = (await readQuery('MATCH (a:Article {source: $source}) RETURN a.id AS id', { source })).records.map((r) => r.get('id') as string);
  await mapPool(ids, 4, (id) => removeIngestedArticle(id));
}

async function storedDate(articleId: string): Promise<unknown> {
  return (await readQuery('MATCH (a:Article {id: $id}) RETURN a.publishedAt AS d, a.source AS s', { id: articleId })).records[0]?.get('d');
}

// Long hooks and tests: 200 records and their removal, on a machine that may be shared.
beforeAll(async () => {
  await applySchema();
  await removeBySource(SOURCE);
}, 400_000);
afterAll(async () => {
  await removeBySource(SOURCE);
  await removeBySource('uploaded file');
  await closeDriver();
}, 400_000);

describe('a JSONL batch of 200 records with 3 bad lines', () => {
  it('lands 197, reports the 3 with their lines, reports progress per record, and resumes after a cancel without duplicates', async () => {
    const jsonl = batchJsonl(SOURCE);
    // The browser's way: parsed client-side, good records sent in small batches; "cancelled" after the 6th batch.
    const good = splitJsonl(jsonl).flatMap((l) => ('value' in l ? [l] : []));
    const firstRun: ItemOutcome[] = [];
    for (const batch of toBatches(good, () => 1).slice(0, 6)) firstRun.push(...(await ingestRecords('batch.jsonl', batch)));
    expect(firstRun.map((o) => o.line)).toEqual(good.slice(0, 60).map((l) => l.line));
    expect(summarise(firstRun)).toMatchObject({ added: 60, failed: 0 });

    // The resume: the whole file again. Progress arrives once per record, as each finishes.
    const ticks: number[] = [];
    const rerun = await ingestFile('batch.jsonl', Buffer.from(jsonl), (o) => ticks.push(o.line ?? -1));
    expect(ticks).toHaveLength(200);
    expect(new Set(ticks).size).toBe(200);
    const summary = summarise(rerun);
    expect(summary).toMatchObject({ added: 137, unchanged: 60, failed: 3, updated: 0 });
    const failures = rerun.filter((o) => o.status === 'failed');
    expect(failures.map((o) => o.line)).toEqual([...BAD_LINES]);
    expect(failures[0]?.message).toMatch(/^Not valid JSON/);
    expect(failures[1]).toMatchObject({ title: 'Record without text', message: expect.stringMatching(/has no text/) });
    expect(failures[2]?.message).toMatch(/no readable text/);

    const stored = (await readQuery(COUNT_SOURCE, { source: SOURCE })).records[0];
    expect([stored?.get('n'), stored?.get('ids')]).toEqual([197, 197]);
    // The metadata came from the records' own fields (headline, published_at, source).
    const sample = (await readQuery('MATCH (a:Article {source: $source, title: $title}) RETURN a.publishedAt AS d', { source: SOURCE, title: `${SOURCE} record 2` })).records[0];
    expect(sample?.get('d')).toBe('2024-05-03');
  }, 400_000);
});

describe('dates of uploaded plain text', () => {
  it('no date written: no publishedAt stored (not the ingest day); "Publié le 3 juin 2024": 2024-06-03', async () => {
    const [undated] = await ingestFile('undated.txt', Buffer.from('Le conseil municipal de Lyon a voté le budget mardi soir après un long débat sur les écoles.'));
    const [dated] = await ingestFile(
      'dated.txt',
      Buffer.from('Lyon vote son budget\nPublié le 3 juin 2024\n\nLe conseil municipal de Lyon a voté le budget mardi soir après un débat sur les routes.'),
    );
    expect([undated?.status, dated?.status]).toEqual(['added', 'added']);
    expect(undated?.title).toBe('undated');
    expect(dated?.title).toBe('Lyon vote son budget');
    expect(await storedDate(undated!.articleId!)).toBeNull();
    expect(await storedDate(dated!.articleId!)).toBe('2024-06-03');
  });
});
