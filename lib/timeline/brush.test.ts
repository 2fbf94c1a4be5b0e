import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER } from '@/lib/filters/state';
import { filterFromSearchParam, filterToSearchParam } from '@/lib/filters/url';
import { bucketRange } from './buckets';
import { barAt, datesToRange, inDateRange, keyRange, orderedDates, rangeBetween, rangeToDates, withDates } from './brush';

const months = bucketRange('2017-01-01', '2017-06-30', 'month'); // 6 bars

describe('pointer brushing', () => {
  it('maps a pointer to its bar, clamped to the strip', () => {
    expect(barAt(0, 600, 6)).toBe(0);
    expect(barAt(199, 600, 6)).toBe(1);
    expect(barAt(599.9, 600, 6)).toBe(5);
    expect(barAt(-40, 600, 6)).toBe(0);
    expect(barAt(900, 600, 6)).toBe(5);
  });

  it('a drag in either direction brushes the bars between, ends included', () => {
    expect(rangeBetween(4, 1)).toEqual({ start: 1, end: 4 });
    expect(rangeToDates(months, rangeBetween(1, 2))).toEqual({ publishedFrom: '2017-02-01', publishedTo: '2017-03-31' });
    expect(rangeToDates(months, null)).toEqual({});
  });
});

describe('keyboard brushing', () => {
  it('the first arrow brushes an end bar; arrows move the range without leaving the strip', () => {
    expect(keyRange(null, 'ArrowRight', false, 6)).toEqual({ start: 0, end: 0 });
    expect(keyRange(null, 'ArrowLeft', false, 6)).toEqual({ start: 5, end: 5 });
    expect(keyRange({ start: 1, end: 2 }, 'ArrowRight', false, 6)).toEqual({ start: 2, end: 3 });
    expect(keyRange({ start: 4, end: 5 }, 'ArrowRight', false, 6)).toEqual({ start: 4, end: 5 });
    expect(keyRange({ start: 0, end: 1 }, 'ArrowLeft', false, 6)).toEqual({ start: 0, end: 1 });
  });

  it('Shift+arrows move the end and keep at least one bar; Home/End keep the width; Escape clears', () => {
    expect(keyRange({ start: 1, end: 1 }, 'ArrowRight', true, 6)).toEqual({ start: 1, end: 2 });
    expect(keyRange({ start: 1, end: 1 }, 'ArrowLeft', true, 6)).toEqual({ start: 1, end: 1 });
    expect(keyRange({ start: 1, end: 5 }, 'ArrowRight', true, 6)).toEqual({ start: 1, end: 5 });
    expect(keyRange({ start: 2, end: 3 }, 'Home', false, 6)).toEqual({ start: 0, end: 1 });
    expect(keyRange({ start: 2, end: 3 }, 'End', false, 6)).toEqual({ start: 4, end: 5 });
    expect(keyRange({ start: 2, end: 3 }, 'Escape', false, 6)).toBeNull();
    expect(keyRange({ start: 2, end: 3 }, 'a', false, 6)).toBeUndefined();
    expect(keyRange(null, 'ArrowRight', false, 0)).toBeUndefined();
  });
});

describe('dates and the filter state', () => {
  it('typed dates highlight the bars they touch, even off bar edges', () => {
    expect(datesToRange(months, { publishedFrom: '2017-02-15', publishedTo: '2017-04-01' })).toEqual({ start: 1, end: 3 });
    expect(datesToRange(months, { publishedFrom: '2017-05-10' })).toEqual({ start: 4, end: 5 });
    expect(datesToRange(months, { publishedFrom: '2018-01-01' })).toBeNull();
    expect(datesToRange(months, {})).toBeNull();
  });

  it('an unknown date is never in a range, as in the Cypher filter', () => {
    expect(inDateRange(null, {})).toBe(true);
    expect(inDateRange(null, { publishedFrom: '2017-01-01' })).toBe(false);
    expect(inDateRange('2017-03-31', { publishedFrom: '2017-02-01', publishedTo: '2017-03-31' })).toBe(true);
    expect(inDateRange('2017-04-01', { publishedTo: '2017-03-31' })).toBe(false);
  });

  it('puts the range into the explorer filter state, keeps its other fields, and survives the URL', () => {
    const base = { ...EMPTY_FILTER, entityTypes: ['Person'], publishedFrom: '2000-01-01' };
    const brushed = withDates(base, { publishedFrom: '2017-02-01', publishedTo: '2017-03-31' });
    expect(brushed).toMatchObject({ entityTypes: ['Person'], publishedFrom: '2017-02-01', publishedTo: '2017-03-31' });
    expect(filterFromSearchParam(filterToSearchParam(brushed))).toEqual(brushed);
    expect(JSON.parse(filterToSearchParam(withDates(base, {})))).toEqual({ entityTypes: ['Person'] });
  });

  it('swaps inverted inputs instead of refusing them', () => {
    expect(orderedDates({ publishedFrom: '2017-05-01', publishedTo: '2017-02-01' })).toEqual({ publishedFrom: '2017-02-01', publishedTo: '2017-05-01' });
    expect(orderedDates({ publishedTo: '2017-02-01' })).toEqual({ publishedTo: '2017-02-01' });
  });
});
