import type { Point } from './placement';

export type PackNode = { id: string; x: number; y: number; w: number; h: number };

/** Room around packed pieces; an isolated entity's cell fits its widest wrapped label (140 px) and two lines under it. */
export const PACK = { gap: 80, cellWidth: 170, cellHeight: 90 };

type Box = { x1: number; y1: number; x2: number; y2: number };

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
  for (const n of nodes) groups.set(find(n.id), [...(groups.get(find(n.id)) ?? []), n]);
  return [...groups.values()];
}

function boxOf(nodes: PackNode[]): Box {
  return nodes.reduce((b, n) => ({ x1: Math.min(b.x1, n.x - n.w / 2), y1: Math.min(b.y1, n.y - n.h / 2), x2: Math.max(b.x2, n.x + n.w / 2), y2: Math.max(b.y2, n.y + n.h / 2) }), {
    x1: Infinity,
    y1: Infinity,
    x2: -Infinity,
    y2: -Infinity,
  });
}

/**
 * A force layout spreads the connected pieces of a graph and its isolated entities anywhere, mostly far apart.
 * This keeps each connected piece's own arrangement and moves the pieces, biggest first, onto shelves about as
 * wide as they are tall; isolated entities go in a tidy grid (in the given order) beside them. Pure: new positions by id.
 */
export function packComponents(nodes: PackNode[], edges: [string, string][], pack = PACK): Map<string, Point> {
  const positions = new Map<string, Point>();
  const all = componentsOf(nodes, edges);
  const pieces = all.filter((c) => c.length > 1).map((c) => ({ nodes: c, box: boxOf(c) }));
  const order = new Map(nodes.map((n, i) => [n.id, i]));
  const isolated = all.filter((c) => c.length === 1).map((c) => c[0]!);
  isolated.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  pieces.sort((a, b) => b.nodes.length - a.nodes.length || (b.box.x2 - b.box.x1) * (b.box.y2 - b.box.y1) - (a.box.x2 - a.box.x1) * (a.box.y2 - a.box.y1));
  const area = pieces.reduce((s, p) => s + (p.box.x2 - p.box.x1 + pack.gap) * (p.box.y2 - p.box.y1 + pack.gap), 0);
  const shelfWidth = Math.max(Math.sqrt(area), ...pieces.map((p) => p.box.x2 - p.box.x1));
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
    // As tall as the pieces beside it (or square when there are none), filled row by row.
    const rows = pieces.length > 0 ? Math.max(1, Math.floor(bottom / pack.cellHeight) + 1) : Math.ceil(Math.sqrt((isolated.length * pack.cellWidth) / pack.cellHeight));
    const columns = Math.ceil(isolated.length / rows);
    const left = pieces.length > 0 ? right + pack.gap + pack.cellWidth / 2 : 0;
    isolated.forEach((n, i) => positions.set(n.id, { x: left + (i % columns) * pack.cellWidth, y: Math.floor(i / columns) * pack.cellHeight }));
  }
  return positions;
}
