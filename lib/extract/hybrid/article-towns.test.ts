import { describe, expect, it } from 'vitest';
import { restoreTownArticles } from './article-towns';
import type { HybridEntity } from './types';

const entity = (type: HybridEntity['type'], name: string, id: string): HybridEntity => ({
  id,
  name,
  type,
  aliases: [],
  mentions: [{ start: 0, end: name.length, text: name }],
  foundBy: ['ner'],
  typedBy: 'ner',
});

describe('restoreTownArticles', () => {
  it('gives "le maire du Havre" and "aux Ulis" their towns\' full names, the bare form kept as an alias', () => {
    const { entities, renamed } = restoreTownArticles([
      entity('Location', 'Havre', 'loc-havre'),
      entity('Location', 'Ulis', 'loc-ulis'),
      entity('Organization', 'Havre', 'org-havre'),
    ]);
    expect(entities.map((e) => [e.id, e.name, e.aliases])).toEqual([
      ['loc-le-havre', 'Le Havre', ['Havre']],
      ['loc-les-ulis', 'Les Ulis', ['Ulis']],
      ['org-le-havre', 'Le Havre', ['Havre']],
    ]);
    expect([...renamed]).toEqual([
      ['loc-havre', 'loc-le-havre'],
      ['loc-ulis', 'loc-les-ulis'],
      ['org-havre', 'org-le-havre'],
    ]);
  });

  it('leaves a person, a full name and a bare form that names something else', () => {
    const people = [entity('Person', 'Havre', 'person-havre'), entity('Location', 'Le Mans', 'loc-le-mans'), entity('Location', 'Robert', 'loc-robert')];
    expect(restoreTownArticles(people).entities).toEqual(people);
  });
});
