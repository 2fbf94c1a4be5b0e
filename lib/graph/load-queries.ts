/**
 * Cypher for loading one article. Labels and relationship types are never taken from input: the loader
 * only passes rows whose type is in the ENTITY_TYPES and RELATION_TYPES whitelists to the `$(row.type)` slots.
 * Statements are composed from the named fragments below by concatenation, never by editing another statement.
 */
import { REFRESH_ENTITY_COUNTS } from './entity-counts';

export const GET_ARTICLE_HASH = 'MATCH (a:Article {id: $id}) RETURN a.sha256 AS sha256, a.extractionHash AS extractionHash';

/** Strips one article's evidence and support from its relations, so a new version can replace them. */
export const STRIP_ARTICLE_EVIDENCE = `
MATCH (:Article {id: $id})-[:MENTIONS]->(:Entity)-[r]->(:Entity)
WHERE $id IN r.articleIds
WITH DISTINCT r
WITH r, [i IN range(0, size(r.evidence) - 1) WHERE r.evidenceArticleIds[i] <> $id] AS keep
SET r += {
  articleIds: [x IN r.articleIds WHERE x <> $id],
  evidence: [i IN keep | r.evidence[i]],
  evidenceArticleIds: [i IN keep | r.evidenceArticleIds[i]],
  evidenceStarts: [i IN keep | r.evidenceStarts[i]],
  evidenceEnds: [i IN keep | r.evidenceEnds[i]],
  evidenceConfidences: [i IN keep | r.evidenceConfidences[i]],
  confidence: reduce(best = 0.0, i IN keep | CASE WHEN r.evidenceConfidences[i] > best THEN r.evidenceConfidences[i] ELSE best END)
}`;

/** Removes the article's mentions and returns the entities they pointed at. */
export const DELETE_ARTICLE_MENTIONS = `
MATCH (:Article {id: $id})-[m:MENTIONS]->(e:Entity)
DELETE m
RETURN collect(e.id) AS entityIds`;

export const DELETE_ARTICLE_NODE = 'MATCH (a:Article {id: $id}) DETACH DELETE a';

/** Fragment, with `a` bound to the article: its properties (loadedAt only the first time). */
const SET_ARTICLE_PROPERTIES = `
SET a.title = $article.title, a.publishedAt = $article.publishedAt, a.language = $article.language,
    a.source = $article.source, a.url = $article.url, a.text = $article.text, a.sha256 = $article.sha256, a.extractionHash = $article.extractionHash,
    a.loadedAt = coalesce(a.loadedAt, $now), a.updatedAt = $now`;

/**
 * Fragment, with `a` bound to the article: all of its entities and their mentions. `$(row.type)` is a dynamic
 * label (Cypher 5.26); the loader only passes types from the ENTITY_TYPES whitelist. One UNWIND instead of one
 * statement per type: each round trip costs several milliseconds, and they dominated ingest time (bench/results).
 */
const MERGE_ARTICLE_ENTITIES = `
UNWIND $entities AS row
MERGE (e:Entity {id: row.id})
  ON CREATE SET e.name = row.name, e.type = row.type, e.aliases = [], e.createdAt = $now
SET e:$(row.type),
    e.aliases = reduce(acc = coalesce(e.aliases, []), x IN row.aliases + [row.name] | CASE WHEN x IN acc OR x = e.name THEN acc ELSE acc + x END)
// CREATE, not MERGE: an article being written has no mentions (new, or detached just before). MERGE would
// scan the entity's existing mentions, thousands for a popular entity (PROFILE: 39 db hits per row).
CREATE (a)-[:MENTIONS {count: size(row.starts), starts: row.starts, ends: row.ends}]->(e)`;

/** Fragment: all of the article's relations, with its evidence; `$(row.type)` only ever holds a RELATION_TYPES entry. */
const MERGE_ARTICLE_RELATIONS = `
UNWIND $relations AS row
MATCH (s:Entity {id: row.source}), (t:Entity {id: row.target})
MERGE (s)-[r:$(row.type)]->(t)
  ON CREATE SET r.articleIds = [], r.evidence = [], r.evidenceArticleIds = [], r.evidenceStarts = [],
                r.evidenceEnds = [], r.evidenceConfidences = [], r.confidence = 0.0
SET r.articleIds = CASE WHEN $articleId IN r.articleIds THEN r.articleIds ELSE r.articleIds + $articleId END,
    r.evidence = r.evidence + [ev IN row.evidence | ev.text],
    r.evidenceArticleIds = r.evidenceArticleIds + [ev IN row.evidence | $articleId],
    r.evidenceStarts = r.evidenceStarts + [ev IN row.evidence | ev.start],
    r.evidenceEnds = r.evidenceEnds + [ev IN row.evidence | ev.end],
    r.evidenceConfidences = r.evidenceConfidences + [ev IN row.evidence | row.confidence],
    r.confidence = CASE WHEN row.confidence > r.confidence THEN row.confidence ELSE r.confidence END`;

/**
 * Fragment, with `a` bound to the article: its properties, entities and relations. Unit subqueries run once for
 * the single article row and see the writes before them.
 */
const WRITE_ARTICLE_BODY = `${SET_ARTICLE_PROPERTIES}
WITH a
CALL (a) {${MERGE_ARTICLE_ENTITIES}
}
CALL () {${MERGE_ARTICLE_RELATIONS}
}`;

/** Removes relations that no article supports any more. Both ends of such a relation are in $entityIds. */
export const DELETE_UNSUPPORTED_RELATIONS = `
UNWIND $entityIds AS id
MATCH (:Entity {id: id})-[r]->(:Entity)
WHERE size(r.articleIds) = 0
DELETE r`;

/** Removes entities that no article mentions any more, unless a curator kept them on purpose. */
export const DELETE_ORPHAN_ENTITIES = `
UNWIND $entityIds AS id
MATCH (e:Entity {id: id})
WHERE NOT (e)<-[:MENTIONS]-(:Article) AND coalesce(e.curated, false) = false
DETACH DELETE e`;

/**
 * A new version of a stored article: the article, its entities and its relations in ONE statement (three round
 * trips before; each costs several milliseconds, which dominated ingest time).
 */
export const WRITE_ARTICLE = `MERGE (a:Article {id: $article.id})${WRITE_ARTICLE_BODY}`;

/**
 * The common case in one round trip. MERGE takes the article's lock first (the id's entry in the unique index, and
 * the node if it exists), so two loads of the same article at the same instant run one after the other. When no
 * version is stored, the article, its entities and relations and the entities' cached counts are written in the
 * same statement; otherwise nothing is written and the stored hashes tell the caller what to do.
 */
export const WRITE_IF_NEW = `
MERGE (a:Article {id: $article.id})
WITH a, a.sha256 AS previousHash, a.extractionHash AS previousExtractionHash
CALL (a, previousHash) {
  WITH a WHERE previousHash IS NULL${WRITE_ARTICLE_BODY}
  CALL () {${REFRESH_ENTITY_COUNTS}
  }
}
RETURN previousHash, previousExtractionHash`;
