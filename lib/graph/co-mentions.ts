/**
 * CO_MENTIONED says "named together", which has no direction. Stored both ways (a→b from one article, b→a from
 * another) a pair became two relationships: twice the degree, twice the size, two edges on the canvas. So one
 * convention everywhere a co-mention is written: it points from the lower entity id to the higher.
 */
export const UNDIRECTED_TYPES: ReadonlySet<string> = new Set(['CO_MENTIONED']);

/** The relation with its ends in the stored order: unchanged unless its type has no direction and source > target. */
export function orientRelation<T extends { type: string; source: string; target: string }>(relation: T): T {
  if (!UNDIRECTED_TYPES.has(relation.type) || relation.source <= relation.target) return relation;
  return { ...relation, source: relation.target, target: relation.source };
}

/**
 * Existing data written before the convention: each co-mention pointing from the higher id joins (or becomes)
 * the one pointing from the lower id, evidence and article ids carried over, then the touched entities' counts
 * are refreshed. Returns the entity ids touched; running it again finds nothing.
 */
export const ORIENT_STORED_CO_MENTIONS = `
MATCH (s:Entity)-[r:CO_MENTIONED]->(t:Entity)
WHERE s.id > t.id
WITH s, t, r, properties(r) AS p
MERGE (t)-[k:CO_MENTIONED]->(s)
  ON CREATE SET k.articleIds = [], k.evidence = [], k.evidenceArticleIds = [], k.evidenceStarts = [],
                k.evidenceEnds = [], k.evidenceConfidences = [], k.confidence = 0.0
SET k.articleIds = k.articleIds + [x IN coalesce(p.articleIds, []) WHERE NOT x IN k.articleIds],
    k.evidence = k.evidence + coalesce(p.evidence, []),
    k.evidenceArticleIds = k.evidenceArticleIds + coalesce(p.evidenceArticleIds, []),
    k.evidenceStarts = k.evidenceStarts + coalesce(p.evidenceStarts, []),
    k.evidenceEnds = k.evidenceEnds + coalesce(p.evidenceEnds, []),
    k.evidenceConfidences = k.evidenceConfidences + coalesce(p.evidenceConfidences, []),
    k.confidence = CASE WHEN coalesce(p.confidence, 0.0) > k.confidence THEN p.confidence ELSE k.confidence END
DELETE r
WITH collect(s.id) + collect(t.id) AS ids
UNWIND ids AS id
WITH DISTINCT id
RETURN collect(id) AS entityIds`;
