import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { QueryTooCostlyError } from '@/lib/errors';
import { toDomainError } from './errors';

const neo4jError = (code: string, message: string) => new Neo4jError(message, code, '50N42', message);

describe('memory errors from Neo4j', () => {
  it('the per-transaction limit (reported with the pool code) says the query needs too much memory and how to narrow it', () => {
    const error = toDomainError(
      neo4jError(
        'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
        'The allocation of an extra 2.0 MiB would use more than the limit 128.0 MiB. Currently using 126.9 MiB. db.memory.transaction.max threshold reached',
      ),
    );
    expect(error).toBeInstanceOf(QueryTooCostlyError);
    expect((error as QueryTooCostlyError).status).toBe(422);
    expect((error as Error).message).toMatch(/needs more memory than one query may use.*LIMIT early/);
  });
  it('the total pool says memory is busy right now and to retry', () => {
    const error = toDomainError(
      neo4jError(
        'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
        'The allocation of an extra 2.0 MiB would use more than the limit 640.0 MiB. dbms.memory.transaction.total.max threshold reached',
      ),
    );
    expect((error as Error).message).toMatch(/no query memory left right now.*Try again/);
  });
  it('heap exhaustion, the transaction limit and stack overflows each fail only that query, with a clear message', () => {
    expect((toDomainError(neo4jError('Neo.TransientError.General.OutOfMemoryError', 'Java heap space')) as Error).message).toMatch(/needs more memory/);
    expect(toDomainError(neo4jError('Neo.ClientError.General.TransactionOutOfMemoryError', 'x'))).toBeInstanceOf(QueryTooCostlyError);
    expect((toDomainError(neo4jError('Neo.TransientError.General.StackOverFlowError', 'x')) as Error).message).toMatch(/nested too deeply/);
  });
});
