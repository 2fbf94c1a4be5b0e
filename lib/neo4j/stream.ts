import { QueryRefusedError } from '@/lib/errors';
import { recordOutcome } from './breaker';
import { runInWorker, type ConsoleTask } from './console-pool';
import { STACK_MESSAGE, TIMEOUT_MESSAGE, toDomainError } from './errors';
import { guard } from './session';
import type { PlainValue } from './values';

/**
 * Neo4j checks transaction timeouts every 2 s (db.transaction.monitor.check.interval), so a runaway query may
 * outlive its timeout by up to that much on the server. The caller gets its answer at timeout + this grace at the
 * latest; the worker running it is terminated, which closes its connection and ends the transaction.
 */
const CLIENT_GRACE_MS = 1_500;
/** EXPLAIN only plans: seconds are plenty even on a loaded machine, and a parser stalled by a stack overflow never answers at all. */
const EXPLAIN_DEADLINE_MS = 10_000;

export type StreamOptions = { timeoutMs: number; rowCap: number; byteCap: number };
export type StreamOutcome = { keys: string[]; rows: PlainValue[][]; bytes: number; truncatedBy: 'rows' | 'bytes' | null };
export type ExplainOutcome = { queryType: string | undefined; plan: unknown };

/** EXPLAIN in a READ transaction: the query type and plan, without running the query. */
export async function explainRead(cypher: string, params: Record<string, unknown>): Promise<ExplainOutcome> {
  return inConsoleWorker(
    { kind: 'explain', cypher, params },
    EXPLAIN_DEADLINE_MS,
    () =>
      new QueryRefusedError(
        `Neo4j did not finish analysing the query within ${EXPLAIN_DEADLINE_MS / 1000} s: it is busy, or ${STACK_MESSAGE.charAt(0).toLowerCase()}${STACK_MESSAGE.slice(1)} Try again in a moment.`,
      ),
  );
}

/**
 * Runs a read in a READ transaction with a server-side timeout, streaming records and stopping at rowCap rows
 * or byteCap bytes of JSON, whichever comes first. `params` are plain JSON (whole numbers become integers).
 */
export async function streamRead(cypher: string, params: Record<string, unknown>, options: StreamOptions): Promise<StreamOutcome> {
  return inConsoleWorker({ kind: 'stream', cypher, params, ...options }, options.timeoutMs + CLIENT_GRACE_MS, () => new QueryRefusedError(TIMEOUT_MESSAGE));
}

/** The breaker first, as for every call to Neo4j (session.ts); each outcome is told to it. */
async function inConsoleWorker<R>(task: ConsoleTask, deadlineMs: number, onDeadline: () => Error): Promise<R> {
  await guard();
  try {
    const result = await runInWorker<R>(task, deadlineMs, onDeadline);
    recordOutcome(null);
    return result;
  } catch (error) {
    const domain = toDomainError(error);
    recordOutcome(domain);
    throw domain;
  }
}
