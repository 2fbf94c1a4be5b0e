import { BadInputError, NotFoundError } from '@/lib/errors';
import type { ManagedTransaction } from 'neo4j-driver';
import { curate, type CurationOutcome } from './record';
import { moveRelationSupport } from './move';
import * as Q from './queries';

type Stored = { id: string; name: string; type: string; aliases: string[] };

export async function getStored(tx: ManagedTransaction, id: string): Promise<Stored> {
  const record = (await tx.run(Q.GET_ENTITY, { id })).records[0];
  if (!record) throw new NotFoundError(`Entity “${id}”`);
  return record.toObject() as Stored;
}

/**
 * Merges `sourceId` into `targetId`: the target keeps its id, name and type, gains the source's name and aliases,
 * and takes over every mention and every relation with its evidence (joining duplicates). The source is removed.
 */
export async function mergeEntities(sourceId: string, targetId: string, actor: string): Promise<CurationOutcome> {
  if (sourceId === targetId) throw new BadInputError('An entity cannot be merged into itself; choose another entity.');
  return curate('merge', actor, [sourceId, targetId], async (tx) => {
    const source = await getStored(tx, sourceId);
    const target = await getStored(tx, targetId);
    const mentions = (await tx.run(Q.GET_MENTIONS, { id: sourceId })).records.map((r) => r.toObject() as { articleId: string; starts: number[]; ends: number[] });
    for (const m of mentions) {
      await tx.run(Q.ADD_MENTION_SPANS, { articleId: m.articleId, entityId: targetId, starts: m.starts, ends: m.ends });
      await tx.run(Q.DELETE_MENTION, { articleId: m.articleId, entityId: sourceId });
    }
    const neighbours = await moveRelationSupport(tx, sourceId, targetId, () => true);
    const aliases = [...new Set([...target.aliases, source.name, ...source.aliases])].filter((a) => a !== target.name);
    await tx.run(Q.SET_NAME_AND_ALIASES, { id: targetId, name: target.name, aliases });
    await tx.run(Q.DELETE_ENTITY, { id: sourceId });
    return {
      afterIds: [targetId],
      touched: neighbours.filter((n) => n !== sourceId),
      summary: `Merged “${source.name}” (${sourceId}) into “${target.name}” (${targetId})`,
      entityId: targetId,
    };
  });
}
