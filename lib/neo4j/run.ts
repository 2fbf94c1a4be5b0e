import type { ManagedTransaction, QueryResult, RecordShape } from 'neo4j-driver';
import { getDriver, getDatabase } from './driver';
import { toDomainError } from './errors';

/**
 * The only way the app talks to Neo4j. Reads go through executeRead and writes through executeWrite, so the
 * driver retries transient errors (deadlocks, leader switches) and routes correctly on clusters and Aura.
 */
export async function readQuery<T extends RecordShape = RecordShape>(
  cypher: string,
  params: Record<string, unknown> = {},
  options: { timeoutMs?: number } = {},
): Promise<QueryResult<T>> {
  return readTransaction((tx) => tx.run<T>(cypher, params), options);
}

export async function readTransaction<R>(work: (tx: ManagedTransaction) => Promise<R>, options: { timeoutMs?: number } = {}): Promise<R> {
  const session = getDriver().session({ database: getDatabase(), defaultAccessMode: 'READ' });
  try {
    return await session.executeRead(work, { timeout: options.timeoutMs ?? 15_000 });
  } catch (error) {
    throw toDomainError(error);
  } finally {
    await session.close();
  }
}

export async function writeTransaction<R>(work: (tx: ManagedTransaction) => Promise<R>, options: { timeoutMs?: number } = {}): Promise<R> {
  const session = getDriver().session({ database: getDatabase(), defaultAccessMode: 'WRITE' });
  try {
    return await session.executeWrite(work, { timeout: options.timeoutMs ?? 60_000 });
  } catch (error) {
    throw toDomainError(error);
  } finally {
    await session.close();
  }
}

/** For schema statements, which cannot share a transaction with data writes. */
export async function runAutoCommit(cypher: string, params: Record<string, unknown> = {}): Promise<void> {
  const session = getDriver().session({ database: getDatabase(), defaultAccessMode: 'WRITE' });
  try {
    await session.run(cypher, params);
  } catch (error) {
    throw toDomainError(error);
  } finally {
    await session.close();
  }
}
