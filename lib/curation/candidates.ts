import { readQuery } from '@/lib/neo4j/run';
import { int } from '@/lib/neo4j/values';

const MERGE_CANDIDATES = `
MATCH (e:Entity {id: $id})
MATCH (c:Entity) WHERE c.type = e.type AND c.id <> e.id
RETURN c.id AS id, c.name AS name
ORDER BY c.articleCount DESC, c.name LIMIT $limit`;

/** Entities of the same type, best known first: what the merge form offers to pick from. */
export async function listMergeCandidates(entityId: string, limit = 300): Promise<{ id: string; name: string }[]> {
  const result = await readQuery(MERGE_CANDIDATES, { id: entityId, limit: int(limit) });
  return result.records.map((r) => ({ id: r.get('id') as string, name: r.get('name') as string }));
}
