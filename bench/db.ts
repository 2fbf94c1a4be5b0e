import { runAutoCommit } from '@/lib/neo4j/run';

// Relationships first, in small batches: DETACH DELETE of 10,000 nodes at once takes every relationship of the
// read graph's hubs into one inner transaction and runs past Neo4j's transaction memory limit.
const WIPE_RELATIONSHIPS = 'MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS';
const WIPE_NODES = 'MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 20000 ROWS';

/** Empties the bench database (a throwaway one started by bench/run.ts). Schema stays. */
export async function wipe(): Promise<void> {
  await runAutoCommit(WIPE_RELATIONSHIPS);
  await runAutoCommit(WIPE_NODES);
}
