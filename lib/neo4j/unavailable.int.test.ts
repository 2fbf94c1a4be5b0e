import { afterAll, describe, expect, it } from 'vitest';

// Nothing listens on this port: every read must fail fast with the domain error, not hang or leak a driver error.
process.env.NEO4J_URI = 'bolt://127.0.0.1:1';
const { getOverview } = await import('@/lib/graph/explore');
const { closeDriver } = await import('./driver');
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
});
