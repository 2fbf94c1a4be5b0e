import { afterAll, describe, expect, it } from 'vitest';

// Nothing listens on this port: every read must fail fast with the domain error, not hang or leak a driver error.
process.env.NEO4J_URI = 'bolt://127.0.0.1:1';
const { getOverview } = await import('@/lib/graph/explore');
const { runReadOnlyCypher } = await import('@/lib/cypher/run');
const { closeDriver } = await import('./driver');
const { isBreakerOpen, recordOutcome } = await import('./breaker');
const { DatabaseUnavailableError } = await import('@/lib/errors');

afterAll(() => closeDriver());

describe('when Neo4j is down', () => {
  it('reads fail quickly with DatabaseUnavailableError and a message saying how to fix it', async () => {
    const started = Date.now();
    const error = await getOverview().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    expect((error as Error).message).toMatch(/npm start/);
    expect(Date.now() - started).toBeLessThan(12_000);
  });

  it('a Cypher console query goes through the gateway too: it fails the same way and opens the circuit breaker', async () => {
    recordOutcome(null);
    expect(isBreakerOpen()).toBe(false);
    const error = await runReadOnlyCypher('MATCH (e:Entity) RETURN e.name AS name LIMIT 5').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    expect(isBreakerOpen(), 'the console must tell the breaker, so later requests fail fast').toBe(true);
  });
});
