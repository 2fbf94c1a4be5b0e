import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySchema } from '@/lib/neo4j/schema';
import { closeDriver } from '@/lib/neo4j/driver';
import { readQuery, writeTransaction } from '@/lib/neo4j/run';
import { REFRESH_ENTITY_COUNTS } from './entity-counts';

// A tiny graph under its own prefix: a hub with two relations, one of them a loop (a curation merge of two related
// entities makes one), two articles mentioning it, and a leaf; stale counts everywhere to see them replaced.
const P = 'test-counts-';
const IDS = [`${P}hub`, `${P}leaf`, `${P}other`];

beforeAll(async () => {
  await applySchema();
  await writeTransaction((tx) =>
    tx.run(
      `
    CREATE (h:Entity:Organization {id: $p + 'hub', name: 'Counts Hub', type: 'Organization', aliases: [], degree: 99, articleCount: 99})
    CREATE (l:Entity:Person {id: $p + 'leaf', name: 'Counts Leaf', type: 'Person', aliases: [], degree: 99, articleCount: 99})
    CREATE (o:Entity:Person {id: $p + 'other', name: 'Counts Other', type: 'Person', aliases: [], degree: 99, articleCount: 99})
    CREATE (l)-[:MEMBER_OF {articleIds: [$p + 'a1']}]->(h), (h)-[:MET_WITH {articleIds: [$p + 'a1']}]->(h)
    CREATE (a1:Article {id: $p + 'a1'})-[:MENTIONS {count: 1}]->(h), (a1)-[:MENTIONS {count: 1}]->(l)
    CREATE (:Article {id: $p + 'a2'})-[:MENTIONS {count: 2}]->(h)`,
      { p: P },
    ),
  );
});
afterAll(async () => {
  await writeTransaction((tx) => tx.run('MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n', { p: P }));
  await closeDriver();
});

describe('REFRESH_ENTITY_COUNTS', () => {
  it('counts relations to entities (a loop once) and the articles mentioning the entity, as walking the graph does', async () => {
    await writeTransaction((tx) => tx.run(REFRESH_ENTITY_COUNTS, { entityIds: IDS }));
    const rows = (
      await readQuery(
        `
      UNWIND $ids AS id MATCH (e:Entity {id: id})
      RETURN e.id AS id, e.degree AS degree, e.articleCount AS articleCount,
             COUNT { (e)-[]-(:Entity) } AS walkedDegree, COUNT { (:Article)-[:MENTIONS]->(e) } AS walkedArticles
      ORDER BY id`,
        { ids: IDS },
      )
    ).records.map((r) => r.toObject());
    expect(rows.map((r) => [r.id, Number(r.degree), Number(r.articleCount)])).toEqual([
      [`${P}hub`, 2, 2],
      [`${P}leaf`, 1, 1],
      [`${P}other`, 0, 0],
    ]);
    for (const r of rows) expect([Number(r.degree), Number(r.articleCount)]).toEqual([Number(r.walkedDegree), Number(r.walkedArticles)]);
  });
});
