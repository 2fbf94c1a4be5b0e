import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { Neo4jError } from 'neo4j-driver';
import { getEnv } from '@/lib/env';
import { BusyError, QueryTooCostlyError } from '@/lib/errors';

/**
 * Console queries run in worker threads (console-worker.mjs explains why), at most CYPHER_CONCURRENCY at
 * once: that many runaway queries each stopped at Neo4j's per-transaction memory limit still leave the
 * shared transaction pool room for everyone else's reads. Excess requests get BusyError (429, Retry-After)
 * at once instead of queueing behind queries that may run to their deadline.
 */
const WORKER_HEAP_MB = 256;
const RETRY_AFTER_SECONDS = 2;
const START_TIMEOUT_MS = 30_000;
// Resolved at run time from the app's root (next start, vitest and scripts all run there), outside the bundle.
const WORKER_FILE = path.join(process.cwd(), 'lib', 'neo4j', 'console-worker.mjs');

export const WORKER_MEMORY_MESSAGE =
  'The result is too large to read: one row alone is bigger than the console can hold. Return fewer or smaller values (LIMIT, size(), a slice such as list[0..100]).';

export type ConsoleTask =
  | { kind: 'explain'; cypher: string; params: Record<string, unknown> }
  | { kind: 'stream'; cypher: string; params: Record<string, unknown>; timeoutMs: number; rowCap: number; byteCap: number };
type Reply = { ok: true; result: unknown } | { ok: false; error: { code?: string; gqlStatus?: string; message: string } };

type Pool = { idle: Worker[]; busy: number };
const globalForPool = globalThis as unknown as { newsgraphConsolePool?: Pool };
const pool: Pool = (globalForPool.newsgraphConsolePool ??= { idle: [], busy: 0 });

/** Runs one task in a worker; past `deadlineMs` the worker (and its connection) is terminated and onDeadline() thrown. */
export async function runInWorker<R>(task: ConsoleTask, deadlineMs: number, onDeadline: () => Error): Promise<R> {
  const limit = getEnv().CYPHER_CONCURRENCY;
  if (pool.busy >= limit) {
    throw new BusyError(`The Cypher console is running ${limit} queries already, its limit. Try again in ${RETRY_AFTER_SECONDS} s.`, RETRY_AFTER_SECONDS);
  }
  pool.busy++;
  let worker: Worker | undefined;
  let reusable = false;
  try {
    worker = pool.idle.pop() ?? (await startWorker());
    const reply = await new Promise<Reply>((resolve, reject) => {
      const timer = setTimeout(() => reject(onDeadline()), deadlineMs);
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
      worker!.postMessage(task);
    });
    // A worker whose connection broke (Neo4j restarted) starts afresh rather than failing its next query too.
    reusable = reply.ok || !/ServiceUnavailable|SessionExpired/.test(reply.error.code ?? '');
    if (reply.ok) return reply.result as R;
    // Rebuilt as the driver's error, so errors.ts maps it like any other.
    const { message, code = 'N/A', gqlStatus = '50N42' } = reply.error;
    throw new Neo4jError(message, code, gqlStatus, message);
  } finally {
    pool.busy--;
    if (worker && reusable) pool.idle.push(worker);
    else void worker?.terminate();
  }
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
