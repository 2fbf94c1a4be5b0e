import { describe, expect, it } from 'vitest';
import { normaliseText, toOriginalSpan } from './normalise';

describe('normaliseText', () => {
  it('unifies apostrophes, quotes and spaces without moving offsets', () => {
    const original = 'l\u2019ONUDC a dit \u00ab\u00a0oui\u00a0\u00bb';
    const norm = normaliseText(original);
    expect(norm.text).toBe('l\'ONUDC a dit " oui "');
    const at = norm.text.indexOf('ONUDC');
    expect(toOriginalSpan(norm, at, at + 5).text).toBe('ONUDC');
  });

  it('composes decomposed accents and maps spans back to the original', () => {
    const original = 'Conseil de se\u0301curite\u0301 et Moscou';
    const norm = normaliseText(original);
    expect(norm.text).toBe('Conseil de sécurité et Moscou');
    const word = 'sécurité';
    const at = norm.text.indexOf(word);
    const span = toOriginalSpan(norm, at, at + word.length);
    expect(span.text).toBe('se\u0301curite\u0301');
    const m = norm.text.indexOf('Moscou');
    expect(toOriginalSpan(norm, m, m + 6)).toEqual({ start: original.indexOf('Moscou'), end: original.length, text: 'Moscou' });
  });

  it('keeps astral characters intact', () => {
    const norm = normaliseText('a \u{1F600} Ban');
    const at = norm.text.indexOf('Ban');
    expect(toOriginalSpan(norm, at, at + 3).text).toBe('Ban');
  });
});
