import { readTransaction } from '@/lib/neo4j/run';
import { getSchemaWhitelist } from './whitelist';

export type ArticleFacet = { id: string; title: string; publishedAt: string | null; language: string; source: string };
export type FilterFacets = {
  entityTypes: string[];
  relationTypes: string[];
  sources: string[];
  languages: string[];
  articles: ArticleFacet[];
  /** Articles per published date, oldest first: the timeline above the date range. */
  dates: Array<{ date: string; count: number }>;
};

const ARTICLE_FACETS = `
MATCH (a:Article)
RETURN a { .id, .title, .publishedAt, .language, .source } AS article
ORDER BY a.publishedAt, a.id
LIMIT 5000`;

/** What the filter panel offers: names from the schema whitelist, and the articles with their dates. */
export async function getFilterFacets(): Promise<FilterFacets> {
  const whitelist = await getSchemaWhitelist();
  const articles = (await readTransaction((tx) => tx.run(ARTICLE_FACETS))).records.map((r) => r.get('article') as ArticleFacet);
  const counts = new Map<string, number>();
  // Undated articles have no place on the timeline (and a date-range filter never matches them).
  for (const a of articles) if (a.publishedAt !== null) counts.set(a.publishedAt, (counts.get(a.publishedAt) ?? 0) + 1);
  return {
    entityTypes: [...whitelist.labels],
    relationTypes: [...whitelist.relationTypes],
    sources: [...new Set(articles.map((a) => a.source))].sort(),
    languages: [...new Set(articles.map((a) => a.language))].sort(),
    articles,
    dates: [...counts].map(([date, count]) => ({ date, count })),
  };
}
