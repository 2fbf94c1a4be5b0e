import { describe, expect, it } from 'vitest';
import { readQuery } from '@/lib/neo4j/run';
import { countGraph } from '@/lib/graph/stats';
import { generateArticles } from '@/bench/generate';
import { mapPool } from '@/lib/pool';
import { ingestGenerated } from './helpers';
import { withEmptyDatabase } from './fixture';

const DUPLICATE_ENTITIES = 'MATCH (e:Entity) WITH e.id AS id, count(*) AS n WHERE n > 1 RETURN count(id) AS duplicates';
const DUPLICATE_NAMES = 'MATCH (e:Entity) WITH e.type AS type, e.name AS name, count(*) AS n WHERE n > 1 RETURN count(name) AS duplicates';
const DUPLICATE_RELATIONS = 'MATCH (s:Entity)-[r]->(t:Entity) WITH s, t, type(r) AS type, count(r) AS n WHERE n > 1 RETURN count(*) AS duplicates';
const ARTICLE_IDS = 'MATCH (a:Article) RETURN collect(a.id) AS ids';

withEmptyDatabase();

describe('reliability 2: concurrent ingests of overlapping articles', () => {
  it('16 ingests at once end with zero duplicate entities and every article present, with no error surfaced', async () => {
    // A pool of 6 names per type: every article shares entities (and relations) with many others.
    const articles = generateArticles({ count: 64, seed: 22, poolSize: 6 });
    const errors: unknown[] = [];
    await mapPool(articles, 16, async (a) => {
      await ingestGenerated(a).catch((e: unknown) => errors.push(e));
    });
    expect(errors).toEqual([]);
    const counts = await countGraph();
    const ids = (await readQuery(ARTICLE_IDS)).records[0]?.get('ids') as string[];
    expect(ids.sort()).toEqual(articles.map((a) => a.article.id).sort());
    expect(counts.entities).toBe(new Set(articles.flatMap((a) => a.extraction.entities.map((e) => e.id))).size);
    for (const query of [DUPLICATE_ENTITIES, DUPLICATE_NAMES, DUPLICATE_RELATIONS]) {
      expect((await readQuery(query)).records[0]?.get('duplicates'), query).toBe(0);
    }
    // Every relation carries the evidence of every article that stated it, exactly once.
    const expectedEvidence = articles.reduce((n, a) => n + a.extraction.relations.reduce((m, r) => m + r.evidence.length, 0), 0);
    const evidence = (await readQuery('MATCH (:Entity)-[r]->(:Entity) RETURN sum(size(r.evidence)) AS n')).records[0]?.get('n');
    expect(evidence).toBe(expectedEvidence);
  });
});
