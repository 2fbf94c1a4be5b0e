import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { countGraph } from '@/lib/graph/stats';
import { closeDriver } from '@/lib/neo4j/driver';
import { runReadOnlyCypher } from './run';

afterAll(() => closeDriver());

async function refusal(work: () => Promise<unknown>): Promise<AppError> {
  const error = await work().then(
    () => null,
    (e: unknown) => e,
  );
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

  // Console results are decoded in a worker thread (lib/neo4j/console-worker.mjs): a result 2,000 levels deep
  // comes back whole; one 20,000 deep overflows or outlasts only that worker, and the answer is a 400.
  it('returns a result nested 2,000 deep, refuses one 20,000 deep with a 400, and the next query still runs', async () => {
    const deep = await runReadOnlyCypher('RETURN reduce(acc = [], i IN range(1, 2000) | [acc]) AS deep');
    expect(JSON.stringify(deep.rows[0]?.[0]).length).toBe(2 * 2001);
    const error = await refusal(() => runReadOnlyCypher('RETURN reduce(acc = [], i IN range(1, 20000) | [acc]) AS deep'));
    expect(error.status).toBe(400);
    expect(error.message).toMatch(/nests lists or maps too deeply|time limit/);
    expect((await runReadOnlyCypher('RETURN reduce(acc = [], i IN range(1, 20) | [acc]) AS ok, 1 AS one')).rows[0]?.[1]).toBe(1);
  });
});
