import { describe, expect, it } from 'vitest';
import { bucketLabel, bucketRange, chooseGranularity, toHistogram } from './buckets';

describe('chooseGranularity', () => {
  it('uses days up to two months, months up to five years, years beyond', () => {
    expect(chooseGranularity('2024-01-01', '2024-03-02')).toBe('day'); // 62 days
    expect(chooseGranularity('2024-01-01', '2024-03-03')).toBe('month');
    expect(chooseGranularity('2020-01-31', '2024-12-01')).toBe('month'); // 60 months
    expect(chooseGranularity('2020-01-31', '2025-01-01')).toBe('year');
  });
});

describe('bucketRange', () => {
  it('fills every bar between the ends, month ends and leap days included', () => {
    expect(bucketRange('2024-02-27', '2024-03-01', 'day').map((b) => b.key)).toEqual(['2024-02-27', '2024-02-28', '2024-02-29', '2024-03-01']);
    const months = bucketRange('2023-11-15', '2024-02-03', 'month');
    expect(months.map((b) => [b.key, b.from, b.to])).toEqual([
      ['2023-11', '2023-11-01', '2023-11-30'],
      ['2023-12', '2023-12-01', '2023-12-31'],
      ['2024-01', '2024-01-01', '2024-01-31'],
      ['2024-02', '2024-02-01', '2024-02-29'],
    ]);
    expect(bucketRange('2011-06-24', '2013-01-01', 'year').map((b) => [b.from, b.to])).toEqual([
      ['2011-01-01', '2011-12-31'],
      ['2012-01-01', '2012-12-31'],
      ['2013-01-01', '2013-12-31'],
    ]);
  });
});

describe('toHistogram', () => {
  it('counts mentions (with their multiplicity) and evidence per bar, and undated items apart', () => {
    const h = toHistogram([
      { publishedAt: '2017-02-13', kind: 'mention', count: 2 },
      { publishedAt: '2017-02-20', kind: 'evidence' },
      { publishedAt: '2017-05-01', kind: 'mention' },
      { publishedAt: null, kind: 'mention', count: 3 },
      { publishedAt: null, kind: 'evidence' },
    ]);
    expect(h.granularity).toBe('month');
    expect(h.buckets.map((b) => [b.key, b.mentions, b.evidence])).toEqual([
      ['2017-02', 2, 1],
      ['2017-03', 0, 0],
      ['2017-04', 0, 0],
      ['2017-05', 1, 0],
    ]);
    expect(h.undated).toEqual({ mentions: 3, evidence: 1 });
  });

  it('has no bars when nothing is dated, but still counts the undated', () => {
    const h = toHistogram([{ publishedAt: null, kind: 'mention' }]);
    expect(h.buckets).toEqual([]);
    expect(h.undated.mentions).toBe(1);
  });
});

describe('bucketLabel', () => {
  it('reads as a person would say it', () => {
    expect(bucketLabel({ key: '2024-05-03' }, 'day')).toBe('3 May 2024');
    expect(bucketLabel({ key: '2024-05' }, 'month')).toBe('May 2024');
    expect(bucketLabel({ key: '2024' }, 'year')).toBe('2024');
  });
});
