import { describe, expect, it } from 'vitest';
import { findMatch, lookupForms, phraseQuery, rewriteIds, scopeBareNames, type StoredEntity } from './resolve';
import { applyOverrides } from './prepare';
import type { Extraction, ExtractedEntity } from '@/lib/model';

const stored = (id: string, name: string, type: StoredEntity['type'], aliases: string[] = []): StoredEntity => ({ id, name, type, aliases, articleCount: 1 });
const entity = (id: string, name: string, type: ExtractedEntity['type'], aliases: string[] = []): ExtractedEntity => ({ id, name, type, aliases, mentions: [] });
/** Stands in for the full-text index: returns every stored entity sharing a word with the query. */
const searchIn = (graph: StoredEntity[]) => (query: string) => {
  const words = query.toLowerCase().replace(/["\\]/g, '').split(/\s+/);
  return graph.filter((e) => [e.name, ...e.aliases].some((f) => words.some((w) => f.toLowerCase().includes(w))));
};

describe('findMatch', () => {
  const graph = [
    stored('person-antonio-guterres', 'António Guterres', 'Person', ['Guterres']),
    stored('loc-saint-petersburg', 'Saint Petersburg', 'Location'),
    stored('org-unodc', 'UNODC', 'Organization', ['ONUDC']),
  ];
  it('matches names and aliases exactly after normalisation, when the type agrees', async () => {
    expect(await findMatch(entity('org-onudc', 'O.N.U.D.C.', 'Organization'), searchIn(graph))).toMatchObject({ entity: { id: 'org-unodc' }, field: 'alias' });
    expect(await findMatch(entity('person-antonio-guterres-2', 'Antonio Guterres', 'Person'), searchIn(graph))).toMatchObject({
      entity: { id: 'person-antonio-guterres' },
      field: 'name',
    });
    expect(await findMatch(entity('org-saint-petersburg', 'Saint Petersburg', 'Organization'), searchIn(graph))).toBeNull();
    expect(await findMatch(entity('org-spbu', 'Saint Petersburg State University', 'Organization'), searchIn(graph))).toBeNull();
  });
  it('never attaches a bare surname, nor another person with the same surname', async () => {
    expect(await findMatch(entity('person-guterres', 'Guterres', 'Person'), searchIn(graph))).toBeNull();
    expect(await findMatch(entity('person-maria-guterres', 'Maria Guterres', 'Person', ['Guterres']), searchIn(graph))).toBeNull();
    expect(lookupForms(entity('p', 'Maria Guterres', 'Person', ['Guterres']))).toEqual(['Maria Guterres']);
  });
  it('escapes Lucene syntax in queries', () => {
    expect(phraseQuery('A "B" \\ C')).toBe('"A \\"B\\" \\\\ C"');
  });
});

const extraction: Extraction = {
  language: 'en',
  entities: [
    { ...entity('org-a', 'A', 'Organization'), mentions: [{ start: 5, end: 6, text: 'A' }] },
    { ...entity('org-b', 'B', 'Organization', ['Bee']), mentions: [{ start: 0, end: 1, text: 'B' }] },
    entity('person-c', 'C', 'Person'),
  ],
  relations: [
    { type: 'CO_MENTIONED', source: 'org-a', target: 'person-c', confidence: 0.5, evidence: [{ start: 0, end: 1, text: 'x' }] },
    { type: 'CO_MENTIONED', source: 'org-b', target: 'person-c', confidence: 0.7, evidence: [{ start: 2, end: 3, text: 'y' }] },
    { type: 'MEMBER_OF', source: 'org-a', target: 'org-b', confidence: 0.5, evidence: [{ start: 0, end: 1, text: 'x' }] },
  ],
};

describe('rewriteIds and applyOverrides', () => {
  it('combines entities that resolve to one id, with their mentions, aliases and relation evidence, dropping self-relations', () => {
    const out = rewriteIds(extraction, new Map([['org-b', 'org-a']]));
    expect(out.entities.map((e) => e.id)).toEqual(['org-a', 'person-c']);
    expect(out.entities[0]).toMatchObject({ aliases: ['Bee', 'B'], mentions: [{ start: 0 }, { start: 5 }] });
    expect(out.relations).toEqual([expect.objectContaining({ source: 'org-a', target: 'person-c', confidence: 0.7, evidence: [expect.anything(), expect.anything()] })]);
  });
  it('drops unticked entities with their relations and unticked relations; retyping changes the id', () => {
    const { extraction: out, keys } = applyOverrides(extraction, { excludeEntities: ['org-b'], excludeRelations: [0], types: { 'person-c': 'Organization' } });
    expect(out.entities.map((e) => `${e.id}:${e.type}`)).toEqual(['org-a:Organization', 'org-c:Organization']);
    expect(out.relations).toEqual([]);
    expect(keys.get('person-c')).toBe('org-c');
  });
});

describe('scopeBareNames', () => {
  it('gives a person known only by a surname an id of its own article, and combines duplicate ids', () => {
    const bare: Extraction = {
      language: 'en',
      entities: [entity('person-smith', 'Smith', 'Person'), entity('person-smith', 'Smith', 'Person'), entity('person-jane-doe', 'Jane Doe', 'Person', ['Doe'])],
      relations: [{ type: 'MET_WITH', source: 'person-smith', target: 'person-jane-doe', confidence: 0.5, evidence: [{ start: 0, end: 1, text: 'x' }] }],
    };
    const { extraction: out, renamed } = scopeBareNames(bare, 'abc12345');
    expect(out.entities.map((e) => e.id)).toEqual(['person-smith-abc12345', 'person-jane-doe']);
    expect(out.relations[0]?.source).toBe('person-smith-abc12345');
    expect(renamed.get('person-smith')).toBe('person-smith-abc12345');
  });
});
