/** Pure pieces of keyboard navigation on the graph canvas: which node an arrow key leads to, and what to announce. */

export type Direction = 'up' | 'down' | 'left' | 'right';
export type Point = { x: number; y: number };
export type Candidate = Point & { id: string };

const ARROWS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

/** The direction an arrow key stands for, or null for any other key. */
export function directionOfKey(key: string): Direction | null {
  return ARROWS[key] ?? null;
}

/**
 * Splits the offset from `from` to `to` into the distance along the direction (positive means "ahead") and the
 * distance across it. Screen coordinates: y grows downwards, so "up" is negative y.
 */
function along(from: Point, to: Point, direction: Direction): { ahead: number; across: number } {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  switch (direction) {
    case 'right':
      return { ahead: dx, across: Math.abs(dy) };
    case 'left':
      return { ahead: -dx, across: Math.abs(dy) };
    case 'down':
      return { ahead: dy, across: Math.abs(dx) };
    case 'up':
      return { ahead: -dy, across: Math.abs(dx) };
  }
}

/**
 * The candidate an arrow key should move to: the nearest one inside the 90° cone around the direction; if the cone
 * is empty, the best one in that half of the plane, where sideways distance counts double (so "right" prefers a
 * node slightly right over one far below). Null when nothing lies in that direction. `from` itself is skipped.
 */
export function nearestInDirection(from: Candidate, candidates: Candidate[], direction: Direction): string | null {
  let best: { id: string; inCone: boolean; score: number } | null = null;
  for (const c of candidates) {
    if (c.id === from.id) continue;
    const { ahead, across } = along(from, c, direction);
    if (ahead <= 0) continue;
    const inCone = across <= ahead;
    const score = inCone ? Math.hypot(ahead, across) : ahead + 2 * across;
    const better = !best || (inCone && !best.inCone) || (inCone === best.inCone && (score < best.score || (score === best.score && c.id < best.id)));
    if (better) best = { id: c.id, inCone, score };
  }
  return best?.id ?? null;
}

/** Where keyboard navigation starts: the candidate nearest to a point (the centre of the viewport). */
export function nearestTo(point: Point, candidates: Candidate[]): string | null {
  let best: { id: string; distance: number } | null = null;
  for (const c of candidates) {
    const distance = Math.hypot(c.x - point.x, c.y - point.y);
    if (!best || distance < best.distance) best = { id: c.id, distance };
  }
  return best?.id ?? null;
}

/** What a screen reader hears for the focused entity: "Ban Ki-moon, Person, 5 relations". */
export function describeEntity(name: string, typeLabel: string, relations: number): string {
  return `${name}, ${typeLabel}, ${relations} relation${relations === 1 ? '' : 's'}`;
}

export const KEYBOARD_HINT =
  'Arrow keys move between entities, Enter opens details, E or Shift+Enter expands, the menu key or Shift+F10 opens its actions, Escape clears, Tab leaves the graph.';

/** The canvas's accessible name: what is drawn, then how to move through it. */
export function canvasLabel(entities: number, relations: number): string {
  return `Graph: ${entities} entit${entities === 1 ? 'y' : 'ies'}, ${relations} relation${relations === 1 ? '' : 's'}. ${KEYBOARD_HINT}`;
}
