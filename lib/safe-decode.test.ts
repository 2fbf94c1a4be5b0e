import { describe, expect, it } from 'vitest';
import { BadInputError } from '@/lib/errors';
import { hasUndecodableSegment, safeDecodeSegment } from './safe-decode';

describe('safeDecodeSegment', () => {
  it('decodes valid segments, including encoded slashes and non-Latin text', () => {
    expect(safeDecodeSegment('org-unodc')).toBe('org-unodc');
    expect(safeDecodeSegment('a%2Fb%20%C3%A9%E0%A4%85')).toBe('a/b é\u0905');
  });

  it.each(['%E0%A4%A', '%', 'a%2', '%zz', '%C0%AF', '%ED%A0%80', '%FF'])('refuses %s with a 400 that says how to fix it', (raw) => {
    expect(() => safeDecodeSegment(raw)).toThrow(BadInputError);
    expect(() => safeDecodeSegment(raw)).toThrow(/encodeURIComponent/);
  });
});

describe('hasUndecodableSegment', () => {
  it('finds the one bad segment of a path', () => {
    expect(hasUndecodableSegment('/api/entities/org-unodc/neighbors')).toBe(false);
    expect(hasUndecodableSegment('/api/entities/%E0%A4%A/neighbors')).toBe(true);
    expect(hasUndecodableSegment('/api/saved-queries/D%D9')).toBe(true);
  });
});
