import { readTransaction } from '@/lib/neo4j/run';
import { toPlain, type PlainNode, type PlainRelationship } from '@/lib/neo4j/values';
import { isEntityType } from '@/lib/model';
import type { EntitySummary, RelationSummary } from '@/lib/graph/types';
import { compileFilter } from './compile';
import { getSchemaWhitelist } from './whitelist';
import type { FilterState } from './state';

export type FilterResult = {
  matches: number;
  nodes: EntitySummary[];
  edges: RelationSummary[];
  /** More entities matched than `limit` allowed to draw. */
  truncated: boolean;
  cypher: string;
  params: Record<string, unknown>;
};

const FILTER_TIMEOUT_MS = 10_000;

/** Runs a filter in Neo4j: the count always, the elements unless `countOnly`. */
export async function runFilter(state: FilterState, options: { countOnly?: boolean } = {}): Promise<FilterResult> {
  const compiled = compileFilter(state, await getSchemaWhitelist());
  return readTransaction(
    async (tx) => {
      const matches = Number((await tx.run(compiled.countCypher, compiled.params)).records[0]?.get('matches') ?? 0);
      const base = { matches, truncated: matches > state.limit, cypher: compiled.cypher, params: toPlainParams(compiled.params) };
      if (options.countOnly) return { ...base, nodes: [], edges: [] };
      const record = (await tx.run(compiled.cypher, compiled.params)).records[0];
      const entities = (toPlain(record?.get('entities') ?? []) as PlainNode[]).map(toEntitySummary);
      const byElementId = new Map((toPlain(record?.get('entities') ?? []) as PlainNode[]).map((n) => [n.elementId, String(n.properties.id)]));
      const edges = (toPlain(record?.get('relations') ?? []) as PlainRelationship[]).map((r) => toRelationSummary(r, byElementId));
      return { ...base, nodes: entities, edges };
    },
    { timeoutMs: FILTER_TIMEOUT_MS },
  );
}

function toEntitySummary(node: PlainNode): EntitySummary {
  const p = node.properties;
  const type = String(p.type);
  return {
    id: String(p.id),
    name: String(p.name),
    type: isEntityType(type) ? type : 'Topic',
    degree: Number(p.degree ?? 0),
    articleCount: Number(p.articleCount ?? 0),
  };
}

function toRelationSummary(rel: PlainRelationship, ids: Map<string, string>): RelationSummary {
  const evidence = rel.properties.evidence;
  return {
    id: rel.elementId,
    type: rel.type,
    source: ids.get(rel.startElementId) ?? rel.startElementId,
    target: ids.get(rel.endElementId) ?? rel.endElementId,
    confidence: Number(rel.properties.confidence ?? 0),
    evidenceCount: Array.isArray(evidence) ? evidence.length : 0,
  };
}

/** Params as JSON (Neo4j integers back to numbers), for "Show Cypher" and the console link. */
function toPlainParams(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, toPlain(v)]));
}
