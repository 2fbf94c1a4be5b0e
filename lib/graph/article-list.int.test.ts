import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listArticles } from './article-list';
import { parseArticleListParams } from './article-list-params';
import { loadArticle, removeArticle } from './load-article';
import { applySchema } from '@/lib/neo4j/schema';
import { closeDriver } from '@/lib/neo4j/driver';
import type { Article, Extraction } from '@/lib/model';

// "Zorblatt" is a made-up word, so a search for it sees only this suite's articles, whatever else the database holds.
const texts = {
  old: 'Le Bureau Zorblatt a ouvert ses portes à Testville. Le Bureau Zorblatt recrute.',
  mid: 'The Zorblatt office in Testville published a report on drug trafficking.',
  new: 'La réunion des zorblattiens a eu lieu à Testville, près de l’Observatoire.',
};
const articles: Article[] = [
  { id: 'test-list-old', title: 'Ouverture', publishedAt: '2001-01-01', language: 'fr', source: 'Beta Wire', text: texts.old },
  { id: 'test-list-mid', title: 'Report', publishedAt: '2002-02-02', language: 'en', source: 'alpha News', text: texts.mid },
  { id: 'test-list-new', title: 'Réunion', publishedAt: '2003-03-03', language: 'fr', source: 'Gamma', text: texts.new },
  { id: 'test-list-title', title: 'Zorblatt in the title only', publishedAt: '2000-01-01', language: 'en', source: 'Delta', text: 'Nothing to see in the text.' },
];
const at = (text: string, s: string, from = 0) => ({ start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length, text: s });
const extraction = (article: Article): Extraction => {
  const t = article.text;
  const entities: Extraction['entities'] = [
    { id: 'loc-test-list-testville', name: 'Testville', type: 'Location', aliases: [], mentions: t.includes('Testville') ? [at(t, 'Testville')] : [] },
  ];
  if (article.id === 'test-list-old')
    entities.push({ id: 'org-test-list-bureau', name: 'Bureau Zorblatt', type: 'Organization', aliases: [], mentions: [at(t, 'Bureau Zorblatt'), at(t, 'Bureau Zorblatt', 20)] });
  return { language: article.language, entities: entities.filter((e) => e.mentions.length > 0), relations: [] };
};
const list = (raw: Record<string, string>) => listArticles(parseArticleListParams(raw));
const ids = (page: Awaited<ReturnType<typeof listArticles>>) => page.rows.map((r) => r.id);

beforeAll(async () => {
  await applySchema();
  for (const article of articles) await loadArticle(article, extraction(article));
});
afterAll(async () => {
  for (const article of articles) await removeArticle(article.id);
  await closeDriver();
});

describe('listArticles', () => {
  it('finds words in titles and texts, as prefixes, without accents or case mattering', async () => {
    const page = await list({ q: 'ZORBLATT', sort: 'date', dir: 'desc' });
    expect(ids(page)).toEqual(['test-list-new', 'test-list-mid', 'test-list-old', 'test-list-title']);
    expect(page).toMatchObject({ total: 4, pages: 1, searched: true });
    expect(ids(await list({ q: 'reunion zorblatt' }))).toEqual(['test-list-new']);
    // After a French elision, with either apostrophe: the tokenizer keeps "l’observatoire" as one token.
    expect(ids(await list({ q: 'observatoire zorblatt' }))).toEqual(['test-list-new']);
  });

  it('sorts by the whitelisted keys in both directions', async () => {
    expect(ids(await list({ q: 'zorblatt', sort: 'date', dir: 'asc' }))).toEqual(['test-list-title', 'test-list-old', 'test-list-mid', 'test-list-new']);
    expect(ids(await list({ q: 'zorblatt', sort: 'source', dir: 'asc' }))).toEqual(['test-list-mid', 'test-list-old', 'test-list-title', 'test-list-new']);
    expect(ids(await list({ q: 'zorblatt', sort: 'language', dir: 'desc' }))).toEqual(['test-list-new', 'test-list-old', 'test-list-mid', 'test-list-title']);
  });

  it('filters by language', async () => {
    expect(ids(await list({ q: 'zorblatt', lang: 'en', sort: 'date' }))).toEqual(['test-list-mid', 'test-list-title']);
  });

  it('returns snippets with the hits marked, and the start of the text when only the title matched', async () => {
    const rows = (await list({ q: 'zorblatt', sort: 'date' })).rows;
    const marks = (id: string) =>
      rows
        .find((r) => r.id === id)!
        .snippet!.segments.filter((s) => s.mark)
        .map((s) => s.text);
    expect(marks('test-list-old')).toEqual(['Zorblatt', 'Zorblatt']);
    expect(marks('test-list-new')).toEqual(['zorblattiens']);
    expect(marks('test-list-title')).toEqual([]);
    expect(rows.find((r) => r.id === 'test-list-title')!.snippet!.segments[0]!.text).toBe('Nothing to see in the text.');
  });

  it('lists each article with its entities, most mentioned first', async () => {
    const row = (await list({ q: 'ouverture' })).rows[0]!;
    expect(row).toMatchObject({ id: 'test-list-old', title: 'Ouverture', publishedAt: '2001-01-01', language: 'fr', source: 'Beta Wire', entityCount: 2 });
    expect(row.entities).toEqual([
      { id: 'org-test-list-bureau', name: 'Bureau Zorblatt', type: 'Organization' },
      { id: 'loc-test-list-testville', name: 'Testville', type: 'Location' },
    ]);
  });

  it('lists every article without a search, with no snippets, and pages past the end are empty', async () => {
    const page = await list({});
    expect(page.searched).toBe(false);
    expect(page.total).toBeGreaterThanOrEqual(4);
    expect(page.rows.every((r) => r.snippet === null)).toBe(true);
    expect((await list({ page: String(page.pages + 1) })).rows).toEqual([]);
  });

  it('treats Lucene syntax as words and a query without words as no match', async () => {
    expect(ids(await list({ q: 'zorblatt* OR text:"x" AND' }))).toEqual([]);
    expect(ids(await list({ q: 'zorblatt) OR (a' }))).toEqual([]);
    expect(await list({ q: '*** ??' })).toMatchObject({ rows: [], total: 0, searched: true });
  });
});
