import { describe, expect, it } from 'vitest';
import { BadInputError, TooLargeError } from '@/lib/errors';
import { NewSavedQuerySchema } from '@/lib/saved-queries/model';
import { CypherParamsSchema, MAX_PARAMS_DEPTH, toNeo4jParams } from './params';

/** {"p": [[[…]]]} with `depth` lists, built the way JSON.parse builds it (JSON.parse itself does not recurse). */
const nested = (depth: number) => JSON.parse(`{"p":${'['.repeat(depth)}${']'.repeat(depth)}}`) as Record<string, unknown>;

describe('Cypher parameters: bounded depth and size', () => {
  it('refuses parameters nested 100,000 deep with a 400 that says what to do, instead of overflowing the stack', () => {
    const deep = nested(100_000);
    const error = (() => {
      try {
        toNeo4jParams(deep);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(BadInputError);
    expect((error as BadInputError).status).toBe(400);
    expect((error as Error).message).toMatch(/nest lists or maps more than 32 levels deep; flatten them/);
    const parsed = CypherParamsSchema.safeParse(deep);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(/more than 32 levels deep/);
  });

  it('accepts the deepest allowed nesting and refuses one level more', () => {
    expect(() => toNeo4jParams(nested(MAX_PARAMS_DEPTH - 1))).not.toThrow();
    expect(() => toNeo4jParams(nested(MAX_PARAMS_DEPTH))).toThrow(BadInputError);
    expect(CypherParamsSchema.safeParse(nested(MAX_PARAMS_DEPTH - 1)).success).toBe(true);
  });

  it('refuses a cycle (possible from code) at the depth bound, and too many values or bytes', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => toNeo4jParams(cyclic)).toThrow(BadInputError);
    expect(() => toNeo4jParams({ ids: new Array(60_000).fill(0) })).toThrow(/more than 50,000 values/);
    expect(() => toNeo4jParams({ text: 'x'.repeat(200_000) })).toThrow(TooLargeError);
  });

  it('still converts whole numbers to Neo4j integers', () => {
    const params = toNeo4jParams({ n: 5, list: [1, 2.5], map: { k: 3 } }) as { n: { toNumber(): number }; list: unknown[] };
    expect(params.n.toNumber()).toBe(5);
    expect(params.list[1]).toBe(2.5);
  });
});

const nestedList = (depth: number) => JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`) as unknown;

describe('CypherParamsSchema', () => {
  it('accepts parameters nested up to the limit, which toNeo4jParams converts', () => {
    const params = CypherParamsSchema.parse({ a: nestedList(MAX_PARAMS_DEPTH - 1) });
    expect(() => toNeo4jParams(params)).not.toThrow();
  });

  // Found by the contract fuzzer: 5,000 nested lists in params were a 500 (JSON.stringify overflowed the stack).
  it('refuses deeper parameters with a message, in the console and in saved queries', () => {
    const parsed = CypherParamsSchema.safeParse({ a: nestedList(5_000) });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(/more than 32 levels deep/);
    const saved = NewSavedQuerySchema.safeParse({ name: 'deep', kind: 'cypher', body: { query: 'RETURN $a', params: { a: nestedList(5_000) } } });
    expect(saved.success).toBe(false);
  });
});
