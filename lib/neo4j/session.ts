import { AsyncLocalStorage } from 'node:async_hooks';
import type { Session } from 'neo4j-driver';
import { DatabaseUnavailableError, QueryRefusedError, type AppError } from '@/lib/errors';
import { getDriver, getDatabase } from './driver';
import { TIMEOUT_MESSAGE, toDomainError } from './errors';
import { checkBreaker, recordOutcome } from './breaker';
import { assertWriteAllowedHere, currentGateKind } from '@/lib/gate/context';
import { getEnv } from '@/lib/env';
import { Admission } from './admission';

export type SessionOptions = {
  /** Records pulled per batch; a streaming read sets it near its row cap. The driver's default otherwise. */
  fetchSize?: number;
  /** A client-side deadline: past it the caller gets the time-limit error at once and the session closes in the background. */
  deadlineMs?: number;
  /** What the caller gets past the deadline: the query time-limit error unless it says otherwise (the health check says "unavailable"). */
  deadlineError?: () => AppError;
};

/** Fails fast while Neo4j is known to be down (see breaker.ts); a cheap probe decides when it is back. */
export const guard = () =>
  checkBreaker(() =>
    getDriver()
      .verifyConnectivity({ database: getDatabase() })
      .then(() => undefined),
  );

/**
 * Every call to Neo4j goes through here (run.ts and stream.ts build on it): the circuit breaker first, then one
 * session; driver errors become domain errors, each outcome is told to the breaker, and the session is closed.
 */
export async function inSession<R>(mode: 'READ' | 'WRITE', work: (session: Session) => Promise<R>, options: SessionOptions = {}): Promise<R> {
  // A read-gated action or route can never open a write session, whatever lib function it calls (lib/gate).
  if (mode === 'WRITE') assertWriteAllowedHere();
  await guard();
  // Reads outside a write wait for one of NEO4J_READ_CONCURRENCY slots (admission.ts); writes go straight on.
  // A read made while this request already holds a slot goes straight on (re-entrant), so nested reads can't deadlock.
  if (mode === 'WRITE' || currentGateKind() === 'write' || holdsSlot.getStore() === true) return inOpenSession(mode, work, options);
  const release = await readAdmission().acquire();
  try {
    return await holdsSlot.run(true, () => inOpenSession(mode, work, options));
  } finally {
    release();
  }
}

const holdsSlot = new AsyncLocalStorage<boolean>();

const ADMISSION_KEY = Symbol.for('newsgraph.neo4j.readAdmission');
const holder = globalThis as unknown as Record<symbol, Admission | undefined>;
/** One per process, on globalThis so every bundle layer shares it. */
export const readAdmission = () => (holder[ADMISSION_KEY] ??= new Admission(getEnv().NEO4J_READ_CONCURRENCY));

async function inOpenSession<R>(mode: 'READ' | 'WRITE', work: (session: Session) => Promise<R>, options: SessionOptions): Promise<R> {
  const fetchSize = options.fetchSize === undefined ? {} : { fetchSize: options.fetchSize };
  const session = getDriver().session({ database: getDatabase(), defaultAccessMode: mode, ...fetchSize });
  const deadline = options.deadlineMs === undefined ? undefined : startDeadline(options.deadlineMs, options.deadlineError);
  try {
    const result = await (deadline ? Promise.race([work(session), deadline.passed]) : work(session));
    recordOutcome(null);
    return result;
  } catch (error) {
    const domain = toDomainError(error);
    // A client deadline says nothing about whether Neo4j is up, unless the caller made it mean "unavailable".
    if (!deadline?.hasPassed() || domain instanceof DatabaseUnavailableError) recordOutcome(domain);
    throw domain;
  } finally {
    deadline?.clear();
    // Past a deadline the transaction is still winding down on the server: close in the background.
    if (deadline?.hasPassed()) void session.close().catch(() => undefined);
    else await session.close();
  }
}

function startDeadline(ms: number, error: () => AppError = () => new QueryRefusedError(TIMEOUT_MESSAGE)) {
  let timer: NodeJS.Timeout | undefined;
  let hasPassed = false;
  const passed = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      hasPassed = true;
      reject(error());
    }, ms);
  });
  return { passed, hasPassed: () => hasPassed, clear: () => clearTimeout(timer) };
}
