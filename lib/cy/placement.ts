export type Point = { x: number; y: number };

/**
 * Where new neighbours go: on an arc around their parent, facing away from the rest of the graph so they land in
 * free space; more rings when there are many. Pure, so expansions are predictable and testable.
 */
export function placeAround(parent: Point, count: number, awayFrom: Point | null, spacing = 60, isFree: (p: Point) => boolean = () => true): Point[] {
  if (count <= 0) return [];
  const dx = parent.x - (awayFrom?.x ?? parent.x);
  const dy = parent.y - (awayFrom?.y ?? parent.y);
  const hasDirection = Math.hypot(dx, dy) > 1;
  const facing = hasDirection ? Math.atan2(dy, dx) : -Math.PI / 2;
  const arc = hasDirection ? Math.PI * 1.2 : Math.PI * 2;
  const points: Point[] = [];
  let ring = 0;
  // Spots taken by existing nodes are skipped; after a dozen rings we accept whatever is left.
  while (points.length < count) {
    const strict = ring < 12;
    const radius = 130 + ring * spacing * 1.4;
    const capacity = Math.max(6, Math.floor((arc * radius) / spacing));
    const inRing = strict ? capacity : Math.min(capacity, count - points.length);
    for (let i = 0; i < inRing && points.length < count; i++) {
      const t = arc === Math.PI * 2 ? i / inRing : inRing === 1 ? 0.5 : i / (inRing - 1);
      const angle = facing - arc / 2 + t * arc;
      const point = { x: parent.x + radius * Math.cos(angle), y: parent.y + radius * Math.sin(angle) };
      if (!strict || isFree(point)) points.push(point);
    }
    ring++;
  }
  return points;
}

export function centroid(points: Point[]): Point | null {
  if (points.length === 0) return null;
  const sum = points.reduce((acc, p) => ({ x: acc.x + p.x, y: acc.y + p.y }), { x: 0, y: 0 });
  return { x: sum.x / points.length, y: sum.y / points.length };
}
