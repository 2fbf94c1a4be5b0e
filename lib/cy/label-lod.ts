/** A node's label box in model coordinates and how much its label matters (focus and pins first, then degree). */
/** Screen pixels kept between two labels, whatever the zoom (Cytoscape's labels and the overlay's alike). */
export const LABEL_GAP_PX = 3;

export type LabelBox = { id: string; importance: number; x1: number; y1: number; x2: number; y2: number };

const overlaps = (a: LabelBox, b: LabelBox) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/**
 * Which labels to show so that none overlaps another: most important first, each kept only if its box is clear of
 * every box kept before it. A grid of cells (about one label wide) keeps it near-linear on thousands of nodes.
 * Ties break by id so the same view always shows the same labels. Returns the ids to show.
 */
export function labelsToShow(boxes: LabelBox[], cell = 150): Set<string> {
  const sorted = [...boxes].sort((a, b) => b.importance - a.importance || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const grid = new Map<string, LabelBox[]>();
  const shown = new Set<string>();
  const cellsOf = (b: LabelBox) => {
    const keys: string[] = [];
    for (let cx = Math.floor(b.x1 / cell); cx <= Math.floor(b.x2 / cell); cx++)
      for (let cy = Math.floor(b.y1 / cell); cy <= Math.floor(b.y2 / cell); cy++) keys.push(`${cx},${cy}`);
    return keys;
  };
  for (const box of sorted) {
    if (!(box.x2 > box.x1 && box.y2 > box.y1)) continue;
    const keys = cellsOf(box);
    if (keys.some((k) => grid.get(k)?.some((other) => overlaps(box, other)))) continue;
    shown.add(box.id);
    for (const k of keys) grid.set(k, [...(grid.get(k) ?? []), box]);
  }
  return shown;
}

/** Pairs of boxes that overlap: what the bench and the browser specs count among the labels on screen (target 0). */
export function countOverlaps(boxes: LabelBox[]): number {
  let count = 0;
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) if (overlaps(boxes[i]!, boxes[j]!)) count++;
  return count;
}
