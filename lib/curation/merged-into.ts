import { readQuery } from '@/lib/neo4j/run';

/** The latest merge, not undone, that removed this id; its `after` snapshot names the entity that was kept. */
const MERGE_THAT_REMOVED = `
MATCH (c:CurationEvent {action: 'merge'}) WHERE $id IN c.entityIds AND c.undoneAt IS NULL
RETURN c.after AS after, c.summary AS summary ORDER BY c.at DESC LIMIT 1`;
const EXISTS = 'MATCH (e:Entity {id: $id}) RETURN e.name AS name';

/** A merge chain (A into B, then B into C) is followed this far at most. */
const MAX_HOPS = 10;

export type MergedInto = { id: string; name: string; summary: string };

/**
 * Where an entity that a merge removed lives now: the kept entity, following later merges of that one too.
 * Null when the id was never merged away (or the entity it went to is gone as well).
 */
export async function findMergedInto(id: string): Promise<MergedInto | null> {
  let current = id;
  let summary = '';
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    const row = (await readQuery(MERGE_THAT_REMOVED, { id: current })).records[0];
    if (!row) return null;
    const kept = (JSON.parse(row.get('after') as string) as { ids: string[] }).ids[0];
    if (!kept || kept === current) return null;
    summary = hop === 0 ? (row.get('summary') as string) : summary;
    const found = (await readQuery(EXISTS, { id: kept })).records[0];
    if (found) return { id: kept, name: found.get('name') as string, summary };
    current = kept;
  }
  return null;
}
