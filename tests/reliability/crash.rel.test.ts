import { afterAll, describe, expect, it } from 'vitest';
import { generateArticles } from '@/bench/generate';
import { dedicatedNeo4j, type LocalNeo4j } from './neo4j-process';

// This case talks to its own Neo4j, which it kills with SIGKILL: point the app's gateway at it before loading it.
const db = await dedicatedNeo4j();
process.env.NEO4J_URI = db.uri;
const { applySchema } = await import('@/lib/neo4j/schema');
const { closeDriver } = await import('@/lib/neo4j/driver');
const { readQuery } = await import('@/lib/neo4j/run');
const { countGraph } = await import('@/lib/graph/stats');
const { mapPool } = await import('@/lib/pool');
const { ingestGenerated } = await import('./helpers');
const { wipeDatabase } = await import('./fixture');

const ARTICLE_SHAPES = `
MATCH (a:Article)
RETURN a.id AS id, COUNT { (a)-[:MENTIONS]->(:Entity) } AS mentions,
       COLLECT { MATCH (a)-[m:MENTIONS]->(e:Entity) RETURN e.id + ':' + toString(m.count) ORDER BY e.id } AS mentionCounts`;
const EVIDENCE_PER_ARTICLE = 'MATCH (:Entity)-[r]->(:Entity) UNWIND r.evidenceArticleIds AS id RETURN id, count(*) AS n';
const ORPHANS = 'MATCH (e:Entity) WHERE NOT (e)<-[:MENTIONS]-(:Article) RETURN count(e) AS n';

let neo4j: LocalNeo4j | undefined;
afterAll(async () => {
  await closeDriver();
  await neo4j?.stop();
  db.cleanup();
});

describe('reliability 3: Neo4j killed with SIGKILL in the middle of a batch ingest', () => {
  it('leaves every article whole or absent, and resuming gives the counts of an undisturbed run', async () => {
    neo4j = await db.start();
    await applySchema();
    const articles = generateArticles({ count: 240, seed: 33, poolSize: 60 });
    const expected = new Map(articles.map((a) => [a.article.id, a]));

    // The undisturbed run, for reference.
    await mapPool(articles, 4, ingestGenerated);
    const reference = await countGraph();
    await wipeDatabase();

    // The same batch again, 4 in flight; SIGKILL once about a third has landed.
    let done = 0;
    const failures: unknown[] = [];
    const batch = mapPool(articles, 4, async (a) => {
      if (failures.length > 0) return;
      try {
        await ingestGenerated(a);
        done++;
        if (done === Math.floor(articles.length / 3)) process.kill(neo4j?.pid as number, 'SIGKILL');
      } catch (error) {
        failures.push(error);
      }
    });
    await batch;
    await neo4j.exited;
    expect(failures.length, 'the kill must interrupt the batch').toBeGreaterThan(0);
    expect(done).toBeLessThan(articles.length);

    await closeDriver();
    neo4j = await db.start();
    const shapes = (await readQuery(ARTICLE_SHAPES)).records.map((r) => r.toObject() as { id: string; mentions: number; mentionCounts: string[] });
    expect(shapes.length, 'articles committed before the kill survive it').toBeGreaterThanOrEqual(done);
    expect(shapes.length).toBeLessThan(articles.length);
    for (const shape of shapes) {
      const a = expected.get(shape.id);
      expect(a, shape.id).toBeDefined();
      const mentionCounts = a?.extraction.entities.map((e) => `${e.id}:${e.mentions.length}`).sort();
      expect(shape.mentionCounts, `mentions of ${shape.id}`).toEqual(mentionCounts);
    }
    process.stderr.write(
      `crash case: SIGKILL after ${done} of ${articles.length} articles acknowledged; ${failures.length} ingests failed; ${shapes.length} articles present after restart, all whole\n`,
    );
    const present = new Set(shapes.map((s) => s.id));
    const evidence = new Map((await readQuery(EVIDENCE_PER_ARTICLE)).records.map((r) => [r.get('id') as string, r.get('n') as number]));
    for (const id of evidence.keys()) expect(present.has(id), `evidence of absent article ${id}`).toBe(true);
    for (const id of present) {
      const a = expected.get(id);
      expect(evidence.get(id) ?? 0, `evidence of ${id}`).toBe(a?.extraction.relations.reduce((s, r) => s + r.evidence.length, 0));
    }
    expect((await readQuery(ORPHANS)).records[0]?.get('n')).toBe(0);

    // Resume: the whole batch again; what is there already is unchanged, the rest lands.
    await mapPool(articles, 4, ingestGenerated);
    expect(await countGraph()).toEqual(reference);
  });
});
