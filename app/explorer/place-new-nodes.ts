import type { Core, Position } from 'cytoscape';
import { centroid, placeAround } from '@/lib/cy/placement';

type Placement = { start: Position; end: Position };

/** Clearance around an existing node (model px) and the spacing of new nodes on their arcs. */
const FREE = { x: 80, y: 55, spacing: 80 };

/**
 * Where nodes entering the view go: back to where they were if they were shown before, otherwise on an arc around
 * the entity they grew from (starting on it, then animated out); entities with no parent in view go to the middle.
 */
export function placeNewNodes(cy: Core, ids: string[], anchors: Map<string, string>, remembered: Map<string, Position>): Map<string, Placement> {
  const placed = new Map<string, Placement>();
  const fresh = ids.filter((id) => !remembered.has(id));
  const extent = cy.extent();
  const middle = { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 };
  const graphCentre = cy.nodes().nonempty() ? centroid(cy.nodes().map((n) => n.position())) : null;
  const positionOf = (id: string): Position | null => {
    const node = cy.getElementById(id);
    return placed.get(id)?.end ?? (node.nonempty() ? node.position() : (remembered.get(id) ?? null));
  };
  // Parents first: an entity with no anchor in view (e.g. picked in search) is placed in the middle of the screen.
  const orphans = fresh.filter((id) => !anchors.has(id) || !fresh.concat(cy.nodes().map((n) => n.id())).includes(anchors.get(id)!));
  placeAround(middle, orphans.length, null, 70).forEach((end, i) => {
    const at = orphans.length === 1 ? middle : end;
    placed.set(orphans[i]!, { start: middle, end: at });
  });
  const byAnchor = new Map<string, string[]>();
  for (const id of fresh) {
    if (placed.has(id)) continue;
    const anchor = anchors.get(id)!;
    byAnchor.set(anchor, [...(byAnchor.get(anchor) ?? []), id]);
  }
  const taken = cy.nodes().map((n) => ({ ...n.position() }));
  // A spot is free when no node (nor its label, up to 140 px wide under it) is within a label's reach.
  const isFree = (p: Position) => taken.every((t) => Math.abs(t.x - p.x) > FREE.x || Math.abs(t.y - p.y) > FREE.y);
  for (const [anchor, children] of byAnchor) {
    const parent = positionOf(anchor) ?? middle;
    const points = placeAround(parent, children.length, graphCentre, FREE.spacing, isFree);
    taken.push(...points);
    points.forEach((end, i) => placed.set(children[i]!, { start: { ...parent }, end }));
  }
  return placed;
}
