import neo4j, { type Driver } from 'neo4j-driver';
import { SET_ENTITY_COUNTS } from '@/lib/graph/entity-counts';

/** A plain driver on the test database (scripts/test.mjs sets NEO4J_URI), for specs that prepare or clean data. */
export function testDriver(): Driver {
  return neo4j.driver(process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687', neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''), {
    disableLosslessIntegers: true,
  });
}

export const BENCH_PREFIX = 'bench-';

/**
 * A synthetic graph of `nodes` entities and `edges` relations under the bench- id prefix, with preferential
 * attachment (low ids collect most edges, like real news graphs with a few very central actors).
 */
export async function createBenchGraph(driver: Driver, nodes: number, edges: number): Promise<void> {
  const database = process.env.NEO4J_DATABASE ?? 'neo4j';
  await driver.executeQuery(
    `UNWIND range(0, $nodes - 1) AS i
     CREATE (:Entity:Person { id: $prefix + i, name: 'Bench entity ' + i, type: 'Person', aliases: [], degree: 0, articleCount: 0 })`,
    { nodes: neo4j.int(nodes), prefix: BENCH_PREFIX },
    { database },
  );
  await driver.executeQuery(
    `UNWIND range(0, $edges - 1) AS i
     WITH i, toInteger(i % $nodes) AS a, toInteger(floor($nodes * (((i * 2654435761) % 4294967296) / 4294967296.0) ^ 3)) AS b
     WITH i, a, CASE WHEN a = b THEN (b + 1) % $nodes ELSE b END AS b
     MATCH (s:Entity { id: $prefix + a }), (t:Entity { id: $prefix + b })
     CREATE (s)-[:MET_WITH { evidence: [], confidence: 0.5 }]->(t)`,
    { nodes: neo4j.int(nodes), edges: neo4j.int(edges), prefix: BENCH_PREFIX },
    { database },
  );
  await driver.executeQuery(`MATCH (e:Entity) WHERE e.id STARTS WITH $prefix${SET_ENTITY_COUNTS}`, { prefix: BENCH_PREFIX }, { database });
}

/** Deletes the bench- graph in batches; CALL … IN TRANSACTIONS needs an auto-commit query, hence session.run. */
export async function removeBenchGraph(driver: Driver): Promise<void> {
  const session = driver.session({ database: process.env.NEO4J_DATABASE ?? 'neo4j' });
  try {
    await session.run(
      `MATCH (e:Entity) WHERE e.id STARTS WITH $prefix
       CALL (e) { DETACH DELETE e } IN TRANSACTIONS OF 2000 ROWS`,
      { prefix: BENCH_PREFIX },
    );
  } finally {
    await session.close();
  }
}
