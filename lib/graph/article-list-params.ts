import { z } from 'zod';
import { LanguageSchema } from '@/lib/model';

/**
 * The /articles list's state, kept in the URL so a view can be shared: ?sort=date&dir=desc&lang=fr&q=…&page=2.
 * A bad value falls back to its default rather than failing the page: a shared link with a typo still shows a list.
 */
export const ARTICLE_SORT_KEYS = ['date', 'source', 'language', 'relevance'] as const;
export type ArticleSortKey = (typeof ARTICLE_SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';

export const ARTICLES_PER_PAGE = 20;
const MAX_QUERY_LENGTH = 200;

const ParamsSchema = z.object({
  q: z
    .string()
    .catch('')
    .transform((q) => q.trim().slice(0, MAX_QUERY_LENGTH)),
  sort: z.enum(ARTICLE_SORT_KEYS).optional().catch(undefined),
  dir: z.enum(['asc', 'desc']).optional().catch(undefined),
  lang: LanguageSchema.nullable().catch(null),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export type ArticleListParams = { q: string; sort: ArticleSortKey; dir: SortDirection; lang: 'fr' | 'en' | null; page: number };

/** Dates read newest first by default; names and codes A to Z; relevance best first. */
export function defaultDirection(sort: ArticleSortKey): SortDirection {
  return sort === 'date' || sort === 'relevance' ? 'desc' : 'asc';
}

/** Reads Next.js searchParams (a repeated key gives an array; the first value counts). */
export function parseArticleListParams(raw: Record<string, string | string[] | undefined>): ArticleListParams {
  const first = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = ParamsSchema.parse({ q: first.q ?? '', sort: first.sort, dir: first.dir, lang: first.lang ?? null, page: first.page ?? 1 });
  // Relevance only means something for a search; without one the list is by date.
  const sort = parsed.sort === 'relevance' && !parsed.q ? 'date' : (parsed.sort ?? (parsed.q ? 'relevance' : 'date'));
  return { q: parsed.q, sort, dir: parsed.dir ?? defaultDirection(sort), lang: parsed.lang, page: parsed.page };
}

/** The URL of the list with some state changed; defaults stay out of it, so links are short. */
export function articleListHref(params: ArticleListParams, change: Partial<ArticleListParams> = {}): string {
  const next = { ...params, ...change };
  const search = new URLSearchParams();
  if (next.q) search.set('q', next.q);
  if (next.lang) search.set('lang', next.lang);
  const defaultSort = next.q ? 'relevance' : 'date';
  if (next.sort !== defaultSort || next.dir !== defaultDirection(next.sort)) {
    search.set('sort', next.sort);
    search.set('dir', next.dir);
  }
  if (next.page > 1) search.set('page', String(next.page));
  const query = search.toString();
  return query ? `/articles?${query}` : '/articles';
}

/** What a click on a column header does: the other direction on the current column, else that column's default. */
export function nextSort(params: ArticleListParams, sort: ArticleSortKey): Pick<ArticleListParams, 'sort' | 'dir' | 'page'> {
  const dir = params.sort === sort ? (params.dir === 'asc' ? 'desc' : 'asc') : defaultDirection(sort);
  return { sort, dir, page: 1 };
}
