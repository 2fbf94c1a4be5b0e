import { readTransaction } from '@/lib/neo4j/run';
import { NotFoundError } from '@/lib/errors';
import { int } from '@/lib/neo4j/values';
import type { EntityDetail, EntitySummary, GraphSlice, RelationSummary } from './types';
import * as Q from './read-queries';

/**
 * The opening view: the whole graph when it is small, otherwise the `limit` most connected entities
 * and the relations among them. `totalEntities` lets the UI say how many are hidden.
 */
export async function getOverview(limit = 300): Promise<GraphSlice> {
  return readTransaction(async (tx) => {
    const counts = (await tx.run(Q.COUNT_GRAPH)).records[0];
    const nodes = (await tx.run(Q.TOP_ENTITIES, { limit: int(limit) })).records.map((r) => r.get('entity') as EntitySummary);
    const ids = nodes.map((n) => n.id);
    const edges = (await tx.run(Q.RELATIONS_AMONG, { ids })).records.map((r) => r.toObject() as RelationSummary);
    return { nodes, edges, totalEntities: Number(counts?.get('entities') ?? 0), totalRelations: Number(counts?.get('relations') ?? 0) };
  });
}

/** An entity with its aliases, the articles that mention it and its relations with their evidence. */
export async function getEntity(id: string, relationLimit = 500): Promise<EntityDetail> {
  const result = await readTransaction((tx) => tx.run(Q.GET_ENTITY, { id, relationLimit: int(relationLimit) }));
  const record = result.records[0];
  if (!record) throw new NotFoundError(`Entity "${id}"`);
  const entity = record.get('entity') as Omit<EntityDetail, 'articles' | 'relations'>;
  return { ...entity, articles: record.get('articles'), relations: record.get('relations') };
}
