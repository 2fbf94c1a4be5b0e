import { writeTransaction } from '@/lib/neo4j/run';

// In batches of their own transactions: one statement over a million relationships would run past Neo4j's
// transaction memory limit (DETACH DELETE of hubs) or its transaction timeout (CALL … IN TRANSACTIONS).
const DELETE_RELATIONSHIPS = 'MATCH ()-[r]->() WITH r LIMIT 50000 DELETE r RETURN count(*) AS n';
const DELETE_NODES = 'MATCH (n) WITH n LIMIT 50000 DETACH DELETE n RETURN count(*) AS n';

async function deleteAll(cypher: string): Promise<void> {
  for (;;) {
    const deleted = await writeTransaction(async (tx) => Number((await tx.run(cypher)).records[0]?.get('n') ?? 0));
    if (deleted === 0) return;
  }
}

/** Empties the bench database (a throwaway one started by bench/run.ts). Schema stays. */
export async function wipe(): Promise<void> {
  await deleteAll(DELETE_RELATIONSHIPS);
  await deleteAll(DELETE_NODES);
}
