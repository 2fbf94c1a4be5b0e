import type { Point } from './placement';
import { boxAround } from './fit';

export type PackNode = { id: string; x: number; y: number; w: number; h: number };

/** Room around packed pieces; an isolated entity's cell fits its widest wrapped label (140 px) and two lines under it. */
export const PACK = { gap: 80, cellWidth: 170, cellHeight: 90 };

function componentsOf(nodes: PackNode[], edges: [string, string][]): PackNode[][] {
  const parent = new Map(nodes.map((n) => [n.id, n.id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  for (const [s, t] of edges) if (parent.has(s) && parent.has(t) && s !== t) parent.set(find(s), find(t));
  const groups = new Map<string, PackNode[]>();
  for (const n of nodes) {
    const root = find(n.id);
    const group = groups.get(root);
    if (group) group.push(n);
    else groups.set(root, [n]);
  }
  return [...groups.values()];
}

/** What putting the grid under the pieces costs, in the score's log-aspect units: beside them reads best. */
const BELOW_COST = 0.2;

/** Where the isolated entities' grid goes and its shape: `columns` × `rows` cells, right of the pieces or below them. */
export type GridPlan = { side: 'right' | 'below'; columns: number; rows: number };

/**
 * The grid of `count` isolated entities beside pieces that fill `width` × `height` (0 × 0 when there are none).
 * Every column count and both sides are tried. First the grid itself should have the viewport's aspect (width /
 * height), so it is never one tall column or one long row; then the whole picture should too (half weight), so it
 * fits the screen at a readable zoom. A ragged last row costs a little, going below costs BELOW_COST: the grid goes
 * under the pieces only when that is clearly better (a phone held upright). Aspects are compared on a log scale,
 * so twice too wide and twice too tall weigh the same. Pure.
 */
export function planIsolatedGrid(count: number, width: number, height: number, aspect: number, pack = PACK): GridPlan {
  const off = (w: number, h: number) => Math.abs(Math.log(w / h / aspect));
  const sides = width > 0 || height > 0 ? (['right', 'below'] as const) : (['right'] as const);
  let best: GridPlan & { score: number } = { side: 'right', columns: count, rows: 1, score: Infinity };
  for (const side of sides) {
    for (let columns = 1; columns <= count; columns++) {
      const rows = Math.ceil(count / columns);
      // A column count that leaves as many rows as one fewer column is only a more ragged version of it.
      if (columns > 1 && Math.ceil(count / (columns - 1)) === rows) continue;
      const [gridW, gridH] = [columns * pack.cellWidth, rows * pack.cellHeight];
      const gap = width > 0 ? pack.gap : 0;
      const [w, h] = side === 'right' ? [width + gap + gridW, Math.max(height, gridH)] : [Math.max(width, gridW), height + pack.gap + gridH];
      const score = off(gridW, gridH) + off(w, h) / 2 + (0.1 * (columns * rows - count)) / count + (side === 'below' ? BELOW_COST : 0);
      if (score < best.score - 1e-9) best = { side, columns, rows, score };
    }
  }
  return { side: best.side, columns: best.columns, rows: best.rows };
}

/**
 * A force layout spreads the connected pieces of a graph and its isolated entities anywhere, mostly far apart.
 * This keeps each connected piece's own arrangement and moves the pieces, biggest first, onto shelves whose
 * picture is about the viewport's shape (`aspect`, width / height); isolated entities go in a tidy grid (in the
 * given order) beside them, shaped so the whole stays close to that aspect (planIsolatedGrid). Pure: new positions by id.
 */
export function packComponents(nodes: PackNode[], edges: [string, string][], aspect = 1.6, pack = PACK): Map<string, Point> {
  const positions = new Map<string, Point>();
  const all = componentsOf(nodes, edges);
  const pieces = all.filter((c) => c.length > 1).map((c) => ({ nodes: c, box: boxAround(c) }));
  const order = new Map(nodes.map((n, i) => [n.id, i]));
  const isolated = all.filter((c) => c.length === 1).map((c) => c[0]!);
  isolated.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  pieces.sort((a, b) => b.nodes.length - a.nodes.length || (b.box.x2 - b.box.x1) * (b.box.y2 - b.box.y1) - (a.box.x2 - a.box.x1) * (a.box.y2 - a.box.y1));
  const area = pieces.reduce((s, p) => s + (p.box.x2 - p.box.x1 + pack.gap) * (p.box.y2 - p.box.y1 + pack.gap), 0);
  const shelfWidth = Math.max(Math.sqrt(area * aspect), ...pieces.map((p) => p.box.x2 - p.box.x1));
  let [x, y, shelfHeight, right, bottom] = [0, 0, 0, 0, 0];
  for (const { nodes: members, box } of pieces) {
    const [w, h] = [box.x2 - box.x1, box.y2 - box.y1];
    if (x > 0 && x + w > shelfWidth) [x, y, shelfHeight] = [0, y + shelfHeight + pack.gap, 0];
    for (const n of members) positions.set(n.id, { x: n.x - box.x1 + x, y: n.y - box.y1 + y });
    [right, bottom] = [Math.max(right, x + w), Math.max(bottom, y + h)];
    x += w + pack.gap;
    shelfHeight = Math.max(shelfHeight, h);
  }
  if (isolated.length > 0) {
    const plan = planIsolatedGrid(isolated.length, right, bottom, aspect, pack);
    const [gridW, gridH] = [plan.columns * pack.cellWidth, plan.rows * pack.cellHeight];
    // Cell centres; the grid is centred along the side it shares with the pieces.
    const [left, top] =
      pieces.length === 0
        ? [0, 0]
        : plan.side === 'right'
          ? [right + pack.gap + pack.cellWidth / 2, Math.max(0, (bottom - gridH) / 2) + pack.cellHeight / 2]
          : [Math.max(0, (right - gridW) / 2) + pack.cellWidth / 2, bottom + pack.gap + pack.cellHeight / 2];
    isolated.forEach((n, i) => positions.set(n.id, { x: left + (i % plan.columns) * pack.cellWidth, y: top + Math.floor(i / plan.columns) * pack.cellHeight }));
  }
  return positions;
}
