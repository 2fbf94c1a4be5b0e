// A worker thread that runs Cypher typed in the console, one query at a time (console-pool.ts owns it).
// Why a thread: neo4j-driver decodes a whole record before handing it over, so one 100 MB row blocks the
// event loop it is decoded on for minutes, and a server that stalls (a stack overflow in the Cypher parser
// is never reported back) holds its connection forever. Here both only cost this thread: the pool
// terminates it at the deadline or when it runs out of its own heap, which also closes its connection.
// Plain JavaScript because it runs outside the bundler.
import { Buffer } from 'node:buffer';
import { parentPort, workerData } from 'node:worker_threads';
import neo4j from 'neo4j-driver';
import { toPlain } from './to-plain.mjs';

const { uri, user, password, database } = workerData;
// One connection, no retries: a query over its memory limit fails with a transient error that the driver
// would otherwise run again and again for maxTransactionRetryTime.
const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
  maxConnectionPoolSize: 1,
  connectionAcquisitionTimeout: 5_000,
  connectionTimeout: 3_000,
  maxTransactionRetryTime: 0,
  disableLosslessIntegers: true,
  userAgent: 'newsgraph-console',
});

/** JSON has no integers: whole numbers become Neo4j integers so that LIMIT $n and range(0, $n) work. */
function toNeo4jValue(value) {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toNeo4jValue);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toNeo4jValue(v)]));
  return value;
}

async function explain({ cypher, params, tag }) {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const tx = await session.beginTransaction({ timeout: 8_000, metadata: { app: 'newsgraph', kind: 'console-explain', tag } });
    const { summary } = await tx.run(`EXPLAIN\n${cypher}`, toNeo4jValue(params));
    await tx.rollback();
    return { queryType: summary.queryType, plan: summary.plan ? JSON.parse(JSON.stringify(summary.plan)) : false };
  } finally {
    await session.close();
  }
}

/**
 * Streams records until rowCap rows or byteCap bytes of JSON; one more record is pulled to know whether the
 * result was cut. A single row over byteCap is not returned at all (it is what the cap is for).
 */
async function stream({ cypher, params, timeoutMs, rowCap, byteCap, tag }) {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ, fetchSize: Math.min(rowCap + 1, 1_000) });
  try {
    const tx = await session.beginTransaction({ timeout: timeoutMs, metadata: { app: 'newsgraph', kind: 'console', tag } });
    const result = tx.run(cypher, toNeo4jValue(params));
    const rows = [];
    let bytes = 0;
    let truncatedBy = null;
    for await (const record of result) {
      if (rows.length >= rowCap) {
        truncatedBy = 'rows';
        break;
      }
      const row = record.keys.map((key) => toPlain(record.get(key)));
      const size = Buffer.byteLength(JSON.stringify(row), 'utf8');
      if (bytes + size > byteCap) {
        truncatedBy = 'bytes';
        break;
      }
      bytes += size;
      rows.push(row);
    }
    const keys = await result.keys();
    // Leaving the loop early leaves the rest unread: rolling back discards it on the server.
    await tx.rollback().catch(() => undefined);
    return { keys, rows, bytes, truncatedBy };
  } finally {
    await session.close();
  }
}

// The pool starts a task's deadline only after this, so a slow start (a loaded machine) is not counted against a query.
parentPort.postMessage({ ready: true });

parentPort.on('message', async (task) => {
  try {
    const result = task.kind === 'explain' ? await explain(task) : await stream(task);
    parentPort.postMessage({ ok: true, result });
  } catch (error) {
    const e = error ?? {};
    parentPort.postMessage({ ok: false, error: { name: e.name, code: e.code, gqlStatus: e.gqlStatus, message: String(e.message ?? e) } });
  }
});
