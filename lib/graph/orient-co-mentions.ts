import { writeTransaction } from '@/lib/neo4j/run';
import { ORIENT_STORED_CO_MENTIONS } from './co-mentions';
import { REFRESH_ENTITY_COUNTS } from './entity-counts';

/** Brings co-mentions stored before the one-direction convention into it, in one transaction. Returns how many entities changed. */
export async function orientStoredCoMentions(): Promise<number> {
  return writeTransaction(async (tx) => {
    const entityIds = ((await tx.run(ORIENT_STORED_CO_MENTIONS)).records[0]?.get('entityIds') as string[] | undefined) ?? [];
    if (entityIds.length > 0) await tx.run(REFRESH_ENTITY_COUNTS, { entityIds: entityIds.sort() });
    return entityIds.length;
  });
}
