import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFRESH_ENTITY_COUNTS } from '@/lib/graph/entity-counts';
import { listPlaces } from '@/lib/graph/places';
import { closeDriver } from '@/lib/neo4j/driver';
import { writeTransaction } from '@/lib/neo4j/run';
import { applySchema } from '@/lib/neo4j/schema';
import { getPlaceMap, pinRadius } from './place-map';
import { project } from './projection';

// Its own tiny graph: a city named only in French, a country, a name no gazetteer knows, and an organisation
// (never a place), mentioned by two articles.
const P = 'test-places-';

beforeAll(async () => {
  await applySchema();
  await writeTransaction((tx) =>
    tx.run(
      `
    CREATE (city:Entity:Location {id: $p + 'iekaterinbourg', name: 'Iekaterinbourg', type: 'Location', aliases: []})
    CREATE (country:Entity:Location {id: $p + 'suisse', name: 'Suisse', type: 'Location', aliases: ['Confédération suisse']})
    CREATE (nowhere:Entity:Location {id: $p + 'nowhere', name: 'Qzxville-sur-Rien', type: 'Location', aliases: []})
    CREATE (org:Entity:Organization {id: $p + 'org', name: 'Geneva Test Office', type: 'Organization', aliases: []})
    CREATE (a1:Article {id: $p + 'a1'}), (a2:Article {id: $p + 'a2'})
    CREATE (a1)-[:MENTIONS {count: 3}]->(city), (a2)-[:MENTIONS {count: 2}]->(city), (a1)-[:MENTIONS {count: 1}]->(country)
    CREATE (a1)-[:MENTIONS {count: 1}]->(nowhere), (a1)-[:MENTIONS {count: 4}]->(org)
    WITH [city, country, nowhere, org] AS es UNWIND es AS e RETURN e.id AS id`,
      { p: P },
    ),
  );
  await writeTransaction((tx) => tx.run(REFRESH_ENTITY_COUNTS, { entityIds: ['iekaterinbourg', 'suisse', 'nowhere', 'org'].map((s) => P + s) }));
});
afterAll(async () => {
  await writeTransaction((tx) => tx.run('MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n', { p: P }));
  await closeDriver();
});

describe('LIST_PLACES', () => {
  it('lists Location entities only, with their mentions summed over articles and their article counts', async () => {
    const { rows, total } = await listPlaces();
    const ours = rows.filter((r) => r.id.startsWith(P)).sort((a, b) => a.id.localeCompare(b.id));
    expect(ours).toEqual([
      { id: `${P}iekaterinbourg`, name: 'Iekaterinbourg', aliases: [], mentions: 5, articles: 2 },
      { id: `${P}nowhere`, name: 'Qzxville-sur-Rien', aliases: [], mentions: 1, articles: 1 },
      { id: `${P}suisse`, name: 'Suisse', aliases: ['Confédération suisse'], mentions: 1, articles: 1 },
    ]);
    expect(total).toBeGreaterThanOrEqual(3);
  });
});

describe('getPlaceMap', () => {
  it('places the French-named city at GeoNames’ Yekaterinburg and the country at its centroid; says what it could not place', async () => {
    const map = await getPlaceMap();
    const city = map.pins.find((p) => p.id === `${P}iekaterinbourg`);
    expect(city).toMatchObject({ matched: 'Yekaterinburg, RU', mentions: 5 });
    expect(city!.lat).toBeCloseTo(56.85, 1);
    expect(city!.lon).toBeCloseTo(60.61, 1);
    expect([city!.x, city!.y]).toEqual(project(city!.lon, city!.lat));
    const country = map.pins.find((p) => p.id === `${P}suisse`);
    expect(country?.matched).toBe('country CH');
    // Switzerland's centroid lies in Switzerland.
    expect(country!.lat).toBeGreaterThan(45.8);
    expect(country!.lat).toBeLessThan(47.8);
    expect(map.unplaced.map((p) => p.id)).toContain(`${P}nowhere`);
    expect(map.pins.some((p) => p.id === `${P}org`)).toBe(false);
    // The most mentioned place gets the biggest pin.
    const most = Math.max(...map.pins.map((p) => p.mentions));
    expect(city!.r).toBe(pinRadius(5, most));
  });
});
