import { afterAll, describe, expect, it } from 'vitest';
import { CONTRACT_ARTICLE } from '@/lib/openapi/examples';

// With NEWSGRAPH_WRITE_TOKEN set, the write routes need "Authorization: Bearer <token>"; reads stay open.
process.env.NEWSGRAPH_WRITE_TOKEN = 'integration-write-token-123';
const { POST } = await import('./route');
const { GET, DELETE } = await import('./[id]/route');
const { POST: SAVE } = await import('@/app/api/saved-queries/route');
const { closeDriver } = await import('@/lib/neo4j/driver');

const id = 'write-protection-test-article';
const body = JSON.stringify({ ...CONTRACT_ARTICLE, article: { ...CONTRACT_ARTICLE.article, id } });
const context = { params: Promise.resolve({ id }) };
const call = (method: string, auth?: string, data?: string) =>
  new Request(`http://localhost/api/articles/${id}`, { method, body: data, headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${auth}` } : {}) } });

afterAll(async () => {
  await DELETE(call('DELETE', 'integration-write-token-123'), context);
  await closeDriver();
});

describe('write protection', () => {
  it('refuses writes without the token or with a wrong one, and changes nothing', async () => {
    expect((await POST(call('POST', undefined, body))).status).toBe(401);
    expect((await POST(call('POST', 'wrong-token', body))).status).toBe(401);
    expect((await SAVE(call('POST', undefined, JSON.stringify({ name: 'x', kind: 'filter', body: {} })))).status).toBe(401);
    expect((await GET(call('GET'), context)).status).toBe(404);
    const refused = await POST(call('POST', undefined, body));
    expect(await refused.json()).toMatchObject({ error: { code: 'unauthorized' } });
  });

  it('accepts the right token; reads need none', async () => {
    expect((await POST(call('POST', 'integration-write-token-123', body))).status).toBe(201);
    expect((await GET(call('GET'), context)).status).toBe(200);
    expect((await DELETE(call('DELETE'), context)).status).toBe(401);
    expect((await DELETE(call('DELETE', 'integration-write-token-123'), context)).status).toBe(204);
  });
});
