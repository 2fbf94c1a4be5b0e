import type { ManagedTransaction, QueryResult, RecordShape } from 'neo4j-driver';
import { getDriver, getDatabase } from './driver';
import { toDomainError } from './errors';
import { checkBreaker, recordOutcome } from './breaker';
import { Neo4jError } from 'neo4j-driver';

/** Fails fast while Neo4j is known to be down (see breaker.ts); a cheap probe decides when it is back. */
const guard = () => checkBreaker(() => getDriver().verifyConnectivity({ database: getDatabase() }).then(() => undefined));
/** The driver retries transient errors for 5 s; under heavy write contention a few more tries avoid surfacing a deadlock. */
const EXTRA_WRITE_ATTEMPTS = 3;

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
  await guard();
  const session = getDriver().session({ database: getDatabase(), defaultAccessMode: 'READ' });
  try {
    const result = await session.executeRead(work, { timeout: options.timeoutMs ?? 15_000 });
    recordOutcome(null);
    return result;
  } catch (error) {
    const domain = toDomainError(error);
    recordOutcome(domain);
    throw domain;
  } finally {
    await session.close();
  }
}

export async function writeTransaction<R>(work: (tx: ManagedTransaction) => Promise<R>, options: { timeoutMs?: number } = {}): Promise<R> {
  await guard();
  const session = getDriver().session({ database: getDatabase(), defaultAccessMode: 'WRITE' });
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        const result = await session.executeWrite(work, { timeout: options.timeoutMs ?? 60_000 });
        recordOutcome(null);
        return result;
      } catch (error) {
        const transient = error instanceof Neo4jError && error.code.startsWith('Neo.TransientError.Transaction.');
        if (!transient || attempt > EXTRA_WRITE_ATTEMPTS) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 400 * attempt));
      }
    }
  } catch (error) {
    const domain = toDomainError(error);
    recordOutcome(domain);
    throw domain;
  } finally {
    await session.close();
  }
}

/** For schema statements, which cannot share a transaction with data writes. */
export async function runAutoCommit(cypher: string, params: Record<string, unknown> = {}): Promise<void> {
  await guard();
  const session = getDriver().session({ database: getDatabase(), defaultAccessMode: 'WRITE' });
  try {
    await session.run(cypher, params);
    recordOutcome(null);
  } catch (error) {
    const domain = toDomainError(error);
    recordOutcome(domain);
    throw domain;
  } finally {
    await session.close();
  }
}
