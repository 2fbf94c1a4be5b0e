import { runAutoCommit } from '@/lib/neo4j/run';

const WIPE = 'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS';

/** Empties the bench database (a throwaway one started by bench/run.ts). Schema stays. */
export async function wipe(): Promise<void> {
  await runAutoCommit(WIPE);
}
