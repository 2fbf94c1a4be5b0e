import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES } from '@/lib/model';
import { badgeColors, ENTITY_STYLE } from './entity-style';

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('badgeColors', () => {
  it('gives every type badge text at least 4.5:1 against its background (WCAG AA)', () => {
    expect(contrast('#ffffff', ENTITY_STYLE.Organization.color)).toBeLessThan(4.5);
    for (const type of ENTITY_TYPES) {
      const { color, background } = badgeColors(type);
      expect(contrast(color, background), type).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('keeps the type colour on the badge, as its border', () => {
    expect(badgeColors('Organization').borderColor).toBe(ENTITY_STYLE.Organization.color);
    expect(badgeColors('Organization').background).toMatch(/^#[0-9a-f]{6}$/);
  });
});
