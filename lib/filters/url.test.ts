import { describe, expect, it } from 'vitest';
import { filterFromSearchParam, filterToSearchParam } from './url';
import { FilterStateSchema } from './state';

describe('filter state in the URL', () => {
  it('round-trips and keeps only what differs from the defaults', () => {
    const state = FilterStateSchema.parse({ entityTypes: ['Person'], minDegree: 2 });
    const param = filterToSearchParam(state);
    expect(JSON.parse(param)).toEqual({ entityTypes: ['Person'], minDegree: 2 });
    expect(filterFromSearchParam(param)).toEqual(state);
  });

  it('ignores broken or invalid values', () => {
    expect(filterFromSearchParam('{not json')).toBeNull();
    expect(filterFromSearchParam('{"minDegree":-1}')).toBeNull();
    expect(filterFromSearchParam(null)).toBeNull();
  });
});
