import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { writeTransaction } from '@/lib/neo4j/run';
import { takeSnapshot, type Snapshot } from './snapshot';
import { REFRESH_ENTITY_COUNTS } from '@/lib/graph/entity-counts';
import * as Q from './queries';

export type CurationAction = 'merge' | 'split' | 'rename' | 'retype';
/** 'ingest-correction': corrections made in an ingest preview (lib/ingest/correction-log), logged but not undone here. */
export type CurationEvent = { id: string; action: CurationAction | 'undo' | 'ingest-correction'; at: string; actor: string; summary: string; undoneAt: string | null };
export type CurationOutcome = { eventId: string; summary: string; entityId: string };

let lastAt = 0;
/** Event times strictly increase in this process, so "a later curation" is always well defined. */
function nextAt(): string {
  lastAt = Math.max(Date.now(), lastAt + 1);
  return new Date(lastAt).toISOString();
}

type Work = (tx: ManagedTransaction) => Promise<{ afterIds: string[]; touched: string[]; summary: string; entityId: string }>;

/**
 * Runs one curation in one transaction and records it as a CurationEvent beside (not inside) the entity graph,
 * with snapshots of the entities before and after, so it can be undone exactly.
 */
export async function curate(action: CurationAction, actor: string, beforeIds: string[], work: Work): Promise<CurationOutcome> {
  return writeTransaction(async (tx) => {
    const before = await takeSnapshot(tx, beforeIds);
    const { afterIds, touched, summary, entityId } = await work(tx);
    await tx.run(REFRESH_ENTITY_COUNTS, { entityIds: [...new Set([...afterIds, ...touched])] });
    const after = await takeSnapshot(tx, afterIds);
    const id = randomUUID();
    await tx.run(Q.CREATE_EVENT, {
      id,
      action,
      at: nextAt(),
      actor,
      summary,
      entityIds: [...new Set([...beforeIds, ...afterIds])],
      before: JSON.stringify(before),
      after: JSON.stringify({ ids: afterIds, snapshot: after }),
    });
    return { eventId: id, summary, entityId };
  });
}

export function neighboursOf(snapshot: Snapshot): string[] {
  return [...new Set(snapshot.relations.flatMap((r) => [r.source, r.target]))];
}
