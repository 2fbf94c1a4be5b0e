import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { Neo4jError } from 'neo4j-driver';
import { getEnv } from '@/lib/env';
import { BusyError, DatabaseUnavailableError, QueryTooCostlyError } from '@/lib/errors';

/**
 * Console queries run in worker threads (console-worker.mjs explains why), at most CYPHER_CONCURRENCY at
 * once: that many runaway queries each stopped at Neo4j's per-transaction memory limit still leave the
 * shared transaction pool room for everyone else's reads. Excess requests get BusyError (429, Retry-After)
 * at once instead of queueing behind queries that may run to their deadline.
 *
 * A query stopped at its deadline keeps its slot until Neo4j has really ended it. Neo4j stops a transaction
 * only where it checks for termination, between operators: one long expression (a reduce() appending to a
 * string a million times) runs on for minutes or hours after its timeout, its connection closing and
 * TERMINATE TRANSACTIONS alike. Freeing the slot at the deadline let each new request add one more of those
 * to the server (the reliability suite once filled Neo4j's heap so); holding it keeps the server's console
 * load at CYPHER_CONCURRENCY, whatever anyone sends. Each transaction carries a tag in its metadata to find it.
 * The trade-off: CYPHER_CONCURRENCY such queries keep the console answering 429 until Neo4j ends them.
 */
const WORKER_HEAP_MB = 256;
const RETRY_AFTER_SECONDS = 2;
const START_TIMEOUT_MS = 30_000;
/** How often a query past its deadline is looked for on the server (doubling up to the max). */
const LINGER_POLL_MS = 500;
const LINGER_POLL_MAX_MS = 5_000;
/** A backstop: a slot is given back after this even if the server still lists the query (it should never matter). */
const LINGER_MAX_MS = 10 * 60_000;
// Resolved at run time from the app's root (next start, vitest and scripts all run there), outside the bundle.
const WORKER_FILE = path.join(process.cwd(), 'lib', 'neo4j', 'console-worker.mjs');

export const WORKER_MEMORY_MESSAGE =
  'The result is too large to read: one row alone is bigger than the console can hold. Return fewer or smaller values (LIMIT, size(), a slice such as list[0..100]).';

export type ConsoleTask =
  | { kind: 'explain'; cypher: string; params: Record<string, unknown> }
  | { kind: 'stream'; cypher: string; params: Record<string, unknown>; timeoutMs: number; rowCap: number; byteCap: number };
/** The tag each task's transaction carries in its metadata (console-worker.mjs), to find it on the server. */
type TaggedTask = ConsoleTask & { tag: string };
type Reply = { ok: true; result: unknown } | { ok: false; error: { code?: string; gqlStatus?: string; message: string } };

/** busy: slots taken, by running queries and by those past their deadline that Neo4j still runs (lingering). */
type Pool = { idle: Worker[]; busy: number; lingering: number };
const globalForPool = globalThis as unknown as { newsgraphConsolePool?: Pool };
const pool: Pool = (globalForPool.newsgraphConsolePool ??= { idle: [], busy: 0, lingering: 0 });

/** Console slots taken now, and how many of them are held by queries Neo4j is still stopping. */
export const consoleLoad = () => ({ busy: pool.busy, lingering: pool.lingering });

/** Runs one task in a worker; past `deadlineMs` the worker (and its connection) is terminated and onDeadline() thrown. */
export async function runInWorker<R>(task: ConsoleTask, deadlineMs: number, onDeadline: () => Error): Promise<R> {
  const limit = getEnv().CYPHER_CONCURRENCY;
  if (pool.busy >= limit) {
    const stopping = pool.lingering > 0 ? ` (${pool.lingering} of them ran past their time limit and Neo4j is still stopping them)` : '';
    throw new BusyError(`The Cypher console is running ${limit} queries already, its limit${stopping}. Try again in ${RETRY_AFTER_SECONDS} s.`, RETRY_AFTER_SECONDS);
  }
  pool.busy++;
  const tag = randomUUID();
  let worker: Worker | undefined;
  let reusable = false;
  let pastDeadline = false;
  try {
    worker = pool.idle.pop() ?? (await startWorker());
    const reply = await new Promise<Reply>((resolve, reject) => {
      const timer = setTimeout(() => {
        pastDeadline = true;
        reject(onDeadline());
      }, deadlineMs);
      const settle = (fn: () => void) => {
        clearTimeout(timer);
        worker!.off('message', onMessage).off('error', onError).off('exit', onExit);
        fn();
      };
      const onMessage = (message: Reply) => settle(() => resolve(message));
      const onError = (error: Error & { code?: string }) =>
        settle(() => reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new QueryTooCostlyError(WORKER_MEMORY_MESSAGE) : error));
      const onExit = (code: number) => settle(() => reject(new Error(`The console worker exited (code ${code}).`)));
      worker!.on('message', onMessage).on('error', onError).on('exit', onExit);
      worker!.postMessage({ ...task, tag } satisfies TaggedTask);
    });
    // A worker whose connection broke (Neo4j restarted) starts afresh rather than failing its next query too.
    reusable = reply.ok || !/ServiceUnavailable|SessionExpired/.test(reply.error.code ?? '');
    if (reply.ok) return reply.result as R;
    // Rebuilt as the driver's error, so errors.ts maps it like any other.
    const { message, code = 'N/A', gqlStatus = '50N42' } = reply.error;
    throw new Neo4jError(message, code, gqlStatus, message);
  } finally {
    if (worker && reusable) pool.idle.push(worker);
    else void worker?.terminate();
    if (pastDeadline) {
      // The caller has its answer; the slot is given back once Neo4j no longer runs the query.
      pool.lingering++;
      void untilEndedOnServer(tag).finally(() => {
        pool.lingering--;
        pool.busy--;
      });
    } else pool.busy--;
  }
}

/**
 * Resolves once no transaction tagged `tag` runs on the server. Its closed connection has already marked it for
 * termination (TERMINATE TRANSACTIONS does no more, and on a cluster its ids are per member, so it is not sent);
 * a query that never checks takes as long as it takes. A look that fails or times out while Neo4j is busy
 * (SHOW TRANSACTIONS waits while the heap is full) counts as "still running". Resolves when Neo4j is unreachable
 * (nothing of ours runs there then) and, as a backstop, after LINGER_MAX_MS. On a cluster the look sees the member
 * that answers it, which may not be the one that ran the query: there the slot can come back early.
 */
async function untilEndedOnServer(tag: string): Promise<void> {
  const { readQuery } = await import('./run'); // run.ts builds on session.ts, which reaches this file through driver.ts
  const started = Date.now();
  for (let wait = LINGER_POLL_MS; Date.now() - started < LINGER_MAX_MS; wait = Math.min(wait * 2, LINGER_POLL_MAX_MS)) {
    const look = await readQuery<{ n: number }>('SHOW TRANSACTIONS YIELD metaData WHERE metaData.tag = $tag RETURN count(*) AS n', { tag }, { timeoutMs: 5_000 }).then(
      (result) => ({ running: Number(result.records[0]?.get('n') ?? 0) }),
      (error: unknown) => ({ running: error instanceof DatabaseUnavailableError ? 0 : 1 }),
    );
    if (look.running === 0) return;
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
  console.warn(`[console] a query past its deadline still ran in Neo4j after ${LINGER_MAX_MS / 60_000} min; its console slot is given back.`);
}

/** A new worker, once it has loaded the driver (it says so with { ready: true }). */
async function startWorker(): Promise<Worker> {
  const env = getEnv();
  const worker = new Worker(WORKER_FILE, {
    workerData: { uri: env.NEO4J_URI, user: env.NEO4J_USER, password: env.NEO4J_PASSWORD, database: env.NEO4J_DATABASE },
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  });
  worker.unref(); // an idle worker must not keep a script or test process alive
  worker.on('error', () => undefined); // errors while idle: the worker is dropped on its exit
  worker.once('exit', () => {
    pool.idle = pool.idle.filter((w) => w !== worker);
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The console worker did not start within ${START_TIMEOUT_MS / 1000} s.`)), START_TIMEOUT_MS);
    worker.once('message', () => (clearTimeout(timer), resolve()));
    worker.once('exit', (code) => (clearTimeout(timer), reject(new Error(`The console worker exited on start (code ${code}).`))));
  }).catch(async (error: unknown) => {
    await worker.terminate();
    throw error;
  });
  return worker;
}

/** Stops the idle workers (their drivers close with them); closeDriver() calls this. */
export async function closeConsoleWorkers(): Promise<void> {
  const idle = pool.idle.splice(0);
  await Promise.all(idle.map((worker) => worker.terminate()));
}
