/**
 * Typed errors whose messages are safe to show users. Actions and route handlers map them to statuses.
 */
export class AppError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly status: number,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class DatabaseUnavailableError extends AppError {
  constructor(detail?: string) {
    super(
      `The graph database is unavailable${detail ? ` (${detail})` : ''}. ` +
        'If you run newsgraph locally, start it with `npm start`, which also starts Neo4j; ' +
        'otherwise check that NEO4J_URI points at a running Neo4j and that the credentials are right.',
      'database_unavailable',
      503,
    );
  }
}

export class NotFoundError extends AppError {
  constructor(what: string) {
    super(`${what} was not found.`, 'not_found', 404);
  }
}

export class BadInputError extends AppError {
  constructor(message: string) {
    super(message, 'bad_input', 400);
  }
}

export class TooLargeError extends AppError {
  constructor(message: string) {
    super(message, 'too_large', 413);
  }
}

export class QueryRefusedError extends AppError {
  constructor(message: string) {
    super(message, 'query_refused', 400);
  }
}

/** The query would need more memory than Neo4j allows one query (or than is free right now). */
export class QueryTooCostlyError extends AppError {
  constructor(message: string) {
    super(message, 'query_too_costly', 422);
  }
}

/** Too many requests of one kind in flight; the caller may retry after `retryAfterSeconds`. */
export class BusyError extends AppError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message, 'busy', 429);
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
