import { expect, test } from '@playwright/test';

const TEXT =
  "Le Directeur exécutif de l'Office des Nations Unies contre la drogue et le crime (ONUDC), Yury Fedotov, s'est rendu à Vienne. Il a présenté le rapport de l'ONUDC aux États membres.";

test('POST /api/articles ingests a raw article through extraction and resolution, once', async ({ request }) => {
  const first = await request.post('/api/articles', { data: { text: TEXT, title: 'API ingest test', publishedAt: '2020-02-02', source: 'e2e' } });
  expect(first.status()).toBe(201);
  const { result } = (await first.json()) as { result: { status: string; articleId: string; entities: Array<{ id: string }> } };
  expect(result.status).toBe('added');
  expect(result.entities.map((e) => e.id)).toContain('org-unodc');

  const again = await request.post('/api/articles', { data: { text: TEXT, title: 'API ingest test', publishedAt: '2020-02-02', source: 'e2e' } });
  expect(again.status()).toBe(200);
  expect(((await again.json()) as { result: { status: string } }).result.status).toBe('unchanged');

  const empty = await request.post('/api/articles', { data: { text: '   ' } });
  expect(empty.status()).toBe(400);
  expect(((await empty.json()) as { error: { message: string } }).error.message).toMatch(/empty/);

  expect((await request.delete(`/api/articles/${result.articleId}`)).status()).toBe(204);
});
