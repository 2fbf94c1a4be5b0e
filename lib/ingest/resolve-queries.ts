/** Cypher for resolving extracted entities against the graph. */

/** Entities already stored under the extractor's own ids. */
export const ENTITIES_BY_ID = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id, e.name AS name, e.type AS type, coalesce(e.aliases, []) AS aliases, coalesce(e.articleCount, 0) AS articleCount`;

/**
 * Candidates for every surface form of an extraction from the full-text index (ON EACH [name, aliases],
 * standard-folding), in ONE round trip: one lookup per form was a round trip each and dominated ingest time.
 */
export const SEARCH_FORMS = `
UNWIND $queries AS query
CALL (query) {
  CALL db.index.fulltext.queryNodes('entity_search', query, {limit: 20}) YIELD node
  RETURN collect({id: node.id, name: node.name, type: node.type, aliases: coalesce(node.aliases, []),
                  articleCount: coalesce(node.articleCount, 0)}) AS candidates
}
RETURN query, candidates`;

/** An article with the same text, whatever its id (`same`), and the stored version under this id (`current`). */
export const ARTICLE_VERSIONS = `
CALL () { OPTIONAL MATCH (a:Article) WHERE a.sha256 = $sha256 RETURN a {.id, .title} AS same LIMIT 1 }
CALL () { OPTIONAL MATCH (a:Article {id: $id}) RETURN a {.id, .sha256} AS current }
RETURN same, current`;
