/** Cypher for curation. Dynamic labels (`$($type)`) only ever hold ENTITY_TYPES entries, checked before the query runs. */

export const GET_ENTITY = 'MATCH (e:Entity {id: $id}) RETURN e.id AS id, e.name AS name, e.type AS type, coalesce(e.aliases, []) AS aliases';

/** Every mention of an entity with the article text, so a split can tell which spans are the split-off alias. */
export const GET_MENTIONS = `
MATCH (a:Article)-[m:MENTIONS]->(:Entity {id: $id})
RETURN a.id AS articleId, a.text AS text, m.starts AS starts, m.ends AS ends`;

/** Adds spans to an article's mention of an entity, creating the mention if needed. */
export const ADD_MENTION_SPANS = `
MATCH (a:Article {id: $articleId}), (e:Entity {id: $entityId})
MERGE (a)-[m:MENTIONS]->(e)
  ON CREATE SET m.starts = [], m.ends = []
SET m.starts = m.starts + [x IN $starts | toInteger(x)], m.ends = m.ends + [x IN $ends | toInteger(x)]
SET m.count = size(m.starts)`;

export const SET_MENTION_SPANS = `
MATCH (:Article {id: $articleId})-[m:MENTIONS]->(:Entity {id: $entityId})
SET m.starts = [x IN $starts | toInteger(x)], m.ends = [x IN $ends | toInteger(x)], m.count = size($starts)`;

export const DELETE_MENTION = 'MATCH (:Article {id: $articleId})-[m:MENTIONS]->(:Entity {id: $entityId}) DELETE m';

export const CREATE_ENTITY = `
CREATE (e:Entity:$($type) {id: $id, name: $name, type: $type, aliases: $aliases, curated: true, createdAt: $now, degree: 0, articleCount: 0})`;

export const SET_NAME_AND_ALIASES = 'MATCH (e:Entity {id: $id}) SET e.name = $name, e.aliases = $aliases, e.curated = true';

/** Changes the type property and the type label: `$old` and `$type` are whitelisted entity types. */
export const SET_TYPE = 'MATCH (e:Entity {id: $id}) REMOVE e:$($old) SET e:$($type), e.type = $type, e.curated = true';

export const DELETE_ENTITY = 'MATCH (e:Entity {id: $id}) DETACH DELETE e';

export const CREATE_EVENT = `
CREATE (c:CurationEvent {id: $id, action: $action, at: $at, actor: $actor, summary: $summary,
                         entityIds: $entityIds, before: $before, after: $after})`;

export const GET_EVENT = 'MATCH (c:CurationEvent {id: $id}) RETURN properties(c) AS event';

/** A later event that is not undone and touches one of the same entities blocks undoing an earlier one. */
export const LATER_EVENTS = `
MATCH (c:CurationEvent) WHERE c.at > $at AND c.undoneAt IS NULL AND c.action <> 'ingest-correction' AND any(x IN c.entityIds WHERE x IN $entityIds)
RETURN c.id AS id, c.summary AS summary LIMIT 1`;

export const MARK_UNDONE = 'MATCH (c:CurationEvent {id: $id}) SET c.undoneAt = $at';

export const LIST_EVENTS = `
MATCH (c:CurationEvent) WHERE $entityId IS NULL OR $entityId IN c.entityIds
RETURN c.id AS id, c.action AS action, c.at AS at, c.actor AS actor, c.summary AS summary, c.undoneAt AS undoneAt
ORDER BY c.at DESC LIMIT $limit`;
