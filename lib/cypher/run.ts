import { Neo4jError } from 'neo4j-driver';
import { getEnv } from '@/lib/env';
import { BadInputError, isAppError, QueryRefusedError, QueryTooCostlyError } from '@/lib/errors';
import { explainRead, streamRead } from '@/lib/neo4j/stream';
import type { PlainValue } from '@/lib/neo4j/values';
import { checkNesting, checkPlan, checkQueryText, checkRanges, withoutTrailingSemicolon, type PlanNode } from './guard';
import { CypherSyntaxError, cleanMessage, positionFromMessage } from './errors';
import { toNeo4jParams } from './params';

export type CypherLimits = { timeoutMs?: number; rowCap?: number };
/** truncated: cut at rowCap rows or byteCap bytes of JSON (truncatedBy says which). */
export type CypherResult = {
  columns: string[];
  rows: PlainValue[][];
  truncated: boolean;
  truncatedBy: 'rows' | 'bytes' | null;
  rowCap: number;
  byteCap: number;
  bytes: number;
  timeoutMs: number;
  elapsedMs: number;
};

/**
 * Runs Cypher typed by a user, read-only, in this order: (1) size and clause checks on the text, (2) EXPLAIN,
 * refused unless Neo4j calls it read-only and every plan operator is allowed, (3) a READ transaction with a
 * timeout, (4) a row cap and a byte cap while streaming. The session is pinned to NEO4J_DATABASE; USE is refused
 * in (1). (2) to (4) run in a console worker (lib/neo4j/console-pool.ts) with a client deadline each, at most
 * CYPHER_CONCURRENCY at once; the server's per-transaction memory limit stops what the caps cannot (one huge value).
 */
export async function runReadOnlyCypher(query: string, params: Record<string, unknown> = {}, limits: CypherLimits = {}): Promise<CypherResult> {
  // Whatever step fails in a way no mapping knows, a typed query's failure is a 4xx with a message, never a 500.
  return runChecked(query, params, limits).catch((error: unknown) => {
    throw stoppedUnexpectedly(error);
  });
}

async function runChecked(query: string, params: Record<string, unknown>, limits: CypherLimits): Promise<CypherResult> {
  const env = getEnv();
  const timeoutMs = Math.min(limits.timeoutMs ?? env.CYPHER_TIMEOUT_MS, env.CYPHER_TIMEOUT_MS);
  const rowCap = Math.min(limits.rowCap ?? env.CYPHER_ROW_CAP, env.CYPHER_ROW_CAP);
  const byteCap = env.CYPHER_BYTE_CAP;
  checkQueryText(query);
  checkNesting(query);
  checkRanges(query, params);
  const cypher = withoutTrailingSemicolon(query);
  toNeo4jParams(params); // size check; the worker converts whole numbers itself (integers do not survive postMessage)
  const neo4jParams = params;
  const summary = await explainRead(cypher, neo4jParams).catch((error: unknown) => {
    throw withPosition(error, 1, 'EXPLAIN\n'.length);
  });
  checkPlan(summary.queryType, summary.plan as PlanNode | false);
  const started = Date.now();
  const outcome = await streamRead(cypher, neo4jParams, { timeoutMs, rowCap, byteCap }).catch((error: unknown) => {
    throw stoppedUnexpectedly(tooDeep(error) ?? withPosition(error, 0, 0));
  });
  const { keys: columns, rows, bytes, truncatedBy } = outcome;
  return { columns, rows, truncated: truncatedBy !== null, truncatedBy, rowCap, byteCap, bytes, timeoutMs, elapsedMs: Date.now() - started };
}

/**
 * A query can build a value nested thousands deep (`reduce(acc = [], i IN range(1, 5000) | [acc])`); the driver
 * and toPlain walk values recursively, and run out of stack. That is the query's shape, so it is refused (400).
 */
function tooDeep(error: unknown): QueryRefusedError | null {
  if (!(error instanceof RangeError) || !/call stack/i.test(error.message)) return null;
  return new QueryRefusedError(
    'The result nests lists or maps too deeply to be sent back (more than about a thousand levels). Return flatter values, e.g. UNWIND the lists or return their size.',
  );
}

/**
 * A typed query that fails in a way no mapping knows (its worker exited, Neo4j answered an unexpected code) is
 * still the query's failure, not the server's: the user gets a 422 that says so, and the cause is logged.
 */
function stoppedUnexpectedly(error: unknown): unknown {
  if (isAppError(error)) return error;
  console.error(
    JSON.stringify({
      level: 'error',
      msg: 'console query failed unexpectedly',
      error: error instanceof Error ? { name: error.name, message: error.message, code: (error as { code?: string }).code } : String(error),
    }),
  );
  return new QueryTooCostlyError(
    'Neo4j stopped this query before it finished: it most likely needs more memory than one query may use. Narrow it: add LIMIT, return fewer or smaller values, and try again.',
  );
}

function withPosition(error: unknown, prefixLines: number, prefixChars: number): unknown {
  // Unknown procedures, functions and the like are client errors too: show Neo4j's message.
  const clientError = error instanceof Neo4jError && error.code.startsWith('Neo.ClientError.');
  if (!(error instanceof BadInputError || clientError) || error instanceof CypherSyntaxError) return error;
  const position = positionFromMessage(error.message, prefixLines, prefixChars);
  return new CypherSyntaxError(cleanMessage(error.message, position), position);
}
