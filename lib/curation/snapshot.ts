import type { ManagedTransaction } from 'neo4j-driver';
import { isEntityType, isRelationType } from '@/lib/model';

/** Everything curation may change about a set of entities: their properties, their mentions, their relations. */
export type Snapshot = {
  entities: { id: string; props: Record<string, unknown> }[];
  mentions: { articleId: string; entityId: string; props: Record<string, unknown> }[];
  relations: { source: string; target: string; type: string; props: Record<string, unknown> }[];
};

const READ_ENTITIES = 'UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN e.id AS id, properties(e) AS props';
const READ_MENTIONS = 'UNWIND $ids AS id MATCH (a:Article)-[m:MENTIONS]->(e:Entity {id: id}) RETURN a.id AS articleId, e.id AS entityId, properties(m) AS props';
const READ_RELATIONS = `
UNWIND $ids AS id
MATCH (:Entity {id: id})-[r]-(:Entity)
WITH DISTINCT r
RETURN startNode(r).id AS source, endNode(r).id AS target, type(r) AS type, properties(r) AS props`;

const DELETE_ENTITIES = 'UNWIND $ids AS id MATCH (e:Entity {id: id}) DETACH DELETE e';
/** `row.props.type` is an ENTITY_TYPES entry (checked before). Integers come back from JSON as floats, hence toInteger. */
const CREATE_ENTITIES = `
UNWIND $rows AS row
CREATE (e:Entity:$(row.props.type))
SET e = row.props
SET e.degree = toInteger(e.degree), e.articleCount = toInteger(e.articleCount)`;
const CREATE_MENTIONS = `
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId}), (e:Entity {id: row.entityId})
CREATE (a)-[m:MENTIONS]->(e)
SET m = row.props
SET m.count = toInteger(m.count), m.starts = [x IN m.starts | toInteger(x)], m.ends = [x IN m.ends | toInteger(x)]`;
/** `row.type` is a RELATION_TYPES entry (checked before). */
const CREATE_RELATIONS = `
UNWIND $rows AS row
MATCH (s:Entity {id: row.source}), (t:Entity {id: row.target})
CREATE (s)-[r:$(row.type)]->(t)
SET r = row.props
SET r.evidenceStarts = [x IN r.evidenceStarts | toInteger(x)], r.evidenceEnds = [x IN r.evidenceEnds | toInteger(x)]`;

export async function takeSnapshot(tx: ManagedTransaction, ids: string[]): Promise<Snapshot> {
  const rows = async (query: string) => (await tx.run(query, { ids })).records.map((r) => r.toObject());
  const snapshot = {
    entities: (await rows(READ_ENTITIES)) as Snapshot['entities'],
    mentions: (await rows(READ_MENTIONS)) as Snapshot['mentions'],
    relations: (await rows(READ_RELATIONS)) as Snapshot['relations'],
  };
  return canonical(snapshot);
}

/** Replaces the current state of `ids` by the snapshot: the entities are deleted and rebuilt as they were. */
export async function restoreSnapshot(tx: ManagedTransaction, ids: string[], snapshot: Snapshot): Promise<void> {
  await tx.run(DELETE_ENTITIES, { ids });
  for (const entity of snapshot.entities) {
    if (!isEntityType(String(entity.props.type))) throw new Error(`Snapshot holds unknown entity type ${String(entity.props.type)}`);
  }
  for (const relation of snapshot.relations) {
    if (!isRelationType(relation.type)) throw new Error(`Snapshot holds unknown relation type ${relation.type}`);
  }
  await tx.run(CREATE_ENTITIES, { rows: snapshot.entities });
  await tx.run(CREATE_MENTIONS, { rows: snapshot.mentions });
  await tx.run(CREATE_RELATIONS, { rows: snapshot.relations });
}

/** Sorted, with sorted keys, so two snapshots of the same state serialise identically. */
function canonical(snapshot: Snapshot): Snapshot {
  const sortKeys = (props: Record<string, unknown>) => Object.fromEntries(Object.entries(props).sort(([a], [b]) => a.localeCompare(b)));
  const by =
    <T>(key: (x: T) => string) =>
    (a: T, b: T) =>
      key(a).localeCompare(key(b));
  return {
    entities: snapshot.entities.map((e) => ({ ...e, props: sortKeys(e.props) })).sort(by((e) => e.id)),
    mentions: snapshot.mentions.map((m) => ({ ...m, props: sortKeys(m.props) })).sort(by((m) => `${m.entityId}|${m.articleId}`)),
    relations: snapshot.relations.map((r) => ({ ...r, props: sortKeys(r.props) })).sort(by((r) => `${r.source}|${r.type}|${r.target}|${JSON.stringify(r.props)}`)),
  };
}
