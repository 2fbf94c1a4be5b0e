/**
 * Read paths on the big graph, through the app's own HTTP routes (what the explorer and scripts call) and, for
 * expansion and search, through a raw neo4j-driver query returning the same result, side by side. The in-process
 * library call splits the route's overhead into gateway and mapping versus HTTP and Next.js.
 * Sample ids and prefixes come from the seeded generator.
 */
import { getDriver, getDatabase } from '@/lib/neo4j/driver';
import { int } from '@/lib/neo4j/values';
import { NEIGHBOUR_GROUPS } from '@/lib/graph/neighbour-queries';
import { getNeighbours } from '@/lib/graph/neighbours';
import { SEARCH_ENTITIES } from '@/lib/graph/search';
import { toLuceneQuery } from '@/lib/graph/lucene';
import type { FilterInput } from '@/lib/filters/state';
import type { BigGraph } from './big-graph';
import { rng } from './generate';
import { measure, type Timing } from './stats';
import { httpClient } from './http-client';

export type ReadPaths = Record<string, Timing | string>;

/** A failing measurement (a timeout on the big graph, say) is recorded as its error instead of ending the run. */
async function attempt(work: () => Promise<Timing>): Promise<Timing | string> {
  try {
    return await work();
  } catch (error) {
    return `failed: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** Filters a user might set on a big graph: typed relations between well-connected entities, by type. */
const FILTERS: FilterInput[] = [
  { entityTypes: ['Person', 'Organization'], relationTypes: ['LEADS', 'MEMBER_OF'], minDegree: 20, limit: 500 },
  { entityTypes: ['Organization', 'Location'], hideCoMentioned: true, minDegree: 30, limit: 500 },
  { relationTypes: ['MET_WITH'], minConfidence: 0.8, minDegree: 25, limit: 500 },
];

export async function benchReadPaths(graph: BigGraph, { appUrl, warmup, runs }: { appUrl: string; warmup: number; runs: number }): Promise<ReadPaths> {
  const random = rng(99);
  const pickId = () => graph.entityIds[Math.floor(random() * graph.entityIds.length)] as string;
  const ids = Array.from({ length: warmup + runs }, pickId);
  const hubs = graph.entityIds.slice(0, 5);
  const prefixes = Array.from({ length: warmup + runs }, () => {
    const word = (graph.names[Math.floor(random() * graph.names.length)] as string).split(' ')[0] as string;
    return word.slice(0, 3 + Math.floor(random() * 3));
  });
  const { get, post, close } = httpClient(appUrl);
  const session = getDriver().session({ database: getDatabase(), defaultAccessMode: 'READ' });
  const raw = (cypher: string, params: Record<string, unknown>) => session.executeRead((tx) => tx.run(cypher, params));
  const neighbours = (id: string) => `/api/entities/${encodeURIComponent(id)}/neighbors`;
  const result: ReadPaths = {};
  try {
    result.expansionRoute = 'GET /api/entities/[id]/neighbors (25 per relation type, most connected first)';
    const rawExpansion = (id: string) => raw(NEIGHBOUR_GROUPS, { id, relType: null, skip: int(0), limit: int(25) });
    // Interleaved per sample would favour neither; run each series after its own warm-up.
    result.expansionRawDriver = await attempt(() => measure((i) => rawExpansion(ids[i] as string), { warmup, runs }));
    result.expansionAppFunction = await attempt(() => measure((i) => getNeighbours(ids[i] as string), { warmup, runs }));
    result.expansionApi = await attempt(() => measure((i) => get(neighbours(ids[i] as string)), { warmup, runs }));
    const hubRuns = { warmup: 2, runs: Math.min(runs, 30) };
    result.hubExpansionRawDriver = await attempt(() => measure((i) => rawExpansion(hubs[i % hubs.length] as string), hubRuns));
    result.hubExpansionApi = await attempt(() => measure((i) => get(neighbours(hubs[i % hubs.length] as string)), hubRuns));

    result.searchRoute = 'GET /api/entities?q= (autocomplete: a 3–5 letter prefix, 10 results)';
    result.searchRawDriver = await attempt(() =>
      measure((i) => raw(SEARCH_ENTITIES, { query: toLuceneQuery(prefixes[i] as string), type: null, skip: int(0), limit: int(11) }), { warmup, runs }),
    );
    result.search = await attempt(() => measure((i) => get(`/api/entities?q=${encodeURIComponent(prefixes[i] as string)}`), { warmup, runs }));

    result.shortestPathRoute = 'GET /api/paths?from=&to= (typed relations, up to 6 hops, up to 5 paths with evidence)';
    result.shortestPath = await attempt(() =>
      measure((i) => get(`/api/paths?from=${encodeURIComponent(ids[i] as string)}&to=${encodeURIComponent(ids[(i + 7) % ids.length] as string)}`), {
        warmup: Math.min(warmup, 3),
        runs: Math.min(runs, 50),
      }),
    );

    result.filterRoute = `POST /api/filter (lib/filters compiled query; ${FILTERS.length} filters in turn, up to 500 entities drawn)`;
    result.filter = await attempt(() => measure((i) => post('/api/filter', { filter: FILTERS[i % FILTERS.length] }), { warmup: Math.min(warmup, 6), runs: Math.min(runs, 60) }));
  } finally {
    close();
    await session.close();
  }
  return result;
}
