import { describe, expect, it } from 'vitest';
import { findDate, isoDate, parseDateValue } from './dates';

describe('findDate', () => {
  it('reads French and English written dates, with ordinals, abbreviations and lost accents', () => {
    expect(findDate('Publié le 3 juin 2024')?.date).toBe('2024-06-03');
    expect(findDate('le 1er février 2023 à Genève')?.date).toBe('2023-02-01');
    expect(findDate('mis à jour le 15 aout 2022')?.date).toBe('2022-08-15');
    expect(findDate('PARIS, 12 mars 2024 (AFP)')?.date).toBe('2024-03-12');
    expect(findDate('Published 3 June 2024')?.date).toBe('2024-06-03');
    expect(findDate('March 12, 2024')?.date).toBe('2024-03-12');
    expect(findDate('Sept. 9th, 2021')?.date).toBe('2021-09-09');
    expect(findDate('22 déc. 2020')?.date).toBe('2020-12-22');
  });

  it('reads ISO dates and numeric dates day first, month first only when day first is impossible', () => {
    expect(findDate('2024-03-12T08:00:00Z')?.date).toBe('2024-03-12');
    expect(findDate('12/03/2024')?.date).toBe('2024-03-12');
    expect(findDate('12.03.2024')?.date).toBe('2024-03-12');
    expect(findDate('03/25/2024')?.date).toBe('2024-03-25');
  });

  it('gives the earliest date in the text, with where it is, and skips impossible ones', () => {
    expect(findDate('Updated March 14, 2024; first published 12/03/2024')).toEqual({ date: '2024-03-14', index: 8, length: 14 });
    expect(findDate('31 février 2024, puis le 2 mars 2024')?.date).toBe('2024-03-02');
    expect(findDate('13/13/2024')).toBeUndefined();
    expect(findDate('in 2024 the budget rose 12%')).toBeUndefined();
    expect(findDate('room 12 may 20')).toBeUndefined();
  });
});

describe('parseDateValue', () => {
  it('takes a field value as written, or nothing', () => {
    expect(parseDateValue('2024-06-03T23:30:00-04:00')).toBe('2024-06-03');
    expect(parseDateValue('3 juin 2024')).toBe('2024-06-03');
    expect(parseDateValue(1717372800)).toBe('2024-06-03');
    expect(parseDateValue(1717372800000)).toBe('2024-06-03');
    expect(parseDateValue('yesterday')).toBeUndefined();
    expect(parseDateValue(null)).toBeUndefined();
    expect(parseDateValue({ date: '2024-01-01' })).toBeUndefined();
  });
  it('isoDate refuses days that do not exist', () => {
    expect(isoDate(2024, 2, 29)).toBe('2024-02-29');
    expect(isoDate(2023, 2, 29)).toBeUndefined();
    expect(isoDate(20, 1, 1)).toBeUndefined();
  });
});
