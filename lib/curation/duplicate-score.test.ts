import { describe, expect, it } from 'vitest';
import { editDistance, initialsOf, nameTokens, scoreNames } from './duplicate-score';
import { scoreBuckets } from './duplicates';
import { namesOnly } from './split';

const entity = (id: string, name: string, type = 'Organization', aliases: string[] = [], articleCount = 1) => ({ id, name, type, aliases, articleCount });

describe('scoreNames', () => {
  it('finds titles, acronyms, surnames and typos, and says why', () => {
    expect(nameTokens('M. Macron')).toEqual(['macron']);
    expect(initialsOf(nameTokens('Paris Saint-Germain'))).toBe('psg');
    expect(initialsOf(nameTokens('Organisation des Nations unies'))).toBe('onu');
    expect(scoreNames('M. Macron', 'Macron')).toMatchObject({ score: 1 });
    expect(scoreNames('PSG', 'Paris Saint-Germain')).toMatchObject({ score: 0.85, reason: '“PSG” is the initials of “Paris Saint-Germain”' });
    expect(scoreNames('Macron', 'Emmanuel Macron')?.reason).toBe('every word of “Macron” is in “Emmanuel Macron”');
    expect(scoreNames('Volodymyr Zelensky', 'Volodymyr Zelenskyy')?.reason).toMatch(/differ by 1 letter$/);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('leaves different names alone', () => {
    expect(scoreNames('Michel Barnier', 'Emmanuel Macron')).toBeNull();
    expect(scoreNames('Paris', 'Lyon')).toBeNull();
    expect(scoreNames('UN', 'Paris Saint-Germain')).toBeNull();
    expect(scoreNames('Ministry of Health', 'Ministry of Education')).toBeNull();
    expect(scoreNames('Resolution 2231', 'Resolution 2232')).toBeNull();
    expect(scoreNames('Old Old Group', 'Old Outer Group')?.reason ?? '').not.toMatch(/every word/);
    expect(scoreNames('Apollo 11', 'Apollo 11 mission')?.reason).toMatch(/every word/);
    expect(scoreNames('Banque de France', 'Banque centrale de France')?.reason).toMatch(/every word/);
  });
});

describe('scoreBuckets', () => {
  it('pairs only same-type look-alikes, better-known entity first, best score first', () => {
    const pairs = scoreBuckets([
      entity('org-psg', 'PSG', 'Organization', [], 1),
      entity('org-paris-saint-germain', 'Paris Saint-Germain', 'Organization', [], 3),
      entity('loc-paris', 'Paris', 'Location'),
      entity('person-emmanuel-macron', 'Emmanuel Macron', 'Person', [], 5),
      entity('person-macron', 'Macron', 'Person'),
      entity('person-m-macron', 'M. Macron', 'Person'),
    ]);
    expect(pairs.map((p) => [p.a.id, p.b.id, p.score])).toEqual([
      ['person-m-macron', 'person-macron', 1],
      ['org-paris-saint-germain', 'org-psg', 0.85],
      ['person-emmanuel-macron', 'person-m-macron', 0.65],
      ['person-emmanuel-macron', 'person-macron', 0.65],
    ]);
  });

  it('does not compare inside a bucket of more than 40 entities: a word that common ("ministry") says nothing', () => {
    const family = (n: number) => [
      entity('org-ministry', 'Ministry'),
      ...Array.from({ length: n }, (_, i) => entity(`org-ministry-${i}`, `Ministry q${[...String((i * 7919) % 10007)].map((d) => String.fromCharCode(97 + Number(d))).join('')}`)),
    ];
    expect(scoreBuckets(family(4))).toHaveLength(4);
    expect(scoreBuckets(family(45))).toEqual([]);
  });
});

describe('namesOnly (which evidence a split moves)', () => {
  it('is true for a sentence naming the alias and none of the forms that stay', () => {
    expect(namesOnly('Ann Curator opened an office in Rexton.', 'rexton', ['curiaville'])).toBe(true);
    expect(namesOnly('Rexton is near Curiaville.', 'rexton', ['curiaville'])).toBe(false);
    expect(namesOnly('Brigitte Macron spoke.', 'brigitte macron', ['macron'])).toBe(true);
    expect(namesOnly('Rextonville grew.', 'rexton', ['curiaville'])).toBe(false);
  });
});
