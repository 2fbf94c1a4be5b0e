import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeed } from './load-seed';
import { applySchema } from '@/lib/neo4j/schema';
import { closeDriver } from '@/lib/neo4j/driver';
import { countGraph } from '@/lib/graph/stats';

// Checks the seed through a separate, plain neo4j-driver connection: what is really in the database.
let raw: Driver;
const query = async (cypher: string, params: Record<string, unknown> = {}) => (await raw.executeQuery(cypher, params, { database: 'neo4j' })).records.map((r) => r.toObject());

beforeAll(async () => {
  raw = neo4j.driver(process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687', neo4j.auth.basic('neo4j', ''), { disableLosslessIntegers: true });
  await applySchema();
  await loadSeed();
});
afterAll(async () => {
  await raw.close();
  await closeDriver();
});

describe('the seed graph in Neo4j', () => {
  it.each([
    ['UNODC', 'ONUDC'],
    ['Ban Ki-moon', null],
    ['Ekaterinburg', 'Ekaterinbourg'],
    ['Yury Fedotov', null],
  ])('holds exactly one entity named %s (alias %s)', async (name, alias) => {
    const rows = await query('MATCH (e:Entity) WHERE e.name = $name OR $name IN e.aliases RETURN e.id AS id, e.aliases AS aliases', { name });
    expect(rows).toHaveLength(1);
    if (alias) expect(rows[0]?.aliases).toContain(alias);
  });

  it('holds Ban Ki-moon SPOKE_AT the meeting HELD_IN Ekaterinburg, in Russia', async () => {
    const rows = await query(`
      MATCH (b:Person {name: 'Ban Ki-moon'})-[:SPOKE_AT]->(m:Event)-[:HELD_IN]->(k:Location {name: 'Ekaterinburg'})-[:LOCATED_IN]->(:Location {name: 'Russia'})
      RETURN m.name AS meeting`);
    expect(rows.map((r) => r.meeting)).toEqual(['Second International Meeting of High Representatives for Security Issues']);
  });

  it('holds UNODC GUARDS the legal instruments, Fedotov LEADS UNODC and BRIEFED the Security Council', async () => {
    const rows = await query(`
      MATCH (u:Organization {name: 'UNODC'})-[:GUARDS]->(d:Document)
      MATCH (f:Person {name: 'Yury Fedotov'})-[:LEADS]->(u)
      MATCH (f)-[:BRIEFED]->(:Organization {name: 'Security Council'})
      MATCH (:Document {name: 'United Nations Global Counter-Terrorism Strategy'})
      RETURN d.name AS instruments`);
    expect(rows.map((r) => r.instruments)).toEqual(['Legal instruments against drugs, crime and corruption']);
  });

  it('gives every relation an evidence sentence that is in its article at the stored offsets', async () => {
    const rows = await query(`
      MATCH (:Entity)-[r]->(:Entity)
      UNWIND range(0, size(r.evidence) - 1) AS i
      MATCH (a:Article {id: r.evidenceArticleIds[i]})
      RETURN type(r) AS type, r.evidence[i] AS sentence, substring(a.text, r.evidenceStarts[i], r.evidenceEnds[i] - r.evidenceStarts[i]) AS atOffsets`);
    const relationCount = (await query('MATCH (:Entity)-[r]->(:Entity) WHERE size(r.evidence) > 0 RETURN count(r) AS n'))[0]?.n;
    const allRelations = (await query('MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS n'))[0]?.n;
    expect(relationCount).toBe(allRelations);
    expect(rows.length).toBeGreaterThanOrEqual(allRelations as number);
    for (const row of rows) expect(row.atOffsets).toBe(row.sentence);
  });

  it('changes no counts when the seed is loaded again, twice', async () => {
    const before = await countGraph();
    expect((await loadSeed()).every((r) => r.status === 'unchanged')).toBe(true);
    await loadSeed();
    expect(await countGraph()).toEqual(before);
  });
});
