import { describe, expect, it } from 'vitest';
import { toElements } from './to-elements';

const ban = { id: 'person-ban', name: 'Ban Ki-moon', type: 'Person' as const, degree: 2, articleCount: 1 };
const meeting = { id: 'event-meeting', name: 'Meeting', type: 'Event' as const, degree: 1, articleCount: 1 };

describe('toElements', () => {
  it('maps entities to nodes and relations to edges keyed by the relationship id', () => {
    const elements = toElements([ban, meeting], [{ id: '5:abc:1', type: 'SPOKE_AT', source: 'person-ban', target: 'event-meeting', confidence: 0.9, evidenceCount: 1 }]);
    expect(elements.map((e) => e.data.id)).toEqual(['person-ban', 'event-meeting', '5:abc:1']);
    expect(elements[2]).toMatchObject({ group: 'edges', data: { source: 'person-ban', target: 'event-meeting', label: 'SPOKE_AT' }, classes: 'typed' });
    expect(elements[0]).toMatchObject({ data: { label: 'Ban Ki-moon', type: 'Person' }, classes: 'Person' });
  });

  it('drops edges whose ends are not in view and marks co-mentions as faint', () => {
    const elements = toElements(
      [ban],
      [
        { id: 'r1', type: 'SPOKE_AT', source: 'person-ban', target: 'event-meeting', confidence: 1, evidenceCount: 1 },
        { id: 'r2', type: 'CO_MENTIONED', source: 'person-ban', target: 'person-ban', confidence: 0.3, evidenceCount: 1 },
      ],
    );
    expect(elements.map((e) => e.data.id)).toEqual(['person-ban', 'r2']);
    expect(elements[1]?.classes).toBe('co-mention');
  });
});
