import { describe, expect, it } from 'vitest';
import { describeProgress, formatDuration, progressFigures } from './progress';

describe('progress', () => {
  it('gives a rate and the time left once something finished', () => {
    expect(progressFigures(0, 200, 5_000)).toEqual({ done: 0, total: 200, ratePerSecond: null, remainingMs: null });
    expect(progressFigures(50, 200, 10_000)).toEqual({ done: 50, total: 200, ratePerSecond: 5, remainingMs: 30_000 });
    expect(describeProgress(progressFigures(50, 200, 10_000))).toBe('50 of 200 records · 5.0 records/s · about 30 s left');
    expect(describeProgress(progressFigures(200, 200, 8_000))).toBe('200 of 200 records · 25 records/s');
    expect(describeProgress(progressFigures(0, 1, 0))).toBe('0 of 1 record');
  });
  it('formats durations for reading', () => {
    expect(formatDuration(4_400)).toBe('4 s');
    expect(formatDuration(125_000)).toBe('2 min 5 s');
    expect(formatDuration(3_725_000)).toBe('1 h 2 min');
  });
});
