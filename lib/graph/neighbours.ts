import { readTransaction } from '@/lib/neo4j/run';
import { int } from '@/lib/neo4j/values';
import { NotFoundError } from '@/lib/errors';
import { decodeCursor, nextCursor } from './cursor';
import type { EntitySummary, RelationSummary } from './types';
import * as Q from './neighbour-queries';

export type NeighbourGroup = { relType: string; total: number; returned: number; nextCursor: string | null };
export type Neighbourhood = { nodes: EntitySummary[]; edges: RelationSummary[]; groups: NeighbourGroup[] };

type Options = { relType?: string | null; limit?: number; cursor?: string | null };
type Row = { node: EntitySummary; edge: RelationSummary };

/**
 * An entity and one page of its neighbours per relation type (default 25), so a supernode never floods the view.
 * With relType and cursor, the next page of that one group. The entity itself is always the first node.
 */
export async function getNeighbours(id: string, { relType = null, limit = 25, cursor = null }: Options = {}): Promise<Neighbourhood> {
  const skip = decodeCursor(cursor);
  return readTransaction(async (tx) => {
    const result = await tx.run(Q.NEIGHBOUR_GROUPS, { id, relType, skip: int(skip), limit: int(limit) });
    let center = result.records[0]?.get('center') as EntitySummary | undefined;
    if (!center) center = (await tx.run(Q.ENTITY_SUMMARY, { id })).records[0]?.get('center') as EntitySummary | undefined;
    if (!center) throw new NotFoundError(`Entity "${id}"`);
    const nodes = new Map<string, EntitySummary>([[center.id, center]]);
    const edges: RelationSummary[] = [];
    const groups = result.records.map((record) => {
      const page = record.get('page') as Row[];
      for (const row of page) {
        nodes.set(row.node.id, row.node);
        edges.push(row.edge);
      }
      const total = record.get('total') as number;
      return { relType: record.get('relType') as string, total, returned: page.length, nextCursor: nextCursor(skip, page.length, total) };
    });
    return { nodes: [...nodes.values()], edges, groups };
  });
}
