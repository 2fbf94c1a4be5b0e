import { describe, expect, it } from 'vitest';
import { centroid, placeAround } from './placement';

describe('placeAround', () => {
  it('puts every new node at least 100px from its parent, on the side away from the graph', () => {
    const points = placeAround({ x: 100, y: 0 }, 5, { x: 0, y: 0 });
    expect(points).toHaveLength(5);
    for (const p of points) {
      expect(Math.hypot(p.x - 100, p.y)).toBeGreaterThan(100);
      expect(p.x).toBeGreaterThan(0);
    }
  });

  it('skips spots that are already taken', () => {
    const taken = { x: 0, y: -130 };
    const points = placeAround({ x: 0, y: 0 }, 6, null, 60, (p) => Math.hypot(p.x - taken.x, p.y - taken.y) > 50);
    expect(points).toHaveLength(6);
    for (const p of points) expect(Math.hypot(p.x - taken.x, p.y - taken.y)).toBeGreaterThan(50);
  });

  it('spreads many nodes over several rings without stacking them', () => {
    const points = placeAround({ x: 0, y: 0 }, 60, null);
    const keys = new Set(points.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`));
    expect(keys.size).toBe(60);
    expect(placeAround({ x: 0, y: 0 }, 0, null)).toEqual([]);
    expect(
      centroid([
        { x: 0, y: 0 },
        { x: 2, y: 4 },
      ]),
    ).toEqual({ x: 1, y: 2 });
  });
});
