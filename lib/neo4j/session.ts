import type { Session } from 'neo4j-driver';
import { QueryRefusedError } from '@/lib/errors';
import { getDriver, getDatabase } from './driver';
import { TIMEOUT_MESSAGE, toDomainError } from './errors';
import { checkBreaker, recordOutcome } from './breaker';
import { assertWriteAllowedHere } from '@/lib/gate/context';

export type SessionOptions = {
  /** Records pulled per batch; a streaming read sets it near its row cap. The driver's default otherwise. */
  fetchSize?: number;
  /** A client-side deadline: past it the caller gets the time-limit error at once and the session closes in the background. */
  deadlineMs?: number;
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
  const fetchSize = options.fetchSize === undefined ? {} : { fetchSize: options.fetchSize };
  const session = getDriver().session({ database: getDatabase(), defaultAccessMode: mode, ...fetchSize });
  const deadline = options.deadlineMs === undefined ? undefined : startDeadline(options.deadlineMs);
  try {
    const result = await (deadline ? Promise.race([work(session), deadline.passed]) : work(session));
    recordOutcome(null);
    return result;
  } catch (error) {
    const domain = toDomainError(error);
    recordOutcome(domain);
    throw domain;
  } finally {
    deadline?.clear();
    // Past a deadline the transaction is still winding down on the server: close in the background.
    if (deadline?.hasPassed()) void session.close().catch(() => undefined);
    else await session.close();
  }
}

function startDeadline(ms: number) {
  let timer: NodeJS.Timeout | undefined;
  let hasPassed = false;
  const passed = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      hasPassed = true;
      reject(new QueryRefusedError(TIMEOUT_MESSAGE));
    }, ms);
  });
  return { passed, hasPassed: () => hasPassed, clear: () => clearTimeout(timer) };
}
