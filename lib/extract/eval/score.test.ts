import { describe, expect, it } from 'vitest';
import type { Extraction } from '@/lib/model';
import { scoreArticle, toPrf } from './score';
import type { Gold } from './types';

const gold: Gold = {
  id: 'g',
  language: 'fr',
  source: 'x',
  heldOut: false,
  entities: [
    { name: 'UNODC', type: 'Organization', aliases: ['ONUDC'] },
    { name: 'Yury Fedotov', type: 'Person', aliases: [] },
    { name: 'Vienne', type: 'Location', aliases: [] },
  ],
  relations: [
    { type: 'LEADS', source: 'Yury Fedotov', target: 'UNODC' },
    { type: 'HEADQUARTERED_IN', source: 'UNODC', target: 'Vienne' },
  ],
};
const span = { start: 0, end: 1, text: 'x' };
const x: Extraction = {
  language: 'fr',
  entities: [
    { id: 'org-unodc', name: 'UNODC', type: 'Organization', aliases: ['Onudc'], mentions: [span] },
    { id: 'person-yury-fedotov', name: 'Yury Fedotov', type: 'Person', aliases: [], mentions: [span] },
    { id: 'loc-vienna', name: 'Vienna', type: 'Location', aliases: [], mentions: [span] },
    { id: 'person-mercredi', name: 'Mercredi', type: 'Person', aliases: [], mentions: [span] },
  ],
  relations: [{ type: 'LEADS', source: 'person-yury-fedotov', target: 'org-unodc', confidence: 0.9, evidence: [span] }],
};

describe('scoreArticle', () => {
  const s = scoreArticle(gold, x);
  it('counts a second entity for one gold entity as a false positive: a duplicate in the graph', () => {
    const twice: Extraction = { ...x, entities: [...x.entities, { id: 'org-onudc', name: 'ONUDC', type: 'Organization', aliases: [], mentions: [span] }] };
    const d = scoreArticle(gold, twice);
    expect(d.byType.Organization).toEqual({ predicted: 2, correct: 1, gold: 1, found: 1 });
    expect(d.falsePositives).toContain('Organization:ONUDC (a second entity for UNODC)');
  });

  it('an entity naming two gold things finds only one of them (one to one)', () => {
    const merged: Gold = { ...gold, entities: [...gold.entities, { name: 'ONUDC Vienne', type: 'Organization', aliases: ['Onudc'] }] };
    const d = scoreArticle(merged, x);
    expect(d.byType.Organization).toEqual({ predicted: 1, correct: 1, gold: 2, found: 1 });
  });

  it('matches by name or alias, case- and accent-insensitively, within a type', () => {
    expect(toPrf(s.byType.Organization!)).toEqual({ p: 1, r: 1, f1: 1 });
    expect(s.byType.Person).toEqual({ predicted: 2, correct: 1, gold: 1, found: 1 });
    expect(s.falseNegatives).toEqual(['Location:Vienne']);
    expect(s.falsePositives).toEqual(['Location:Vienna', 'Person:Mercredi']);
  });
  it('counts relation pairs found among the gold ones', () => {
    expect(s.relations).toMatchObject({ gold: 2, pairFound: 1, typedFound: 1 });
  });
  it('counts the gold relations whose two ends were found (Vienne was not), and typed edges off the gold pairs', () => {
    expect(s.relations.endsFound).toBe(1);
    expect(s.relations).toMatchObject({ edgesAmongGold: 1, edgesOnGoldPairs: 1 });
    const more =
      // another typed edge of the pair counts; a co-mention does not
      { ...x, relations: [...x.relations, { ...x.relations[0]!, type: 'MEMBER_OF' }, { ...x.relations[0]!, type: 'CO_MENTIONED', source: 'org-unodc' }] };
    expect(scoreArticle(gold, more).relations).toMatchObject({ edgesAmongGold: 2, edgesOnGoldPairs: 2 });
    // With LEADS not in the gold, the same edge joins two gold entities that the gold does not relate.
    const onlyHq = { ...gold, relations: [gold.relations[1]!] };
    expect(scoreArticle(onlyHq, x).relations).toMatchObject({ edgesAmongGold: 1, edgesOnGoldPairs: 0 });
  });
});
