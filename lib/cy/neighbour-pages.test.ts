import { describe, expect, it } from 'vitest';
import { EMPTY_STORE, morePageKey, withSet } from './element-store';
import { groupProgress } from './neighbour-pages';

const hub = { id: 'hub', name: 'Hub', type: 'Organization' as const, degree: 60, articleCount: 1 };
const store = withSet(
  withSet(
    EMPTY_STORE,
    'hub',
    'hub',
    [hub],
    [],
    [
      { relType: 'MEMBER_OF', total: 60, returned: 25, nextCursor: 'op' },
      { relType: 'LEADS', total: 1, returned: 1, nextCursor: null },
    ],
  ),
  morePageKey('hub', 'MEMBER_OF', 'op'),
  'hub',
  [hub],
  [],
  [{ relType: 'MEMBER_OF', total: 60, returned: 25, nextCursor: 'o1e' }],
);

describe('groupProgress', () => {
  it('counts the pages in view and names the next one', () => {
    expect(groupProgress(store, 'hub', ['hub'])).toEqual([
      { relType: 'MEMBER_OF', total: 60, shown: 25, nextKey: 'hub|MEMBER_OF|op' },
      { relType: 'LEADS', total: 1, shown: 1, nextKey: null },
    ]);
    expect(groupProgress(store, 'hub', ['hub', 'hub|MEMBER_OF|op'])[0]).toEqual({ relType: 'MEMBER_OF', total: 60, shown: 50, nextKey: 'hub|MEMBER_OF|o1e' });
    expect(groupProgress(store, 'hub', [])).toEqual([]);
  });
});
