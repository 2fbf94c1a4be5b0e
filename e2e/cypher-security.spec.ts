import { expect, test, type APIRequestContext } from '@playwright/test';
import { HOSTILE_CASES } from '../tests/security/hostile-cases';

// The hostile table again, over HTTP against POST /api/cypher (the integration suite covers the shared lib).
const COUNTS =
  'CALL () { MATCH (n) RETURN count(n) AS nodes, sum(size(keys(n))) AS np } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels, sum(size(keys(r))) AS rp } RETURN nodes, np, rels, rp';
const LIMITS = { timeoutMs: 2_000, rowCap: 100 };

async function counts(request: APIRequestContext) {
  const response = await request.post('/api/cypher', { data: { query: COUNTS } });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { rows: number[][] }).rows[0];
}

test('every hostile query is refused or cut off over HTTP, and the graph is unchanged', async ({ request }) => {
  test.setTimeout(180_000);
  const before = await counts(request);
  for (const c of HOSTILE_CASES) {
    const started = Date.now();
    const response = await request.post('/api/cypher', { data: { query: c.query, params: c.params ?? {}, ...LIMITS } });
    const elapsed = Date.now() - started;
    const body = (await response.json()) as { truncated?: boolean; error?: { code: string; message: string } };
    if (c.expect === 'harmless') expect(response.status(), c.name).toBe(200);
    else if (c.expect === 'truncated') expect(body.truncated, c.name).toBe(true);
    else {
      expect([400, 413], `${c.name}: ${JSON.stringify(body)}`).toContain(response.status());
      expect(body.error?.message.length, c.name).toBeGreaterThan(10);
      if (c.message) expect(body.error?.message, c.name).toMatch(c.message);
    }
    if (c.expect === 'timeout' || c.expect === 'truncated') expect(elapsed, c.name).toBeLessThan(LIMITS.timeoutMs + 5_000); // the client deadline is timeout + 1.5 s; the rest is a loaded machine's HTTP
  }
  expect(await counts(request)).toEqual(before);
  const started = Date.now();
  const normal = await request.post('/api/cypher', { data: { query: 'MATCH (e:Entity) RETURN e.name LIMIT 3' } });
  expect(normal.status()).toBe(200);
  // Not stalled behind the hostile queries, which each ran to their 2 s limit (a bound for a loaded machine, not a speed target).
  expect(Date.now() - started).toBeLessThan(5_000);
});

test('a caller cannot raise the server limits', async ({ request }) => {
  const response = await request.post('/api/cypher', { data: { query: 'UNWIND range(1, 5000) AS x RETURN x', rowCap: 100_000 } });
  const body = (await response.json()) as { rowCap: number; truncated: boolean; rows: unknown[] };
  expect(body.rowCap).toBe(1_000);
  expect(body.truncated).toBe(true);
  expect(body.rows).toHaveLength(1_000);
});
