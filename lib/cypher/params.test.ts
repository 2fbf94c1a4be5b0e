import { describe, expect, it } from 'vitest';
import { NewSavedQuerySchema } from '@/lib/saved-queries/model';
import { CypherParamsSchema, MAX_PARAMS_DEPTH, toNeo4jParams } from './params';

const nested = (depth: number) => JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`) as unknown;

describe('CypherParamsSchema', () => {
  it('accepts parameters nested up to the limit, which toNeo4jParams converts', () => {
    const params = CypherParamsSchema.parse({ a: nested(MAX_PARAMS_DEPTH - 1) });
    expect(() => toNeo4jParams(params)).not.toThrow();
  });

  // Found by the contract fuzzer: 5,000 nested lists in params were a 500 (JSON.stringify overflowed the stack).
  it('refuses deeper parameters with a message, in the console and in saved queries', () => {
    const parsed = CypherParamsSchema.safeParse({ a: nested(5_000) });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(/at most 32 levels/);
    const saved = NewSavedQuerySchema.safeParse({ name: 'deep', kind: 'cypher', body: { query: 'RETURN $a', params: { a: nested(5_000) } } });
    expect(saved.success).toBe(false);
  });
});
