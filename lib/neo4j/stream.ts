import type { Record as Neo4jRecord, ResultSummary } from 'neo4j-driver';
import { readTransaction } from './run';

/**
 * Neo4j checks transaction timeouts every 2 s (db.transaction.monitor.check.interval), so a runaway query may
 * outlive its timeout by up to that much on the server. The caller gets its answer at timeout + this grace at the
 * latest; the server stops the transaction at its next check.
 */
const CLIENT_GRACE_MS = 500;

export type StreamOptions = { timeoutMs: number; rowCap: number };
export type StreamOutcome = { keys: string[]; records: Neo4jRecord[]; truncated: boolean };

/** EXPLAIN in a READ transaction: returns the summary (queryType and plan) without running the query. */
export async function explainRead(cypher: string, params: Record<string, unknown>): Promise<ResultSummary> {
  return readTransaction(async (tx) => (await tx.run(`EXPLAIN\n${cypher}`, params)).summary, { timeoutMs: 5_000 });
}

/**
 * Runs a read in a READ-mode transaction with a server-side timeout, consuming records as they stream and
 * stopping at rowCap (one more record is pulled to know whether the result was cut). The fetch size equals the
 * cap, so the server never computes far past it; leaving the loop discards the rest of the stream.
 */
export async function streamRead(cypher: string, params: Record<string, unknown>, options: StreamOptions): Promise<StreamOutcome> {
  return readTransaction(
    async (tx) => {
      const result = tx.run(cypher, params);
      const records: Neo4jRecord[] = [];
      let truncated = false;
      for await (const record of result) {
        if (records.length >= options.rowCap) {
          truncated = true;
          break;
        }
        records.push(record);
      }
      return { keys: (await result.keys()) as string[], records, truncated };
    },
    { timeoutMs: options.timeoutMs, fetchSize: Math.min(options.rowCap + 1, 2_000), deadlineMs: options.timeoutMs + CLIENT_GRACE_MS },
  );
}
