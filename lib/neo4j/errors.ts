import { Neo4jError } from 'neo4j-driver';
import { DatabaseUnavailableError, AppError, BadInputError, QueryRefusedError, QueryTooCostlyError } from '@/lib/errors';

export const TIMEOUT_MESSAGE = 'The query ran past its time limit and was stopped. Narrow it (add LIMIT, fewer hops) and try again.';

export const MEMORY_MESSAGE =
  'The query needs more memory than one query may use, and Neo4j stopped it. Narrow it: add LIMIT early (before collect, ORDER BY or DISTINCT), ' +
  'match fewer hops, avoid building huge lists or strings (range(), reduce(), collect over a cartesian product), and return fewer columns.';
export const POOL_MESSAGE =
  'Neo4j has no query memory left right now (other heavy queries are running), so it stopped this one. Try again in a few seconds; if it keeps happening, narrow the query (LIMIT early, fewer hops, smaller lists).';
export const STACK_MESSAGE = 'The query is nested too deeply for Neo4j to analyse (lists, maps, CASE or long chains of operators). Flatten it, or pass big values as parameters.';

/** Neo4j's codes for a query over its memory limit, out of heap, or out of stack (each fails only that query). */
const MEMORY_CODES: Record<string, string> = {
  'Neo.ClientError.General.TransactionOutOfMemoryError': MEMORY_MESSAGE,
  'Neo.TransientError.General.OutOfMemoryError': MEMORY_MESSAGE,
  'Neo.TransientError.General.StackOverFlowError': STACK_MESSAGE,
  'Neo.DatabaseError.General.StackOverFlowError': STACK_MESSAGE,
};

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.ClientError.Security.Unauthorized', 'Neo.ClientError.Database.DatabaseNotFound']);

/** Turns driver errors into domain errors with messages a user can act on. Unknown errors pass through unchanged. */
export function toDomainError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  if (!(error instanceof Neo4jError)) {
    const code = (error as { code?: string } | null)?.code;
    if (code === 'ECONNREFUSED' || code === 'ENOTFOUND') return new DatabaseUnavailableError(code);
    return error;
  }
  if (UNAVAILABLE_CODES.has(error.code)) {
    const detail = error.code === 'Neo.ClientError.Security.Unauthorized' ? 'wrong NEO4J_USER or NEO4J_PASSWORD' : error.code;
    return new DatabaseUnavailableError(detail);
  }
  if (error.code === 'Neo.TransientError.General.MemoryPoolOutOfMemoryError') {
    // Both limits report this code; the message names the one reached.
    return new QueryTooCostlyError(/db\.memory\.transaction\.max\b/.test(error.message) ? MEMORY_MESSAGE : POOL_MESSAGE);
  }
  const memory = MEMORY_CODES[error.code];
  if (memory) return new QueryTooCostlyError(memory);
  if (error.code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration' || error.code.includes('TransactionTimedOut')) {
    return new QueryRefusedError(TIMEOUT_MESSAGE);
  }
  if (error.code.startsWith('Neo.ClientError.Statement.')) {
    return new BadInputError(error.message);
  }
  return error;
}
