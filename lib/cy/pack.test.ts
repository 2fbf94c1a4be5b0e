import { describe, expect, it } from 'vitest';
import { PACK, packComponents, planIsolatedGrid, type PackNode } from './pack';

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

  it('beside a wide piece the isolated entities form a grid of the viewport’s shape, not one tall column', () => {
    // A piece 1,500 × 1,000 wide (its two ends) and ten isolated entities; the old packing stacked them 10 high.
    const nodes = [node('a', 0, 0), node('b', 1_500, 1_000), ...Array.from({ length: 10 }, (_, i) => node(`i${i}`, i * 3_000, 0))];
    const p = packComponents(nodes, [['a', 'b']], 1.6);
    const grid = Array.from({ length: 10 }, (_, i) => p.get(`i${i}`)!);
    const columns = new Set(grid.map((q) => q.x)).size;
    const rows = new Set(grid.map((q) => q.y)).size;
    expect(columns).toBeGreaterThan(1);
    expect(rows).toBeGreaterThan(1);
    const aspect = (columns * PACK.cellWidth) / (rows * PACK.cellHeight);
    expect(aspect).toBeGreaterThan(0.8);
    expect(aspect).toBeLessThan(3.2);
    for (const q of grid) expect(q.x).toBeGreaterThan(p.get('b')!.x);
  });

  it('on an upright phone the grid goes under the piece instead', () => {
    const nodes = [node('a', 0, 0), node('b', 1_000, 800), ...Array.from({ length: 20 }, (_, i) => node(`i${i}`, -i * 500, 0))];
    const p = packComponents(nodes, [['a', 'b']], 390 / 600);
    const pieceBottom = Math.max(p.get('a')!.y, p.get('b')!.y);
    for (let i = 0; i < 20; i++) expect(p.get(`i${i}`)!.y).toBeGreaterThan(pieceBottom);
  });
});

describe('planIsolatedGrid', () => {
  it('shapes the grid like the viewport, next to a tall thin piece too', () => {
    for (const aspect of [0.6, 1, 1.6, 2.4]) {
      const plan = planIsolatedGrid(48, 0, 0, aspect);
      const shape = (plan.columns * PACK.cellWidth) / (plan.rows * PACK.cellHeight);
      expect(Math.abs(Math.log(shape / aspect))).toBeLessThan(Math.log(1.6));
      expect(plan.columns * plan.rows).toBeGreaterThanOrEqual(48);
    }
    const tall = planIsolatedGrid(12, 100, 2_000, 1.6);
    expect(tall).toMatchObject({ side: 'right' });
    expect(tall.columns).toBeGreaterThan(1);
    expect(tall.rows).toBeGreaterThan(1);
  });

  it('one entity is one cell', () => {
    expect(planIsolatedGrid(1, 500, 500, 1.6)).toEqual({ side: 'right', columns: 1, rows: 1 });
  });
});
