import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeed } from '@/lib/seed/load-seed';
import { applySchema } from '@/lib/neo4j/schema';
import { closeDriver } from '@/lib/neo4j/driver';
import { writeTransaction } from '@/lib/neo4j/run';
import { int } from '@/lib/neo4j/values';
import { searchEntities } from './search';
import { getNeighbours } from './neighbours';
import { findShortestPaths } from './paths';

// A small star around the seed's UNODC, under its own id prefix so it can be removed afterwards.
const HUB = 'test-explore-hub';

beforeAll(async () => {
  await applySchema();
  await loadSeed();
  await writeTransaction((tx) =>
    tx.run(
      `
    CREATE (h:Entity:Organization {id: $hub, name: 'Explore Hub', type: 'Organization', aliases: [], degree: 30, articleCount: 0})
    WITH h UNWIND range(1, $n) AS i
    CREATE (p:Entity:Person {id: $hub + '-p' + i, name: 'Explore Person ' + i, type: 'Person', aliases: [], degree: 1, articleCount: 0})
    CREATE (p)-[:MEMBER_OF {evidence: []}]->(h)`,
      { hub: HUB, n: int(30) },
    ),
  );
});
afterAll(async () => {
  await writeTransaction((tx) => tx.run('MATCH (e:Entity) WHERE e.id STARTS WITH $hub DETACH DELETE e', { hub: HUB }));
  await closeDriver();
});

describe('searchEntities', () => {
  it.each([
    ['ONUDC', 'org-unodc', 'ONUDC'],
    ['Ekaterinbourg', 'loc-ekaterinburg', 'Ekaterinbourg'],
    ['ekaterinbrug', 'loc-ekaterinburg', 'Ekaterinburg'],
    ['ban ki', 'person-ban-ki-moon', 'Ban Ki-moon'],
  ])('finds %s regardless of accents, case and typos', async (q, id, matched) => {
    const { results } = await searchEntities({ q, limit: 5 });
    expect(results[0]).toMatchObject({ id, matched });
  });

  it('filters by type, pages with a cursor, and treats Lucene syntax as text', async () => {
    const first = await searchEntities({ q: 'explore person', type: 'Person', limit: 10 });
    expect(first.results).toHaveLength(10);
    expect(first.nextCursor).not.toBeNull();
    const second = await searchEntities({ q: 'explore person', type: 'Person', limit: 10, cursor: first.nextCursor });
    expect(second.results.map((r) => r.id)).not.toContain(first.results[0]!.id);
    expect((await searchEntities({ q: 'explore', type: 'Location' })).results).toEqual([]);
    expect((await searchEntities({ q: 'name:"UNODC" OR *' })).results).toEqual([]);
  });
});

describe('getNeighbours', () => {
  it('caps each relation type and pages the rest', async () => {
    const first = await getNeighbours(HUB, { limit: 25 });
    expect(first.nodes[0]?.id).toBe(HUB);
    expect(first.groups).toEqual([{ relType: 'MEMBER_OF', total: 30, returned: 25, nextCursor: expect.any(String) }]);
    const next = await getNeighbours(HUB, { relType: 'MEMBER_OF', limit: 25, cursor: first.groups[0]!.nextCursor });
    expect(next.groups[0]).toMatchObject({ returned: 5, nextCursor: null });
    expect(next.edges).toHaveLength(5);
  });

  it('returns the seed relations of UNODC with both ends, and 404s for unknown ids', async () => {
    const { nodes, edges } = await getNeighbours('org-unodc');
    expect(nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['org-unodc', 'org-united-nations']));
    expect(edges.map((e) => e.type)).toContain('GUARDS');
    await expect(getNeighbours('nope')).rejects.toThrow(/not found/);
  });
});

describe('findShortestPaths', () => {
  it('goes from Ban Ki-moon to Ekaterinburg through the meeting, with evidence on each hop', async () => {
    const [path] = await findShortestPaths('person-ban-ki-moon', 'loc-ekaterinburg');
    expect(path?.nodes.map((n) => n.id)[0]).toBe('person-ban-ki-moon');
    expect(path?.edges.map((e) => e.type)).toEqual(['SPOKE_AT', 'HELD_IN']);
    expect(path?.edges.every((e) => e.evidence.length > 0)).toBe(true);
  });

  it('refuses silly hop counts and finds nothing across a gap', async () => {
    await expect(findShortestPaths('a', 'b', 9)).rejects.toThrow(/maxHops/);
    expect(await findShortestPaths(HUB, 'loc-ekaterinburg', 2)).toEqual([]);
  });
});

describe('getOverview', () => {
  it('counts relations from the count store exactly as a walk of every entity-to-entity relationship does', async () => {
    const { getOverview } = await import('./explore');
    const { readTransaction } = await import('@/lib/neo4j/run');
    const walked = await readTransaction(async (tx) => {
      const record = (await tx.run('MATCH (:Entity)-[r]->(t) RETURN count(r) AS all, count(CASE WHEN t:Entity THEN 1 END) AS toEntities')).records[0];
      return { all: Number(record?.get('all')), toEntities: Number(record?.get('toEntities')) };
    });
    // If a relationship from an entity to something else is ever added, the count-store shortcut must change too.
    expect(walked.all).toBe(walked.toEntities);
    const overview = await getOverview(300);
    expect(overview.totalRelations).toBe(walked.toEntities);
    expect(overview.totalRelations).toBeGreaterThan(30);
  });

  it('opens on the most connected entities, highest degree first', async () => {
    const { getOverview } = await import('./explore');
    const overview = await getOverview(5);
    expect(overview.nodes[0]?.id).toBe(HUB);
    const degrees = overview.nodes.map((n) => n.degree);
    expect(degrees).toEqual([...degrees].sort((a, b) => b - a));
  });
});
