import { describe, expect, it } from 'vitest';
import { packComponents, type PackNode } from './pack';

const node = (id: string, x: number, y: number): PackNode => ({ id, x, y, w: 30, h: 30 });

describe('packComponents', () => {
  it('keeps each piece’s own shape, packs pieces apart without overlap and grids isolated entities beside them', () => {
    // Two pieces flung 10,000 px apart and three isolated entities scattered further.
    const nodes = [node('a', 0, 0), node('b', 100, 0), node('c', 10_000, 5_000), node('d', 10_000, 5_100), node('x', -9_000, 3), node('y', 7_000, -8_000), node('z', 1, 9_999)];
    const p = packComponents(nodes, [
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(p.size).toBe(7);
    expect(p.get('b')!.x - p.get('a')!.x).toBe(100);
    expect(p.get('d')!.y - p.get('c')!.y).toBe(100);
    const xs = [...p.values()].map((q) => q.x);
    const ys = [...p.values()].map((q) => q.y);
    expect(Math.max(...xs) - Math.min(...xs)).toBeLessThan(1_000);
    expect(Math.max(...ys) - Math.min(...ys)).toBeLessThan(1_000);
    const pieceRight = Math.max(...['a', 'b', 'c', 'd'].map((id) => p.get(id)!.x));
    for (const id of ['x', 'y', 'z']) expect(p.get(id)!.x).toBeGreaterThan(pieceRight);
    // The isolated ones sit on grid cells in the order given, no two in the same cell.
    const cells = ['x', 'y', 'z'].map((id) => `${p.get(id)!.x},${p.get(id)!.y}`);
    expect(new Set(cells).size).toBe(3);
  });

  it('only isolated entities: a square-ish grid from the origin', () => {
    const nodes = Array.from({ length: 9 }, (_, i) => node(`n${i}`, i * 1_000, -i * 777));
    const p = packComponents(nodes, []);
    const rows = new Set([...p.values()].map((q) => q.y));
    expect(rows.size).toBeGreaterThan(1);
    expect(rows.size).toBeLessThan(9);
    expect(p.get('n0')).toEqual({ x: 0, y: 0 });
  });
});
