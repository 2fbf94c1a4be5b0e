import type { ManagedTransaction, QueryResult, RecordShape } from 'neo4j-driver';
import { Neo4jError } from 'neo4j-driver';
import { inSession, type SessionOptions } from './session';

/** The driver retries transient errors for 5 s; under heavy write contention a few more tries avoid surfacing a deadlock. */
const EXTRA_WRITE_ATTEMPTS = 3;
/**
 * A backstop for a server that stalls and never answers: past its server-side timeout a transaction is stopped
 * at Neo4j's next check (every 2 s), and the driver may retry a transient failure for 5 s more. The deadline
 * leaves room for all of that on a loaded machine, so it only ever fires when the server has gone silent.
 */
const deadlineFor = (timeoutMs: number) => 2 * timeoutMs + 10_000;

export type TransactionOptions = { timeoutMs?: number } & SessionOptions;

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

export async function readTransaction<R>(work: (tx: ManagedTransaction) => Promise<R>, options: TransactionOptions = {}): Promise<R> {
  const { timeoutMs = 15_000, ...sessionOptions } = options;
  return inSession('READ', (session) => session.executeRead(work, { timeout: timeoutMs }), { deadlineMs: deadlineFor(timeoutMs), ...sessionOptions });
}

export async function writeTransaction<R>(work: (tx: ManagedTransaction) => Promise<R>, options: { timeoutMs?: number } = {}): Promise<R> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  // No client deadline on writes: giving up early would report a failure for a write that may still commit.
  // The server's timeout ends a stalled write, and the breaker answers fast while Neo4j is down.
  return inSession('WRITE', async (session) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await session.executeWrite(work, { timeout: timeoutMs });
      } catch (error) {
        const transient = error instanceof Neo4jError && error.code.startsWith('Neo.TransientError.Transaction.');
        if (!transient || attempt > EXTRA_WRITE_ATTEMPTS) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 400 * attempt));
      }
    }
  });
}

/** For schema statements, which cannot share a transaction with data writes. */
export async function runAutoCommit(cypher: string, params: Record<string, unknown> = {}): Promise<void> {
  await inSession('WRITE', async (session) => {
    await session.run(cypher, params);
  });
}
