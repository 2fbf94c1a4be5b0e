import { readQuery } from '@/lib/neo4j/run';
import { int } from '@/lib/neo4j/values';

/** A Location entity with how often the articles name it. */
export type PlaceRow = { id: string; name: string; aliases: string[]; mentions: number; articles: number };
export type PlaceList = { rows: PlaceRow[]; total: number };

/**
 * The most mentioned places first. `mentions` adds up every article's count of whole-word mentions (MENTIONS.count);
 * `articleCount` is the entity's cached count, kept fresh by every load and curation (entity-counts.ts).
 */
export const LIST_PLACES = `
MATCH (e:Location)
WITH e ORDER BY coalesce(e.articleCount, 0) DESC, e.id
LIMIT $limit
RETURN e.id AS id, e.name AS name, coalesce(e.aliases, []) AS aliases, coalesce(e.articleCount, 0) AS articles,
       reduce(total = 0, c IN COLLECT { MATCH (:Article)-[m:MENTIONS]->(e) RETURN coalesce(m.count, 1) } | total + c) AS mentions`;

export const COUNT_PLACES = 'MATCH (e:Location) RETURN count(e) AS total';

/** Places on one map at most: past this the map would be unreadable anyway, and the page says how many were left. */
export const MAX_PLACES = 2000;

/** The `limit` most mentioned Location entities, and how many there are in all. */
export async function listPlaces(limit = MAX_PLACES): Promise<PlaceList> {
  const [list, count] = await Promise.all([readQuery(LIST_PLACES, { limit: int(Math.min(limit, MAX_PLACES)) }), readQuery(COUNT_PLACES)]);
  const rows = list.records.map((r) => ({
    id: r.get('id') as string,
    name: r.get('name') as string,
    aliases: (r.get('aliases') as string[]).filter((a) => typeof a === 'string'),
    articles: Number(r.get('articles')),
    mentions: Number(r.get('mentions')),
  }));
  return { rows, total: Number(count.records[0]?.get('total') ?? 0) };
}
