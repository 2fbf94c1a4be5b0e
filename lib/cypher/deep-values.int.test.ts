import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { countGraph } from '@/lib/graph/stats';
import { closeDriver } from '@/lib/neo4j/driver';
import { runReadOnlyCypher } from './run';

afterAll(() => closeDriver());

async function refusal(work: () => Promise<unknown>): Promise<AppError> {
  const error = await work().then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** Deeply nested values, in the parameters or built by the query, are a 400 with a clear message, never a 500. */
describe('Cypher console: deep values', () => {
  it('refuses parameters nested 100,000 deep before they reach Neo4j', async () => {
    const before = await countGraph();
    const params = JSON.parse(`{"p":${'['.repeat(100_000)}${']'.repeat(100_000)}}`) as Record<string, unknown>;
    const error = await refusal(() => runReadOnlyCypher('RETURN $p AS p', params));
    expect(error.status).toBe(400);
    expect(error.message).toMatch(/more than 32 levels deep/);
    expect(await countGraph()).toEqual(before);
  });

  it('refuses a result the query nests thousands deep, and the next query still runs', async () => {
    const error = await refusal(() => runReadOnlyCypher('RETURN reduce(acc = [], i IN range(1, 2000) | [acc]) AS deep'));
    expect(error.status).toBe(400);
    expect(error.message).toMatch(/nests lists or maps too deeply.*UNWIND/);
    expect((await runReadOnlyCypher('RETURN reduce(acc = [], i IN range(1, 20) | [acc]) AS ok, 1 AS one')).rows[0]?.[1]).toBe(1);
  });
});
