import { readTransaction } from '@/lib/neo4j/run';
import { int } from '@/lib/neo4j/values';
import type { EntityType } from '@/lib/model';
import { snippetAround, type Snippet } from '@/lib/text/snippet';
import { ARTICLE_SORT_KEYS, ARTICLES_PER_PAGE, type ArticleListParams, type ArticleSortKey, type SortDirection } from './article-list-params';
import { toTextQuery } from './lucene';

export type ArticleListEntity = { id: string; name: string; type: EntityType };
export type ArticleListRow = {
  id: string;
  title: string;
  publishedAt: string;
  language: string;
  source: string;
  entityCount: number;
  entities: ArticleListEntity[];
  snippet: Snippet | null;
};
export type ArticleListPage = { rows: ArticleListRow[]; total: number; page: number; pages: number; searched: boolean };

/** Entities shown per row, most mentioned first. */
const ENTITIES_PER_ROW = 5;
/** Text read per row for a snippet: enough for any news article, and a bound on what a page of huge texts costs. */
const SNIPPET_TEXT_CHARS = 50_000;

/** Sort keys and directions are looked up here, never interpolated from input; ties go newest first, then by id. */
const ORDER_FIELDS: Record<ArticleSortKey, string> = { date: 'a.publishedAt', source: 'toLower(a.source)', language: 'a.language', relevance: 'score' };
const DIRECTIONS: Record<SortDirection, string> = { asc: 'ASC', desc: 'DESC' };

const ALL_ARTICLES = `
MATCH (a:Article)
WHERE $language IS NULL OR a.language = $language
WITH a, 0.0 AS score`;

/** Full-text search over titles and texts (index article_search, standard-folding: accents and case ignored). */
const MATCHING_ARTICLES = `
CALL db.index.fulltext.queryNodes('article_search', $query) YIELD node AS a, score
WHERE $language IS NULL OR a.language = $language`;

const PAGE_OF_ARTICLES = `
SKIP $skip LIMIT $limit
RETURN a { .id, .title, .publishedAt, .language, .source } AS article,
       CASE WHEN $withText THEN left(a.text, $textChars) END AS text,
       COUNT { (a)-[:MENTIONS]->(:Entity) } AS entityCount,
       COLLECT {
         MATCH (a)-[m:MENTIONS]->(e:Entity)
         RETURN e { .id, .name, .type } AS entity
         ORDER BY coalesce(m.count, 0) DESC, coalesce(e.degree, 0) DESC, e.id
         LIMIT $entitiesPerRow
       } AS entities`;

export const COUNT_ALL_ARTICLES = `${ALL_ARTICLES} RETURN count(a) AS total`;
export const COUNT_MATCHING_ARTICLES = `${MATCHING_ARTICLES} RETURN count(a) AS total`;

type QueryTable = Record<ArticleSortKey, Record<SortDirection, string>>;
const byOrder = (match: string): QueryTable =>
  Object.fromEntries(
    ARTICLE_SORT_KEYS.map((sort) => [
      sort,
      Object.fromEntries(
        (['asc', 'desc'] as const).map((dir) => [
          dir,
          `${match}\nWITH a, score ORDER BY ${ORDER_FIELDS[sort]} ${DIRECTIONS[dir]}, a.publishedAt DESC, a.id ASC${PAGE_OF_ARTICLES}`,
        ]),
      ),
    ]),
  ) as QueryTable;

/** Every variant of the page query, one per sort key and direction, built once from the whitelists above. */
export const LIST_ARTICLES = byOrder(ALL_ARTICLES);
export const SEARCH_ARTICLES = byOrder(MATCHING_ARTICLES);

/**
 * One page of the article list: all articles, or those whose title or text matches `q`, filtered by language and
 * sorted by a whitelisted key. A search row carries a snippet with its hits marked.
 */
export async function listArticles(params: ArticleListParams): Promise<ArticleListPage> {
  const query = params.q ? toTextQuery(params.q) : null;
  if (params.q && !query) return { rows: [], total: 0, page: 1, pages: 1, searched: true };
  const searched = query !== null;
  const skip = (params.page - 1) * ARTICLES_PER_PAGE;
  const values = {
    query,
    language: params.lang,
    skip: int(skip),
    limit: int(ARTICLES_PER_PAGE),
    withText: searched,
    textChars: int(SNIPPET_TEXT_CHARS),
    entitiesPerRow: int(ENTITIES_PER_ROW),
  };
  const [count, page] = await readTransaction(async (tx) => [
    await tx.run(searched ? COUNT_MATCHING_ARTICLES : COUNT_ALL_ARTICLES, values),
    await tx.run((searched ? SEARCH_ARTICLES : LIST_ARTICLES)[params.sort][params.dir], values),
  ]);
  const total = (count.records[0]?.get('total') as number | undefined) ?? 0;
  const rows = page.records.map((record): ArticleListRow => {
    const text = record.get('text') as string | null;
    return {
      ...(record.get('article') as Omit<ArticleListRow, 'entityCount' | 'entities' | 'snippet'>),
      entityCount: record.get('entityCount') as number,
      entities: record.get('entities') as ArticleListEntity[],
      snippet: text === null ? null : snippetAround(text, params.q),
    };
  });
  return { rows, total, page: params.page, pages: Math.max(1, Math.ceil(total / ARTICLES_PER_PAGE)), searched };
}
