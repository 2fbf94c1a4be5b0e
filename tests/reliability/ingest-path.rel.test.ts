import { describe, expect, it } from 'vitest';
import { readQuery } from '@/lib/neo4j/run';
import { countGraph } from '@/lib/graph/stats';
import { ingestArticle, type IngestResult } from '@/lib/ingest';
import { articleIdFor } from '@/lib/ingest/input';
import { mapPool } from '@/lib/pool';
import { generateArticles, toIngestInput } from '@/bench/generate';
import { withEmptyDatabase } from './fixture';

// Cases 1 and 2 again, through the whole ingest function (extract + resolve + one transaction): resolution reads
// the graph inside the write transaction, so overlapping articles racing each other must still end with one
// entity per id and per name. (Which stored entity an alias resolves to can depend on arrival order, concurrent
// or not, so the concurrent graph is not compared with a sequential one.)
const DUPLICATE_ENTITIES = 'MATCH (e:Entity) WITH e.id AS id, count(*) AS n WHERE n > 1 RETURN count(id) AS duplicates';
const DUPLICATE_NAMES = 'MATCH (e:Entity) WITH e.type AS type, toLower(e.name) AS name, count(*) AS n WHERE n > 1 RETURN count(name) AS duplicates';
const DUPLICATE_RELATIONS = 'MATCH (s:Entity)-[r]->(t:Entity) WITH s, t, type(r) AS type, count(r) AS n WHERE n > 1 RETURN count(*) AS duplicates';
const ARTICLE_IDS = 'MATCH (a:Article) RETURN collect(a.id) AS ids';

// A pool of 6 names per type: every article shares entities (and relations) with many others.
const inputs = generateArticles({ count: 48, seed: 23, poolSize: 6 }).map(toIngestInput);

withEmptyDatabase();

describe('reliability 1 and 2 through ingestArticle (extract + resolve + write)', () => {
  it('16 concurrent ingests of overlapping articles: every article present, zero duplicates, no error surfaced', async () => {
    const results = await mapPool(inputs, 16, (input) => ingestArticle(input));
    expect(results.map((r) => r.status)).toEqual(inputs.map(() => 'added'));
    const ids = (await readQuery(ARTICLE_IDS)).records[0]?.get('ids') as string[];
    expect(ids.sort()).toEqual(inputs.map((i) => articleIdFor(i)).sort());
    for (const query of [DUPLICATE_ENTITIES, DUPLICATE_NAMES, DUPLICATE_RELATIONS]) {
      expect((await readQuery(query)).records[0]?.get('duplicates'), query).toBe(0);
    }
    // Each article is whole: one MENTIONS per entity its extraction found, and its evidence on its relations.
    const incomplete = await readQuery(`MATCH (a:Article) WHERE NOT (a)-[:MENTIONS]->() OR NOT EXISTS {
      MATCH (:Entity)-[r]->(:Entity) WHERE a.id IN r.evidenceArticleIds } RETURN count(a) AS n`);
    expect(incomplete.records[0]?.get('n')).toBe(0);
  });

  it('ingesting the same articles twice more changes no count, and each answer says so', async () => {
    const first = await countGraph();
    expect(first.articles).toBe(inputs.length);
    for (let round = 0; round < 2; round++) {
      const again: IngestResult[] = await mapPool(inputs, 4, (input) => ingestArticle(input));
      expect(again.every((r) => r.status === 'unchanged')).toBe(true);
      expect(await countGraph()).toEqual(first);
    }
  });
});
