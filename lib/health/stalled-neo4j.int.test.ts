import { createServer, type Socket } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';

// A server that accepts Bolt connections and never answers, as a Neo4j that is starting, stalled or swapping does:
// the driver's own timeouts and retries would keep a health poll waiting for many seconds.
const sockets = new Set<Socket>();
let accepted = 0;
const stalled = createServer((socket) => {
  accepted++;
  sockets.add(socket);
  socket.on('close', () => sockets.delete(socket));
});
await new Promise<void>((resolve) => stalled.listen(0, '127.0.0.1', resolve));
const address = stalled.address();
if (!address || typeof address === 'string') throw new Error('the stalled server has no port');
process.env.NEO4J_URI = `bolt://127.0.0.1:${address.port}`;
process.env.NEWSGRAPH_EXTRACTOR = 'rules'; // this case is about Neo4j; the NER service is not asked

const { getHealth, HEALTH_DEADLINE_MS } = await import('./get-health');
const { closeDriver } = await import('@/lib/neo4j/driver');
const { isBreakerOpen, recordOutcome } = await import('@/lib/neo4j/breaker');

afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await closeDriver();
  await new Promise((resolve) => stalled.close(resolve));
});

describe('the health check when Neo4j accepts connections but never answers', () => {
  it('says "down" at its deadline with a message that says what happened, and opens the breaker', async () => {
    recordOutcome(null);
    const started = Date.now();
    const health = await getHealth();
    const ms = Date.now() - started;
    expect(health.ok).toBe(false);
    expect(health.components.neo4j.state).toBe('down');
    expect(health.components.neo4j.message).toMatch(/no answer to the health check within 4 s/);
    expect(health.error?.code).toBe('database_unavailable');
    // The deadline is what answered: the driver did reach the server, which left it hanging.
    expect(accepted).toBeGreaterThan(0);
    expect(ms).toBeGreaterThanOrEqual(HEALTH_DEADLINE_MS - 50);
    expect(ms, 'answered at the deadline, not after the driver gave up').toBeLessThan(HEALTH_DEADLINE_MS + 1_500);
    expect(isBreakerOpen(), 'later requests fail fast instead of each waiting 4 s').toBe(true);
  });
});
