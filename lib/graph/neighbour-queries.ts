/**
 * Neighbours of one entity, grouped by relation type, most connected first, one page per group. Only the fields
 * the graph needs travel back; evidence is fetched separately when the user opens an edge.
 */
export const NEIGHBOUR_GROUPS = `
MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (e)-[r]-(o:Entity)
  WHERE o <> e AND ($relType IS NULL OR type(r) = $relType)
  WITH type(r) AS relType, r, o ORDER BY coalesce(o.degree, 0) DESC, o.id ASC
  WITH relType, collect({
    node: o { .id, .name, .type, degree: coalesce(o.degree, 0), articleCount: coalesce(o.articleCount, 0) },
    edge: { id: elementId(r), type: type(r), source: startNode(r).id, target: endNode(r).id,
            confidence: coalesce(r.confidence, 0.0), evidenceCount: size(coalesce(r.evidence, [])) }
  }) AS rows
  RETURN relType, size(rows) AS total, rows[$skip..$skip + $limit] AS page
}
RETURN e { .id, .name, .type, degree: coalesce(e.degree, 0), articleCount: coalesce(e.articleCount, 0) } AS center,
       relType, total, page
ORDER BY relType`;

export const ENTITY_SUMMARY = `
MATCH (e:Entity {id: $id})
RETURN e { .id, .name, .type, degree: coalesce(e.degree, 0), articleCount: coalesce(e.articleCount, 0) } AS center`;
