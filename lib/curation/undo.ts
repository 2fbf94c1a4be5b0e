import { BadInputError, NotFoundError } from '@/lib/errors';
import { readQuery, writeTransaction } from '@/lib/neo4j/run';
import { int } from '@/lib/neo4j/values';
import { neighboursOf, type CurationEvent } from './record';
import { restoreSnapshot, takeSnapshot, type Snapshot } from './snapshot';
import { REFRESH_ENTITY_COUNTS } from '@/lib/graph/entity-counts';
import * as Q from './queries';

/**
 * Undoes a curation by putting its entities back exactly as they were. Refused when a later curation touched
 * them (undo that first) or when they changed since (an article was added or removed): restoring then would lose data.
 */
export async function undoCuration(eventId: string): Promise<{ summary: string; entityIds: string[] }> {
  return writeTransaction(async (tx) => {
    const record = (await tx.run(Q.GET_EVENT, { id: eventId })).records[0];
    if (!record) throw new NotFoundError(`Curation event “${eventId}”`);
    const event = record.get('event') as { action: string; at: string; summary: string; entityIds: string[]; before: string; after: string; undoneAt?: string };
    if (event.action === 'ingest-correction') throw new BadInputError('Corrections made at ingest belong to the article: ingest it again to change them, or curate the entity.');
    if (event.undoneAt) throw new BadInputError(`“${event.summary}” was already undone.`);
    const later = (await tx.run(Q.LATER_EVENTS, { at: event.at, entityIds: event.entityIds })).records[0];
    if (later) throw new BadInputError(`A later curation touched the same entities (“${later.get('summary')}”); undo that one first.`);
    const before = JSON.parse(event.before) as Snapshot;
    const after = JSON.parse(event.after) as { ids: string[]; snapshot: Snapshot };
    const now = await takeSnapshot(tx, after.ids);
    if (JSON.stringify(now) !== JSON.stringify(after.snapshot)) {
      throw new BadInputError(`The entities changed after “${event.summary}” (articles were added or removed), so it cannot be undone exactly. Curate them again instead.`);
    }
    await restoreSnapshot(tx, event.entityIds, before);
    const neighbours = [...new Set([...neighboursOf(before), ...neighboursOf(after.snapshot)])];
    await tx.run(REFRESH_ENTITY_COUNTS, { entityIds: neighbours });
    await tx.run(Q.MARK_UNDONE, { id: eventId, at: new Date().toISOString() });
    return { summary: event.summary, entityIds: before.entities.map((e) => e.id) };
  });
}

/** Recent curation events, newest first; with an entity id, only those that touched it. */
export async function listCurationEvents(entityId: string | null = null, limit = 20): Promise<CurationEvent[]> {
  const result = await readQuery(Q.LIST_EVENTS, { entityId, limit: int(limit) });
  return result.records.map((r) => r.toObject() as CurationEvent);
}
