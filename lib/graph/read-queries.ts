/** Read-only Cypher used by the explorer and the API. Every value is a parameter. */

// Both counts come from the count store (one labelled end, any type): constant time, where naming both ends'
// labels walked every relationship (9.3 s cold, 2 s warm on 1M relations). Entities' outgoing relationships all end
// at entities (MENTIONS starts at an Article, curation events are unlinked); lib/graph/explore-reads.int.test.ts checks it.
export const COUNT_GRAPH = `
CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
CALL () { MATCH (:Entity)-[r]->() RETURN count(r) AS relations }
RETURN entities, relations`;

const ENTITY_FIELDS = '.id, .name, .type, degree: coalesce(e.degree, 0), articleCount: coalesce(e.articleCount, 0)';

// The predicate lets the planner read the entity_degree index in order (a PartialTop over the first $limit)
// instead of sorting every entity: 55 ms against 408 ms warm on 100,000 entities. Every write sets degree.
export const TOP_ENTITIES = `
MATCH (e:Entity) WHERE e.degree IS NOT NULL
WITH e ORDER BY e.degree DESC, e.id ASC LIMIT $limit
RETURN e { ${ENTITY_FIELDS} } AS entity`;

export const RELATIONS_AMONG = `
MATCH (s:Entity)-[r]->(t:Entity)
WHERE s.id IN $ids AND t.id IN $ids
RETURN elementId(r) AS id, type(r) AS type, s.id AS source, t.id AS target,
       coalesce(r.confidence, 0.0) AS confidence, size(coalesce(r.evidence, [])) AS evidenceCount`;

export const GET_ENTITY = `
MATCH (e:Entity {id: $id})
RETURN e { ${ENTITY_FIELDS}, aliases: coalesce(e.aliases, []) } AS entity,
       COLLECT {
         MATCH (a:Article)-[m:MENTIONS]->(e)
         RETURN a { .id, .title, .publishedAt, .language, .source, mentionCount: m.count } AS article
         ORDER BY coalesce(a.publishedAt, '') DESC, a.id
       } AS articles,
       COLLECT {
         MATCH (e)-[r]-(o:Entity)
         RETURN {
           id: elementId(r), type: type(r), source: startNode(r).id, target: endNode(r).id,
           direction: CASE WHEN startNode(r) = e THEN 'out' ELSE 'in' END,
           confidence: coalesce(r.confidence, 0.0), evidenceCount: size(coalesce(r.evidence, [])),
           other: o { .id, .name, .type, aliases: coalesce(o.aliases, []) }, articleIds: coalesce(r.articleIds, []),
           evidence: [i IN range(0, size(coalesce(r.evidence, [])) - 1) | {
             text: r.evidence[i], articleId: r.evidenceArticleIds[i], start: r.evidenceStarts[i],
             end: r.evidenceEnds[i], confidence: r.evidenceConfidences[i] }]
         } AS relation
         ORDER BY relation.type, relation.other.name
         LIMIT $relationLimit
       } AS relations`;
