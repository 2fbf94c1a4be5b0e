import { describe, expect, it } from 'vitest';
import { highlightTerms } from './highlight';

describe('highlightTerms', () => {
  it('marks whole-word matches ignoring case and accents, longest first', () => {
    const segments = highlightTerms("L'ONUDC et l'Office des Nations Unies à Ekaterinbourg", ['ONUDC', 'ekaterinbourg', 'Nations Unies', 'Office des Nations Unies']);
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['ONUDC', 'Office des Nations Unies', 'Ekaterinbourg']);
    expect(segments.map((s) => s.text).join('')).toBe("L'ONUDC et l'Office des Nations Unies à Ekaterinbourg");
  });

  it('does not mark inside words', () => {
    expect(highlightTerms('UNODC', ['UN']).some((s) => s.mark)).toBe(false);
  });

  it('returns the text unchanged when nothing matches', () => {
    expect(highlightTerms('<b>x</b>', ['y'])).toEqual([{ text: '<b>x</b>', mark: false }]);
  });
});
