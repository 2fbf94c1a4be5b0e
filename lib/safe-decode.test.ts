import { describe, expect, it } from 'vitest';
import { hasUndecodableSegment } from './safe-decode';

describe('hasUndecodableSegment', () => {
  it('finds the one bad segment of a path', () => {
    expect(hasUndecodableSegment('/api/entities/org-unodc/neighbors')).toBe(false);
    expect(hasUndecodableSegment('/api/entities/%E0%A4%A/neighbors')).toBe(true);
    expect(hasUndecodableSegment('/api/saved-queries/D%D9')).toBe(true);
    for (const raw of ['%', 'a%2', '%zz', '%C0%AF', '%ED%A0%80', '%FF']) expect(hasUndecodableSegment(`/api/entities/${raw}`), raw).toBe(true);
    expect(hasUndecodableSegment('/api/entities/a%2Fb%20%C3%A9%E0%A4%85')).toBe(false);
  });
});
