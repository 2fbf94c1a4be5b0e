import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveExtraction } from './resolve';
import { loadArticle, removeArticle } from '@/lib/graph/load-article';
import { applySchema } from '@/lib/neo4j/schema';
import { closeDriver } from '@/lib/neo4j/driver';
import type { Article, Extraction, ExtractedEntity } from '@/lib/model';

const text = 'John Testfield met the Zorblax Trading Company (ZTC) in Saint Petersburg.';
const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
const stored: Article = { id: 'test-resolve-stored', title: 'Stored', publishedAt: '2020-01-01', language: 'en', source: 'test', text };
const storedExtraction: Extraction = {
  language: 'en',
  entities: [
    { id: 'person-test-john-testfield', name: 'John Testfield', type: 'Person', aliases: ['Testfield'], mentions: [at('John Testfield')] },
    { id: 'org-test-zorblax', name: 'Zorblax Trading Company', type: 'Organization', aliases: ['ZTC'], mentions: [at('Zorblax Trading Company'), at('ZTC')] },
    { id: 'loc-test-saint-petersburg', name: 'Saint Petersburg', type: 'Location', aliases: [], mentions: [at('Saint Petersburg')] },
  ],
  relations: [],
};
const entity = (id: string, name: string, type: ExtractedEntity['type'], aliases: string[] = []): ExtractedEntity => ({ id, name, type, aliases, mentions: [] });

beforeAll(async () => {
  await applySchema();
  await loadArticle(stored, storedExtraction);
});
afterAll(async () => {
  await removeArticle(stored.id);
  await closeDriver();
});

describe('resolution against the graph', () => {
  it('attaches an exact name or alias match of the same type, with the reason, and leaves near-misses apart', async () => {
    const { extraction, decisions } = await resolveExtraction({
      language: 'en',
      entities: [
        entity('org-ztc', 'ZTC', 'Organization'),
        entity('org-zorblax-trading-company-university', 'Zorblax Trading Company University', 'Organization'),
        entity('person-testfield', 'Testfield', 'Person'),
        entity('person-mary-testfield', 'Mary Testfield', 'Person'),
        entity('person-john-testfield-2', 'J. Testfield', 'Person', ['John Testfield']),
        entity('org-test-saint-petersburg-state-university', 'Saint Petersburg State University', 'Organization'),
        entity('org-saint-petersburg', 'Saint Petersburg', 'Organization'),
      ],
      relations: [],
    });
    expect(decisions.get('org-ztc')).toMatchObject({ kind: 'existing', entityId: 'org-test-zorblax', reason: expect.stringContaining('alias') });
    expect(decisions.get('person-john-testfield-2')).toMatchObject({ kind: 'existing', entityId: 'person-test-john-testfield' });
    for (const apart of [
      'org-zorblax-trading-company-university',
      'person-testfield',
      'person-mary-testfield',
      'org-test-saint-petersburg-state-university',
      'org-saint-petersburg',
    ]) {
      expect(decisions.get(apart), apart).toEqual({ kind: 'new' });
    }
    expect(extraction.entities.map((e) => e.id)).toContain('org-test-zorblax');
  });
});
