import { describe, expect, it } from 'vitest';
import { timelineHref, TimelineQuerySchema } from './params';

describe('TimelineQuerySchema', () => {
  it('takes one entity, or two ends with an optional relation type from the vocabulary', () => {
    expect(TimelineQuerySchema.parse({ entity: ' org-unodc ' })).toEqual({ entity: 'org-unodc' });
    expect(TimelineQuerySchema.parse({ from: 'a', to: 'b', type: 'LEADS' })).toEqual({ from: 'a', to: 'b', type: 'LEADS' });
  });

  it('refuses nothing, half a pair, both forms at once, or an unknown type', () => {
    for (const bad of [{}, { from: 'a' }, { entity: 'x', from: 'a', to: 'b' }, { from: 'a', to: 'b', type: 'LOVES' }, { entity: 'x'.repeat(201) }]) {
      expect(TimelineQuerySchema.safeParse(bad).success, JSON.stringify(bad).slice(0, 60)).toBe(false);
    }
  });
});

describe('timelineHref', () => {
  it('builds the shareable URL and carries the explorer filter along', () => {
    expect(timelineHref({ entity: 'org-unodc' })).toBe('/timeline?entity=org-unodc');
    const filter = JSON.stringify({ entityTypes: ['Person'] });
    const href = timelineHref({ from: 'a b', to: 'c', type: 'LEADS' }, filter);
    const url = new URL(href, 'http://x');
    expect([url.pathname, url.searchParams.get('from'), url.searchParams.get('type'), url.searchParams.get('filter')]).toEqual(['/timeline', 'a b', 'LEADS', filter]);
  });
});
