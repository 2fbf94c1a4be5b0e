import { describe, expect, it } from 'vitest';
import { loadSeed } from '@/lib/seed/load-seed';
import { countGraph } from '@/lib/graph/stats';
import { generateArticles } from '@/bench/generate';
import { ingestGenerated } from './helpers';
import { withEmptyDatabase, wipeDatabase } from './fixture';

withEmptyDatabase();

describe('reliability 1: repeating a load changes nothing', () => {
  it('seeding three times gives identical node, relationship and property counts', async () => {
    await loadSeed();
    const first = await countGraph();
    expect(first.articles).toBe(2);
    await loadSeed();
    await loadSeed();
    expect(await countGraph()).toEqual(first);
  });

  it('ingesting the same 50 articles three times gives identical counts', async () => {
    await wipeDatabase();
    const articles = generateArticles({ count: 50, seed: 11, poolSize: 30 });
    for (const a of articles) await ingestGenerated(a);
    const first = await countGraph();
    expect(first.articles).toBe(50);
    expect(first.entities).toBe(new Set(articles.flatMap((a) => a.extraction.entities.map((e) => e.id))).size);
    for (let round = 0; round < 2; round++) {
      for (const a of articles) await ingestGenerated(a);
      expect(await countGraph()).toEqual(first);
    }
  });
});
