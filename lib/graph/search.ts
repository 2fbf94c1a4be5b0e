import { readQuery } from '@/lib/neo4j/run';
import { int } from '@/lib/neo4j/values';
import type { EntityType } from '@/lib/model';
import { decodeCursor, nextCursor } from './cursor';
import { pickMatchedName, toLuceneQuery } from './lucene';

export type SearchResult = { id: string; name: string; type: EntityType; matched: string; articleCount: number; degree: number; score: number };
export type SearchPage = { results: SearchResult[]; nextCursor: string | null };

/** Full-text search over names and aliases (index entity_search, standard-folding: accents and case ignored). */
export const SEARCH_ENTITIES = `
CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
WHERE $type IS NULL OR node.type = $type
WITH node, score ORDER BY score DESC, coalesce(node.degree, 0) DESC, node.id ASC
SKIP $skip LIMIT $limit
RETURN node { .id, .name, .type, aliases: coalesce(node.aliases, []), articleCount: coalesce(node.articleCount, 0),
              degree: coalesce(node.degree, 0) } AS entity, score`;

type Options = { q: string; type?: EntityType | null; limit?: number; cursor?: string | null };

/** One page of entities matching what the user typed; asks for one extra row to know if there is a next page. */
export async function searchEntities({ q, type = null, limit = 10, cursor = null }: Options): Promise<SearchPage> {
  const query = toLuceneQuery(q);
  if (!query) return { results: [], nextCursor: null };
  const skip = decodeCursor(cursor);
  const result = await readQuery(SEARCH_ENTITIES, { query, type, skip: int(skip), limit: int(limit + 1) });
  const rows = result.records.map((record) => {
    const e = record.get('entity') as Omit<SearchResult, 'matched' | 'score'> & { aliases: string[] };
    return {
      id: e.id,
      name: e.name,
      type: e.type,
      articleCount: e.articleCount,
      degree: e.degree,
      matched: pickMatchedName(q, [e.name, ...e.aliases]),
      score: record.get('score') as number,
    };
  });
  const results = rows.slice(0, limit);
  return { results, nextCursor: rows.length > limit ? nextCursor(skip, results.length, skip + rows.length) : null };
}
