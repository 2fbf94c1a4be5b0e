import { describe, expect, it } from 'vitest';
import { articleListHref, nextSort, parseArticleListParams } from './article-list-params';

describe('parseArticleListParams', () => {
  it('defaults to newest first, and to relevance for a search', () => {
    expect(parseArticleListParams({})).toEqual({ q: '', sort: 'date', dir: 'desc', lang: null, page: 1 });
    expect(parseArticleListParams({ q: '  drogue ' })).toEqual({ q: 'drogue', sort: 'relevance', dir: 'desc', lang: null, page: 1 });
    expect(parseArticleListParams({ sort: 'source' })).toMatchObject({ sort: 'source', dir: 'asc' });
  });

  it('reads every field and takes the first of repeated keys', () => {
    expect(parseArticleListParams({ q: 'x', sort: 'date', dir: 'asc', lang: ['fr', 'en'], page: '3' })).toEqual({ q: 'x', sort: 'date', dir: 'asc', lang: 'fr', page: 3 });
  });

  it('falls back to defaults for values it does not know, so they never reach Cypher', () => {
    expect(parseArticleListParams({ sort: 'a.text; DETACH DELETE a', dir: 'sideways', lang: 'de', page: '-2' })).toEqual({ q: '', sort: 'date', dir: 'desc', lang: null, page: 1 });
    expect(parseArticleListParams({ sort: 'relevance' }).sort).toBe('date');
    expect(parseArticleListParams({ q: 'x'.repeat(1000) }).q).toHaveLength(200);
  });
});

describe('articleListHref', () => {
  const base = parseArticleListParams({});
  it('leaves defaults out and round-trips through the parser', () => {
    expect(articleListHref(base)).toBe('/articles');
    const href = articleListHref(base, { q: 'drogue & crime', lang: 'fr', sort: 'date', dir: 'asc', page: 2 });
    expect(href).toBe('/articles?q=drogue+%26+crime&lang=fr&sort=date&dir=asc&page=2');
    expect(parseArticleListParams(Object.fromEntries(new URL(href, 'http://x').searchParams))).toEqual({ q: 'drogue & crime', lang: 'fr', sort: 'date', dir: 'asc', page: 2 });
  });

  it('keeps a non-default direction on the default sort', () => {
    expect(articleListHref(base, { dir: 'asc' })).toBe('/articles?sort=date&dir=asc');
  });
});

describe('nextSort', () => {
  const byDate = parseArticleListParams({ page: '4' });
  it('flips the direction of the current column and starts other columns at their default, on page 1', () => {
    expect(nextSort(byDate, 'date')).toEqual({ sort: 'date', dir: 'asc', page: 1 });
    expect(nextSort(byDate, 'source')).toEqual({ sort: 'source', dir: 'asc', page: 1 });
  });
});
