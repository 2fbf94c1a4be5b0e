import { afterAll, describe, expect, it } from 'vitest';
import { dedicatedNeo4j, type LocalNeo4j } from './neo4j-process';
import { appRoutes, startApp } from './app';

// Its own Neo4j, which this case stops and restarts under a running app.
const db = await dedicatedNeo4j();
process.env.NEO4J_URI = db.uri;
const { applySchema } = await import('@/lib/neo4j/schema');
const { closeDriver } = await import('@/lib/neo4j/driver');
const { loadSeed } = await import('@/lib/seed/load-seed');

let neo4j: LocalNeo4j | undefined;
let app: Awaited<ReturnType<typeof startApp>> | undefined;
afterAll(async () => {
  await closeDriver();
  await app?.stop();
  await neo4j?.stop();
  db.cleanup();
});

async function get(url: string, init: RequestInit = {}): Promise<{ status: number; body: string; ms: number }> {
  const started = Date.now();
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(20_000) });
  return { status: response.status, body: await response.text(), ms: Date.now() - started };
}

/** The Cypher console's API: EXPLAIN and the streamed read go through the gateway, breaker included. */
/** Fast means the breaker answered: a request that waited on the driver's retries would take over 5 s. */
const FAST_MS = 4_000;

const runConsoleQuery = (url: string) =>
  get(`${url}/api/cypher`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'MATCH (e:Entity) RETURN e.name AS name LIMIT 5' }) });

describe('reliability 4: while Neo4j is down, every page and API route says so quickly; then the app recovers', () => {
  it('answers 503 (API) or a "database unavailable" page fast, and recovers without a restart', async () => {
    neo4j = await db.start();
    await applySchema();
    const seed = await loadSeed();
    await closeDriver();
    const articleId = seed[0]?.articleId as string;
    const routes = appRoutes({ entityId: 'person-yury-fedotov', articleId });
    expect(routes.length).toBeGreaterThanOrEqual(4);
    app = await startApp(db.uri);

    for (const route of routes) expect((await get(app.url + route.url)).status, `${route.url} while up`).toBeLessThan(500);

    await neo4j.stop();
    // The first request finds out (the driver retries for up to 5 s); the circuit breaker makes the rest fail fast.
    const first = await get(`${app.url}/api/health`);
    expect(first.status).toBe(503);
    expect(first.ms).toBeLessThan(12_000);
    const timings: Record<string, number> = { first: first.ms };
    // Pages that never touch the database (signing in) must keep working, not claim an outage.
    const DATABASE_FREE = new Set(['/login', '/api/openapi.json']);
    for (const route of routes) {
      const r = await get(app.url + route.url);
      if (DATABASE_FREE.has(route.url.split('?')[0] ?? '')) {
        expect(r.status, route.url).toBe(200);
        continue;
      }
      timings[route.url] = r.ms;
      expect(r.ms, `${route.url} answers quickly`).toBeLessThan(FAST_MS);
      if (route.api) {
        expect(r.status, route.url).toBe(503);
        expect(JSON.parse(r.body), route.url).toMatchObject({ error: { code: 'database_unavailable' } });
      } else {
        expect(r.body, route.url).toMatch(/graph database is unavailable/);
      }
    }
    const consoleQuery = await runConsoleQuery(app.url);
    timings['POST /api/cypher'] = consoleQuery.ms;
    expect(consoleQuery.ms, 'a Cypher console query answers quickly').toBeLessThan(FAST_MS);
    expect(consoleQuery.status).toBe(503);
    expect(JSON.parse(consoleQuery.body)).toMatchObject({ error: { code: 'database_unavailable' } });
    process.stderr.write(`database-down case, ms per route while down: ${JSON.stringify(timings)}\n`);

    neo4j = await db.start();
    const deadline = Date.now() + 30_000;
    let health = await get(`${app.url}/api/health`);
    while (health.status !== 200 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 500));
      health = await get(`${app.url}/api/health`);
    }
    expect(health.status, 'the app recovers without a restart').toBe(200);
    for (const route of routes) {
      const r = await get(app.url + route.url);
      expect(r.status, `${route.url} after recovery`).toBeLessThan(500);
      expect(r.body).not.toMatch(/graph database is unavailable/);
    }
    expect((await runConsoleQuery(app.url)).status, 'the Cypher console after recovery').toBe(200);
  });
});
