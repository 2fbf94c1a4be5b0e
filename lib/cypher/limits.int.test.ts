import { afterAll, describe, expect, it } from 'vitest';
import { runReadOnlyCypher } from './run';
import { closeDriver } from '@/lib/neo4j/driver';
import { consoleLoad } from '@/lib/neo4j/console-pool';
import { readQuery } from '@/lib/neo4j/run';
import { BusyError, QueryRefusedError, QueryTooCostlyError } from '@/lib/errors';

// The console's resource limits against the real Neo4j that scripts/test.mjs starts (memory limits from LocalNeo4j.java).
afterAll(() => closeDriver());

describe('console limits', () => {
  it('cuts a result at the byte cap and says so, even when the row cap is far away', async () => {
    // 50 KB per row: the 4 MB cap is reached after about 80 of the 1,000 rows.
    const result = await runReadOnlyCypher('UNWIND range(1, 1000) AS i RETURN i, $big AS s', { big: 'x'.repeat(50_000) }, { rowCap: 1_000 });
    expect(result.truncatedBy).toBe('bytes');
    expect(result.truncated).toBe(true);
    expect(result.bytes).toBeLessThanOrEqual(result.byteCap);
    expect(result.rows.length).toBeGreaterThan(0);
    expect(result.rows.length).toBeLessThan(1_000);
  });

  it('a query over the per-transaction memory limit fails with 422 and says how to narrow it', async () => {
    const error = await runReadOnlyCypher('UNWIND range(1, 3000) AS a UNWIND range(1, 3000) AS b RETURN size(collect([a, b])) AS n').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QueryTooCostlyError);
    expect((error as Error).message).toMatch(/more memory.*LIMIT early/);
  });

  it('deep nesting is refused before it reaches Neo4j', async () => {
    const error = await runReadOnlyCypher(`RETURN ${'['.repeat(500)}1${']'.repeat(500)} AS x`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QueryRefusedError);
    expect((error as Error).message).toMatch(/nests 500 levels deep/);
  });

  it('past CYPHER_CONCURRENCY queries at once the excess is turned away with a retry time, and the console works afterwards', async () => {
    const slow = 'UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b RETURN count(*) AS n';
    const outcomes = await Promise.all(Array.from({ length: 8 }, () => runReadOnlyCypher(slow, {}, { timeoutMs: 1_500 }).catch((e: unknown) => e)));
    const busy = outcomes.filter((e) => e instanceof BusyError) as BusyError[];
    expect(busy.length).toBeGreaterThan(0);
    expect(busy[0]?.status).toBe(429);
    expect(busy[0]?.retryAfterSeconds).toBeGreaterThan(0);
    for (const e of outcomes.filter((e) => !(e instanceof BusyError))) expect((e as Error).message).toMatch(/time limit/);
    expect((await runReadOnlyCypher('RETURN 1 AS one')).rows).toEqual([[1]]);
  });

  it('a query Neo4j runs on past its deadline keeps its console slot until Neo4j has ended it', async () => {
    // One expression (a string grown 100,000 times: quadratic copying, little memory): Neo4j checks for termination
    // between operators only, so it runs on for seconds after the client deadline (1 s + grace), its closed
    // connection and TERMINATE TRANSACTIONS alike.
    const runaway = "RETURN size(reduce(s = '', i IN range(1, 100000) | s + 'abcdefghij')) AS n";
    const consoleTransactions = async () =>
      Number((await readQuery<{ n: number }>("SHOW TRANSACTIONS YIELD metaData WHERE metaData.kind = 'console' RETURN count(*) AS n")).records[0]?.get('n') ?? 0);
    const error = await runReadOnlyCypher(runaway, {}, { timeoutMs: 1_000 }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/time limit/);
    expect(await consoleTransactions(), 'precondition: Neo4j still runs the query after its deadline').toBeGreaterThan(0);
    expect(consoleLoad()).toEqual({ busy: 1, lingering: 1 });
    await expect.poll(() => consoleLoad().busy, { timeout: 120_000, interval: 250 }).toBe(0);
    expect(await consoleTransactions()).toBe(0);
    expect((await runReadOnlyCypher('RETURN 1 AS one')).rows).toEqual([[1]]);
  }, 150_000);
});
