/**
 * Bulk loader for the read-path benchmark: `entities` entities and `relations` relations, seeded, with
 * preferential attachment on the source end (a few hubs with thousands of relations, like real news graphs).
 * Batched UNWIND … CREATE with the schema (constraints, indexes, full-text) already in place.
 * Relation types are drawn from the vocabulary without checking their end types: this graph is for timing.
 */
import { getDriver, getDatabase } from '@/lib/neo4j/driver';
import { runAutoCommit } from '@/lib/neo4j/run';
import { ENTITY_TYPES, RELATION_TYPES, type EntityType } from '@/lib/model';
import { SET_ENTITY_COUNTS } from '@/lib/graph/entity-counts';
import { entityId, rng } from './generate';
import { namesOf } from './vocabulary';
import { log } from './stats';

const TYPE_SHARES: Array<[EntityType, number]> = [
  ['Person', 0.35],
  ['Organization', 0.25],
  ['Location', 0.1],
  ['Event', 0.1],
  ['Document', 0.1],
  ['Topic', 0.1],
];
const BATCH = 20_000;
const createEntities = (label: string) => `UNWIND $rows AS row CREATE (e:Entity:${label}) SET e = row`;
const createRelations = (type: string) => `
UNWIND $rows AS row
MATCH (s:Entity {id: row.s}), (t:Entity {id: row.t})
CREATE (s)-[r:${type}]->(t) SET r = row.props`;
const SET_DEGREES = `MATCH (e:Entity) CALL (e) {${SET_ENTITY_COUNTS}
} IN TRANSACTIONS OF 10000 ROWS`;

export type BigGraph = {
  entities: number;
  relations: number;
  entityIds: string[];
  names: string[];
  loadMs: { entities: number; relations: number; degrees: number; indexes: number; total: number };
};

function entityAt(index: number, random: () => number): { id: string; name: string; type: EntityType } {
  let x = random();
  let type: EntityType = 'Topic';
  for (const [t, share] of TYPE_SHARES) {
    if (x < share) {
      type = t;
      break;
    }
    x -= share;
  }
  const base = namesOf(type);
  const name = `${base[index % base.length]} ${index}`;
  return { id: entityId(type, name), name, type };
}

export async function loadBigGraph({ entities, relations, seed = 7 }: { entities: number; relations: number; seed?: number }): Promise<BigGraph> {
  const random = rng(seed);
  const started = performance.now();
  const all = Array.from({ length: entities }, (_, i) => entityAt(i, random));
  const session = getDriver().session({ database: getDatabase() });
  let entitiesDone: number | undefined;
  try {
    for (let i = 0; i < all.length; i += BATCH) {
      const batch = all.slice(i, i + BATCH);
      for (const label of ENTITY_TYPES) {
        const rows = batch.filter((e) => e.type === label).map((e) => ({ ...e, aliases: [], degree: 0, articleCount: 0 }));
        if (rows.length) await session.executeWrite((tx) => tx.run(createEntities(label), { rows }));
      }
    }
    entitiesDone = performance.now();
    log(`big graph: ${entities} entities in ${Math.round(entitiesDone - started)} ms`);
    for (let done = 0; done < relations; done += BATCH) {
      const byType = new Map<string, unknown[]>();
      for (let k = done; k < Math.min(relations, done + BATCH); k++) {
        const s = Math.floor(entities * random() * random()); // skewed: low indices become hubs
        let t = Math.floor(entities * random());
        if (t === s) t = (t + 1) % entities;
        const type = RELATION_TYPES[Math.floor(random() * RELATION_TYPES.length)] as string;
        const confidence = Math.round((0.5 + random() * 0.5) * 100) / 100;
        const sentence = `${all[s]?.name} et ${all[t]?.name} sont liés (${type}).`;
        const rows = byType.get(type) ?? [];
        rows.push({
          s: all[s]?.id,
          t: all[t]?.id,
          props: {
            articleIds: [`bulk-${k % 5000}`],
            evidence: [sentence],
            evidenceArticleIds: [`bulk-${k % 5000}`],
            evidenceStarts: [0],
            evidenceEnds: [sentence.length],
            evidenceConfidences: [confidence],
            confidence,
          },
        });
        byType.set(type, rows);
      }
      for (const [type, rows] of byType) await session.executeWrite((tx) => tx.run(createRelations(type), { rows }));
      if ((done / BATCH) % 10 === 0) log(`big graph: ${done + BATCH} / ${relations} relations`);
    }
  } finally {
    await session.close();
  }
  const relationsDone = performance.now();
  await runAutoCommit(SET_DEGREES);
  const degreesDone = performance.now();
  await runAutoCommit('CALL db.awaitIndexes(600)');
  const end = performance.now();
  log(`big graph loaded in ${Math.round(end - started)} ms`);
  return {
    entities,
    relations,
    entityIds: all.map((e) => e.id),
    names: all.map((e) => e.name),
    loadMs: {
      entities: Math.round((entitiesDone ?? started) - started),
      relations: Math.round(relationsDone - (entitiesDone ?? started)),
      degrees: Math.round(degreesDone - relationsDone),
      indexes: Math.round(end - degreesDone),
      total: Math.round(end - started),
    },
  };
}
