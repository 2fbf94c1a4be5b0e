import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadArticle, removeArticle } from './load-article';
import { countGraph } from './stats';
import { getEntity } from './explore';
import { applySchema } from '@/lib/neo4j/schema';
import { closeDriver } from '@/lib/neo4j/driver';
import type { Article, Extraction } from '@/lib/model';

const text = 'Yury Fedotov dirige le Bureau de test. Le Bureau de test siège à Testville.';
const article: Article = { id: 'test-load-article', title: 'Test', publishedAt: '2020-01-01', language: 'fr', source: 'test', text };
const span = (s: string, from = 0) => ({ start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length, text: s });
const s1 = span('Yury Fedotov dirige le Bureau de test.');
const s2 = span('Le Bureau de test siège à Testville.');
const extraction: Extraction = {
  language: 'fr',
  entities: [
    { id: 'person-test-fedotov', name: 'Test Fedotov', type: 'Person', aliases: ['Yury Fedotov'], mentions: [span('Yury Fedotov')] },
    { id: 'org-test-bureau', name: 'Test Bureau', type: 'Organization', aliases: ['Bureau de test'], mentions: [span('Bureau de test'), span('Bureau de test', 30)] },
    { id: 'loc-testville', name: 'Testville', type: 'Location', aliases: [], mentions: [span('Testville')] },
  ],
  relations: [
    { type: 'LEADS', source: 'person-test-fedotov', target: 'org-test-bureau', confidence: 0.9, evidence: [s1] },
    { type: 'HEADQUARTERED_IN', source: 'org-test-bureau', target: 'loc-testville', confidence: 0.8, evidence: [s2] },
  ],
};

beforeAll(() => applySchema());
afterEach(async () => {
  await removeArticle(article.id);
  await removeArticle('test-load-article-2');
});
afterAll(() => closeDriver());

describe('loadArticle', () => {
  it('adds an article whole, then treats the same text as unchanged, and removal restores the counts exactly', async () => {
    const before = await countGraph();
    expect((await loadArticle(article, extraction)).status).toBe('added');
    const after = await countGraph();
    expect(after.articles).toBe(before.articles + 1);
    expect(after.entities).toBe(before.entities + 3);
    expect((await loadArticle(article, extraction)).status).toBe('unchanged');
    expect(await countGraph()).toEqual(after);
    expect(await removeArticle(article.id)).toBe(true);
    expect(await countGraph()).toEqual(before);
  });

  it('replaces only its own evidence when a new version arrives, and keeps what another article supports', async () => {
    await loadArticle(article, extraction);
    await loadArticle({ ...article, id: 'test-load-article-2' }, extraction);
    const shorter = { ...extraction, relations: extraction.relations.slice(0, 1) };
    expect((await loadArticle({ ...article, text: text + ' ' }, shorter)).status).toBe('updated');
    const bureau = await getEntity('org-test-bureau');
    const hq = bureau.relations.find((r) => r.type === 'HEADQUARTERED_IN');
    expect(hq?.articleIds).toEqual(['test-load-article-2']);
    const leads = bureau.relations.find((r) => r.type === 'LEADS');
    expect(leads?.evidence.map((e) => e.articleId).sort()).toEqual(['test-load-article', 'test-load-article-2']);
  });

  it('lands whole or not at all: a failure half-way leaves the graph unchanged', async () => {
    const before = await countGraph();
    // A map inside a list property is refused by Neo4j, after the entities were already written in the transaction.
    const poisoned = { ...extraction, relations: [{ ...extraction.relations[0]!, evidence: [{ ...s1, start: { nested: true } as unknown as number }] }] };
    await expect(loadArticle(article, poisoned)).rejects.toThrow();
    expect(await countGraph()).toEqual(before);
  });
});
