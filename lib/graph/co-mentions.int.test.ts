import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArticle, removeArticle } from './load-article';
import { orientStoredCoMentions } from './orient-co-mentions';
import { applySchema } from '@/lib/neo4j/schema';
import { closeDriver } from '@/lib/neo4j/driver';
import { readQuery, writeTransaction } from '@/lib/neo4j/run';
import type { Article, Extraction } from '@/lib/model';

// Two articles naming the same pair in opposite orders: the extractor gives a→b in one and b→a in the other.
const P = 'test-comention-';
const text = 'Ada Testperson met Bob Testperson in Testtown.';
const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
const article = (n: number): Article => ({ id: `${P}article-${n}`, title: `Co ${n}`, publishedAt: '2020-01-01', language: 'en', source: 'test', text });
const [ada, bob] = [`${P}person-ada`, `${P}person-bob`];
const extraction = (source: string, target: string): Extraction => ({
  language: 'en',
  entities: [
    { id: ada, name: 'Ada Testperson', type: 'Person', aliases: [], mentions: [span('Ada Testperson')] },
    { id: bob, name: 'Bob Testperson', type: 'Person', aliases: [], mentions: [span('Bob Testperson')] },
  ],
  relations: [{ type: 'CO_MENTIONED', source, target, confidence: 0.2, evidence: [span(text)] }],
});

async function pairState() {
  const rows = await readQuery(
    `MATCH (s:Entity)-[r:CO_MENTIONED]->(t:Entity) WHERE s.id IN $ids AND t.id IN $ids
     RETURN s.id AS source, t.id AS target, r.articleIds AS articleIds, size(r.evidence) AS evidence`,
    { ids: [ada, bob] },
  );
  const degrees = await readQuery('UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN e.degree AS d ORDER BY id', { ids: [ada, bob] });
  return { edges: rows.records.map((r) => r.toObject()), degrees: degrees.records.map((r) => Number(r.get('d'))) };
}

beforeAll(() => applySchema());
afterAll(async () => {
  await writeTransaction((tx) => tx.run('MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n', { p: P }));
  await closeDriver();
});

describe('co-mentions are stored once per pair', () => {
  it('two articles naming the pair in opposite directions make ONE relationship, lower id to higher, degree 1 each', async () => {
    await loadArticle(article(1), extraction(ada, bob));
    await loadArticle(article(2), extraction(bob, ada));
    const { edges, degrees } = await pairState();
    expect(edges).toHaveLength(1);
    expect(edges[0]).toMatchObject({ source: ada, target: bob });
    expect([...(edges[0]!.articleIds as string[])].sort()).toEqual([`${P}article-1`, `${P}article-2`]);
    expect(Number(edges[0]!.evidence)).toBe(2);
    expect(degrees).toEqual([1, 1]);
    // Removing one article keeps the other's support on the same relationship.
    await removeArticle(`${P}article-2`);
    expect((await pairState()).edges.map((e) => e.articleIds)).toEqual([[`${P}article-1`]]);
    await removeArticle(`${P}article-1`);
  });

  it('folds a reversed pair stored by older versions into one relationship and recounts degrees; a second run changes nothing', async () => {
    await loadArticle(article(1), extraction(ada, bob));
    // What older versions wrote for article 2: the same pair, the other way round, and stale degrees of 2.
    await writeTransaction((tx) =>
      tx.run(
        `MATCH (a:Entity {id: $ada}), (b:Entity {id: $bob})
         CREATE (b)-[:CO_MENTIONED {articleIds: [$art], evidence: ['old'], evidenceArticleIds: [$art], evidenceStarts: [0], evidenceEnds: [3],
                                    evidenceConfidences: [0.3], confidence: 0.3}]->(a)
         SET a.degree = 2, b.degree = 2`,
        { ada, bob, art: `${P}article-old` },
      ),
    );
    expect((await pairState()).edges).toHaveLength(2);
    expect(await orientStoredCoMentions()).toBeGreaterThanOrEqual(2);
    const { edges, degrees } = await pairState();
    expect(edges).toHaveLength(1);
    expect(edges[0]).toMatchObject({ source: ada, target: bob });
    expect([...(edges[0]!.articleIds as string[])].sort()).toEqual([`${P}article-1`, `${P}article-old`]);
    expect(Number(edges[0]!.evidence)).toBe(2);
    expect(degrees).toEqual([1, 1]);
    await orientStoredCoMentions();
    expect((await pairState()).edges).toHaveLength(1);
  });
});
