import { Neo4jError } from 'neo4j-driver';
import { DatabaseUnavailableError, AppError, BadInputError, QueryRefusedError } from '@/lib/errors';

export const TIMEOUT_MESSAGE = 'The query ran past its time limit and was stopped. Narrow it (add LIMIT, fewer hops) and try again.';

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
  if (error.code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration' || error.code.includes('TransactionTimedOut')) {
    return new QueryRefusedError(TIMEOUT_MESSAGE);
  }
  if (error.code.startsWith('Neo.ClientError.Statement.')) {
    return new BadInputError(error.message);
  }
  return error;
}
