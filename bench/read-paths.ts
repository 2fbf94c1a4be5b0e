/**
 * Read paths on the big graph: neighbourhood expansion through the app's HTTP API route and through a raw
 * neo4j-driver query returning the same result, side by side; full-text autocomplete; shortest path ≤ 6 hops;
 * a filter query. Sample ids and prefixes come from the seeded generator.
 */
import { getDriver, getDatabase } from '@/lib/neo4j/driver';
import { readQuery } from '@/lib/neo4j/run';
import { int } from '@/lib/neo4j/values';
import { GET_ENTITY } from '@/lib/graph/read-queries';
import { getEntity } from '@/lib/graph/explore';
import type { BigGraph } from './big-graph';
import { rng } from './generate';
import { measure, type Timing } from './stats';

export const SEARCH = `
CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: 10}) YIELD node, score
RETURN node.id AS id, node.name AS name, node.type AS type, score`;
export const SHORTEST_PATH = `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[*..6]-(b))
RETURN [n IN nodes(p) | n.id] AS ids`;
/** Stand-in for a compiled filter (lib/filters not on main yet): people with many relations who lead an organisation. */
export const FILTER_STANDIN = `
MATCH (p:Person)-[:LEADS]->(o:Organization)
WHERE p.degree >= $minDegree AND o.degree >= $minDegree
RETURN p.id AS person, o.id AS organization
ORDER BY p.degree DESC LIMIT 200`;

export type ReadPaths = Record<string, Timing | string | number>;

/** A failing measurement (a timeout on the big graph, say) is recorded as its error instead of ending the run. */
async function attempt(work: () => Promise<Timing>): Promise<Timing | string> {
  try {
    return await work();
  } catch (error) {
    return `failed: ${error instanceof Error ? error.message : String(error)}`;
  }
}

export async function benchReadPaths(graph: BigGraph, { appUrl, warmup, runs }: { appUrl: string | null; warmup: number; runs: number }): Promise<ReadPaths> {
  const random = rng(99);
  const pickId = () => graph.entityIds[Math.floor(random() * graph.entityIds.length)] as string;
  const ids = Array.from({ length: warmup + runs }, pickId);
  const hubs = graph.entityIds.slice(0, 5);
  const session = getDriver().session({ database: getDatabase(), defaultAccessMode: 'READ' });
  const result: ReadPaths = {};
  try {
    const raw = (id: string) => session.executeRead((tx) => tx.run(GET_ENTITY, { id, relationLimit: int(500) }));
    const api = async (id: string) => {
      const response = await fetch(`${appUrl}/api/entities/${encodeURIComponent(id)}`);
      if (!response.ok) throw new Error(`GET /api/entities/${id} answered ${response.status}`);
      return response.json();
    };
    result.expansionRoute = 'GET /api/entities/[id] (getEntity: relations capped at 500 in total; no per-type cap yet)';
    result.expansionRawDriver = await attempt(() => measure((i) => raw(ids[i] as string), { warmup, runs }));
    // The app's function in-process: splits the route's overhead into gateway/mapping versus HTTP + Next.
    result.expansionAppFunction = await attempt(() => measure((i) => getEntity(ids[i] as string), { warmup, runs }));
    if (appUrl) result.expansionApi = await attempt(() => measure((i) => api(ids[i] as string), { warmup, runs }));
    result.hubExpansionRawDriver = await attempt(() => measure((i) => raw(hubs[i % hubs.length] as string), { warmup: 2, runs: Math.min(runs, 20) }));
    if (appUrl) result.hubExpansionApi = await attempt(() => measure((i) => api(hubs[i % hubs.length] as string), { warmup: 2, runs: Math.min(runs, 20) }));

    const prefixes = Array.from({ length: warmup + runs }, () => {
      const word = (graph.names[Math.floor(random() * graph.names.length)] as string).split(' ')[0] as string;
      return `${word.slice(0, 3 + Math.floor(random() * 3)).toLowerCase()}*`;
    });
    result.search = await attempt(() => measure((i) => readQuery(SEARCH, { query: prefixes[i] as string }), { warmup, runs }));
    result.shortestPath = await attempt(() => measure((i) => readQuery(SHORTEST_PATH, { from: ids[i] as string, to: ids[(i + 7) % ids.length] as string }, { timeoutMs: 30_000 }), { warmup: Math.min(warmup, 3), runs: Math.min(runs, 50) }));
    result.filterRoute = 'stand-in Cypher (FILTER_STANDIN) until lib/filters lands';
    result.filter = await attempt(() => measure((i) => readQuery(FILTER_STANDIN, { minDegree: 5 + (i % 5) }), { warmup, runs: Math.min(runs, 50) }));
  } finally {
    await session.close();
  }
  return result;
}
