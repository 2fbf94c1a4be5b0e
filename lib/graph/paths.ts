import { readQuery } from '@/lib/neo4j/run';
import { BadInputError } from '@/lib/errors';
import { RELATION_TYPES } from '@/lib/model';
import type { EntitySummary, Evidence, RelationSummary } from './types';

export const MAX_PATH_HOPS = 6;
export type PathEdge = RelationSummary & { evidence: Evidence[] };
export type PathNode = EntitySummary & { aliases: string[] };
export type GraphPath = { nodes: PathNode[]; edges: PathEdge[] };

/** Typed relations only: a co-mention is weak evidence and would make every path trivially short. */
const PATH_TYPES = RELATION_TYPES.filter((t) => t !== 'CO_MENTIONED').join('|');

/**
 * Hop counts cannot be parameters in Cypher, so each allowed count has its own constant query; types come from the
 * relation vocabulary (a whitelist), never from input.
 */
const SHORTEST_PATHS: readonly string[] = Array.from(
  { length: MAX_PATH_HOPS + 1 },
  (_, hops) => `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[:${PATH_TYPES}*..${Math.max(hops, 1)}]-(b))
WITH p LIMIT 5
RETURN [n IN nodes(p) | n { .id, .name, .type, aliases: coalesce(n.aliases, []), degree: coalesce(n.degree, 0), articleCount: coalesce(n.articleCount, 0) }] AS nodes,
       [r IN relationships(p) | {
         id: elementId(r), type: type(r), source: startNode(r).id, target: endNode(r).id,
         confidence: coalesce(r.confidence, 0.0), evidenceCount: size(coalesce(r.evidence, [])),
         evidence: [i IN range(0, size(coalesce(r.evidence, [])) - 1) | {
           text: r.evidence[i], articleId: r.evidenceArticleIds[i], start: r.evidenceStarts[i],
           end: r.evidenceEnds[i], confidence: r.evidenceConfidences[i] }]
       }] AS edges`,
);

/** The shortest paths (up to 5 of equal length) between two entities over typed relations, or [] if none. */
export async function findShortestPaths(from: string, to: string, maxHops = MAX_PATH_HOPS): Promise<GraphPath[]> {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_PATH_HOPS) throw new BadInputError(`maxHops must be a whole number from 1 to ${MAX_PATH_HOPS}.`);
  if (from === to) throw new BadInputError('Choose two different entities to find a path between them.');
  const result = await readQuery(SHORTEST_PATHS[maxHops]!, { from, to });
  return result.records.map((r) => ({ nodes: r.get('nodes') as PathNode[], edges: r.get('edges') as PathEdge[] }));
}
