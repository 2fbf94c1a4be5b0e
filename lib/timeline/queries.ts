/**
 * Read-only Cypher behind the timeline. Every value is a parameter. Mentions come back as a window of article
 * text around each one ($context characters each side), not the whole article: lib/timeline/sentence-at.ts finds
 * the sentence in it. Each list asks for one row more than its cap, so the caller can tell the list was cut.
 * Ascending order puts articles without a date (null publishedAt) last.
 */

const fields = (variable: string) => `${variable} { .id, .name, .type, aliases: coalesce(${variable}.aliases, []) }`;

/** Fragment, with `r` and `i` bound: evidence sentence i of relationship r, with its article. */
const EVIDENCE_ROW = `
MATCH (a:Article {id: r.evidenceArticleIds[i]})
RETURN { kind: 'evidence', articleId: a.id, title: a.title, publishedAt: a.publishedAt,
         text: r.evidence[i], start: r.evidenceStarts[i], end: r.evidenceEnds[i], type: type(r),
         direction: CASE WHEN startNode(r) = e THEN 'out' ELSE 'in' END, other: o { .id, .name } } AS item
ORDER BY item.publishedAt, item.articleId, item.start`;

export const ENTITY_TIMELINE = `
MATCH (e:Entity {id: $id})
RETURN ${fields('e')} AS entity,
  COLLECT {
    MATCH (a:Article)-[m:MENTIONS]->(e)
    UNWIND range(0, size(coalesce(m.starts, [])) - 1) AS i
    WITH a, m.starts[i] AS start, m.ends[i] AS end
    ORDER BY a.publishedAt, a.id, start
    LIMIT $mentionLimit
    WITH a, start, end, CASE WHEN start > $context THEN start - $context ELSE 0 END AS windowStart
    RETURN { articleId: a.id, title: a.title, publishedAt: a.publishedAt, start: start, end: end,
             windowStart: windowStart, window: substring(a.text, windowStart, end - windowStart + $context),
             textLength: size(a.text) } AS mention
  } AS mentions,
  COLLECT {
    MATCH (e)-[r]-(o:Entity)
    WHERE NOT type(r) IN $skipTypes
    UNWIND range(0, size(coalesce(r.evidence, [])) - 1) AS i
    WITH e, r, o, i LIMIT $evidenceLimit${EVIDENCE_ROW}
  } AS evidence`;

export const RELATION_TIMELINE = `
MATCH (e:Entity {id: $from}), (t:Entity {id: $to})
RETURN ${fields('e')} AS from, ${fields('t')} AS to,
  COLLECT {
    MATCH (e)-[r]-(o:Entity)
    WHERE o = t AND ($type IS NULL OR type(r) = $type)
    UNWIND range(0, size(coalesce(r.evidence, [])) - 1) AS i
    WITH e, r, o, i LIMIT $evidenceLimit${EVIDENCE_ROW}
  } AS evidence`;
