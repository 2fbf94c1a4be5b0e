/** Cypher for resolving extracted entities against the graph. */

/** Entities already stored under the extractor's own ids. */
export const ENTITIES_BY_ID = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id, e.name AS name, e.type AS type, coalesce(e.aliases, []) AS aliases, coalesce(e.articleCount, 0) AS articleCount`;

/** Candidates for one surface form from the full-text index (ON EACH [name, aliases], standard-folding). */
export const SEARCH_ENTITIES = `
CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: 20}) YIELD node, score
RETURN node.id AS id, node.name AS name, node.type AS type, coalesce(node.aliases, []) AS aliases,
       coalesce(node.articleCount, 0) AS articleCount, score`;

/** An article with the same text, whatever its id. */
export const ARTICLE_BY_SHA = `
MATCH (a:Article) WHERE a.sha256 = $sha256
RETURN a.id AS id, a.title AS title LIMIT 1`;

export const ARTICLE_BY_ID = 'MATCH (a:Article {id: $id}) RETURN a.id AS id, a.sha256 AS sha256, a.title AS title';
