import { describe, expect, it } from 'vitest';
import { ENTITY_STYLE } from '@/lib/cy/entity-style';
import { ENTITY_TYPES } from '@/lib/model';
import { describeFilter, entityTypeLabel, isEmptyFilter, withoutCondition } from './describe';
import { FilterStateSchema, type FilterInput } from './state';

const state = (input: FilterInput) => FilterStateSchema.parse(input);
const texts = (input: FilterInput) => describeFilter(state(input)).map((c) => c.text);

describe('describeFilter', () => {
  it('lists nothing for the empty filter, nor for a different draw cap', () => {
    expect(describeFilter(state({}))).toEqual([]);
    expect(isEmptyFilter(state({ limit: 50 }))).toBe(true);
  });

  it('names entity types as the legend does', () => {
    expect(texts({ entityTypes: ['Organization', 'Location', 'Event'] })).toEqual(['Type: Organisation, Place, Event or meeting']);
    for (const type of ENTITY_TYPES) expect(entityTypeLabel(type)).toBe(ENTITY_STYLE[type].label);
    expect(entityTypeLabel('NotAType')).toBe('NotAType');
  });

  it('says each condition once, in words, and shortens long lists', () => {
    expect(
      texts({
        relationTypes: ['LEADS', 'SPOKE_AT', 'HELD_IN', 'MET_WITH'],
        hideCoMentioned: true,
        languages: ['fr'],
        articleIds: ['a'],
        publishedFrom: '2011-01-01',
        minDegree: 2,
        minConfidence: 0.5,
        text: '  ban ',
        withinIds: ['x', 'y'],
      }),
    ).toEqual([
      'Relation: LEADS, SPOKE_AT, HELD_IN and 1 more',
      'No co-mentions',
      'Language: fr',
      'In 1 chosen article',
      'Published from 2011-01-01',
      'Degree ≥ 2',
      'Confidence ≥ 0.5',
      'Name contains “ban”',
      'Within 2 entities of the earlier view',
    ]);
    expect(texts({ publishedFrom: '2011-01-01', publishedTo: '2011-12-31' })).toEqual(['Published 2011-01-01 to 2011-12-31']);
    expect(texts({ publishedTo: '2011-12-31' })).toEqual(['Published until 2011-12-31']);
  });
});

describe('withoutCondition', () => {
  it('drops exactly one condition and keeps the rest', () => {
    const full = state({ entityTypes: ['Person'], text: 'ban', publishedFrom: '2011-01-01', publishedTo: '2011-02-01', withinIds: ['a'] });
    expect(describeFilter(withoutCondition(full, 'entityTypes')).map((c) => c.id)).toEqual(['published', 'text', 'withinIds']);
    const noDates = withoutCondition(full, 'published');
    expect([noDates.publishedFrom, noDates.publishedTo]).toEqual([undefined, undefined]);
    expect(withoutCondition(full, 'withinIds').withinIds).toBeUndefined();
    expect(withoutCondition(full, 'text').text).toBe('');
    expect(full.entityTypes).toEqual(['Person']);
  });
});
