import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFilter } from './run';
import { getFilterFacets } from './facets';
import { FilterStateSchema, type FilterInput } from './state';
import { runReadOnlyCypher } from '@/lib/cypher/run';
import { applySchema } from '@/lib/neo4j/schema';
import { loadSeed } from '@/lib/seed/load-seed';
import { closeDriver } from '@/lib/neo4j/driver';

// Runs against the seed (two French UN News articles, 2011); loading it is idempotent.
beforeAll(async () => {
  await applySchema();
  await loadSeed();
});
afterAll(() => closeDriver());
const filter = (input: FilterInput) => runFilter(FilterStateSchema.parse(input));
const ids = (r: { nodes: Array<{ id: string }> }) => r.nodes.map((n) => n.id).sort();

describe('runFilter on the seed', () => {
  it('entity types keep only those labels, with relations among them', async () => {
    const result = await filter({ entityTypes: ['Person', 'Organization'] });
    expect(result.nodes.length).toBeGreaterThan(2);
    expect(new Set(result.nodes.map((n) => n.type))).toEqual(new Set(['Person', 'Organization']));
    expect(result.edges.map((e) => e.type)).toContain('LEADS');
    expect(result.matches).toBe(result.nodes.length);
  });

  it('a relation type keeps only entities taking part in it', async () => {
    expect(ids(await filter({ relationTypes: ['SPOKE_AT'] }))).toEqual(['event-second-international-meeting-of-high-representatives-for-security-issues', 'person-ban-ki-moon']);
  });

  it('hiding CO_MENTIONED removes those edges only', async () => {
    const all = await filter({});
    const hidden = await filter({ hideCoMentioned: true });
    expect(all.edges.some((e) => e.type === 'CO_MENTIONED')).toBe(true);
    expect(hidden.edges.some((e) => e.type === 'CO_MENTIONED')).toBe(false);
    expect(hidden.nodes.length).toBe(all.nodes.length);
  });

  it('article, language and date range', async () => {
    const one = await filter({ articleIds: ['un-news-2011-06-24-fedotov-security-council'] });
    expect(ids(one)).toContain('person-yury-fedotov');
    expect(ids(one)).not.toContain('person-ban-ki-moon');
    expect((await filter({ publishedFrom: '2011-09-01', publishedTo: '2011-09-30' })).nodes.map((n) => n.id)).toContain('person-ban-ki-moon');
    expect((await filter({ languages: ['en'] })).nodes).toEqual([]);
  });

  it('minimum degree, minimum confidence, name or alias', async () => {
    expect((await filter({ minDegree: 4 })).nodes.every((n) => n.degree >= 4)).toBe(true);
    expect((await filter({ minConfidence: 0.9 })).edges.every((e) => e.confidence >= 0.9)).toBe(true);
    expect(ids(await filter({ text: 'ONUDC' }))).toEqual(['org-unodc']);
    expect(await filter({ text: "x'}) DETACH DELETE e //`" })).toMatchObject({ matches: 0 });
  });

  it('restricts the current view and caps what it draws', async () => {
    const within = await filter({ withinIds: ['org-unodc', 'person-yury-fedotov', 'loc-russia'], minDegree: 2 });
    expect(ids(within)).toEqual(['org-unodc', 'person-yury-fedotov']);
    const capped = await filter({ limit: 3 });
    expect(capped.nodes.length).toBe(3);
    expect(capped.truncated).toBe(true);
  });

  it('the compiled Cypher runs unchanged in the read-only console (Show Cypher → Open in console)', async () => {
    const compiled = await filter({ entityTypes: ['Person'] });
    const result = await runReadOnlyCypher(compiled.cypher, compiled.params);
    expect(result.columns).toEqual(['entities', 'relations']);
  });

  it('facets list types, sources, languages and dates from the database', async () => {
    const facets = await getFilterFacets();
    expect(facets.entityTypes).toContain('Person');
    expect(facets.languages).toContain('fr');
    expect(facets.dates).toContainEqual({ date: '2011-06-24', count: 1 });
  });
});
