import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArticles } from './load-articles';
import { loadArticle, removeArticle } from './load-article';
import { countGraph } from './stats';
import { applySchema } from '@/lib/neo4j/schema';
import { closeDriver } from '@/lib/neo4j/driver';
import { generateArticles } from '@/bench/generate';

const items = generateArticles({ count: 30, seed: 404, poolSize: 8, idPrefix: 'batch-test' }).map((g) => ({
  ...g,
  // Entity ids of their own, so the suite never touches entities other suites (or the seed) own.
  extraction: {
    ...g.extraction,
    entities: g.extraction.entities.map((e) => ({ ...e, id: `batchtest-${e.id}` })),
    relations: g.extraction.relations.map((r) => ({ ...r, source: `batchtest-${r.source}`, target: `batchtest-${r.target}` })),
  },
}));
const removeAll = async () => {
  for (const { article } of items) await removeArticle(article.id);
};

beforeAll(() => applySchema());
afterAll(async () => {
  await removeAll();
  await closeDriver();
});

describe('loadArticles (batch ingest)', () => {
  it('gives exactly the graph that loading the articles one by one gives, and is idempotent', async () => {
    const before = await countGraph();
    for (const { article, extraction } of items) await loadArticle(article, extraction);
    const oneByOne = await countGraph();
    await removeAll();
    expect(await countGraph()).toEqual(before);

    const results = await loadArticles(items);
    expect(results.map((r) => r.status)).toEqual(items.map(() => 'added'));
    expect(await countGraph()).toEqual(oneByOne);
    expect((await loadArticles(items)).every((r) => r.status === 'unchanged')).toBe(true);
    expect(await countGraph()).toEqual(oneByOne);
  });

  it('routes a changed article through the per-article path', async () => {
    const first = items[0] as (typeof items)[number];
    const results = await loadArticles([{ ...first, article: { ...first.article, text: `${first.article.text} ` } }, items[1] as (typeof items)[number]]);
    expect(results.map((r) => r.status).sort()).toEqual(['unchanged', 'updated']);
  });
});
