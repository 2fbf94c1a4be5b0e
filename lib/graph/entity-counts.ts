/**
 * The one definition of an entity's cached counts. `degree` is the number of its relations to other entities
 * (every relationship except the articles' MENTIONS); `articleCount` is the number of articles mentioning it.
 * Both live on the node, so the overview, search ranking, the minimum-degree filter (the entity_degree index)
 * and node sizing read a property instead of counting. Whatever adds or removes an entity's relationships
 * (loading or removing an article, curation, bulk loads) refreshes them with these statements.
 */

/** With `e` bound to an entity: sets its degree and article count. */
export const SET_ENTITY_COUNTS = `
WITH e, COUNT { (e)<-[:MENTIONS]-() } AS articles
// Both counts come from the degree store, not from walking every relationship (which costs O(degree) per entity
// at every ingest). Exact because only articles (through MENTIONS) and entities connect to an entity.
SET e.degree = COUNT { (e)--() } - articles, e.articleCount = articles`;

/** Refreshes the counts of the entities in $entityIds. */
export const REFRESH_ENTITY_COUNTS = `
UNWIND $entityIds AS id
MATCH (e:Entity {id: id})${SET_ENTITY_COUNTS}`;
