/** A pin as the labeller sees it, in map units. */
export type LabelledPin = { id: string; name: string; x: number; y: number; r: number };
/** A label's anchor (its left end, on the pin's right) in map units. */
export type PinLabel = { id: string; name: string; x: number; y: number };

/** Labels drawn at most: past this the map is a wall of text, and the table below the map lists every place. */
export const MAX_LABELS = 25;
/** Screen pixels per character at the labels' font size (0.72rem), a little generous so estimates never overlap. */
const CHAR_WIDTH = 7;
const LABEL_HEIGHT = 13;
const GAP = 3;

type Box = { left: number; top: number; right: number; bottom: number };
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Which pins get a name beside them at zoom `k`: the most mentioned first (pins come sorted so), each only if its
 * label would overlap no label already placed and no other pin. Sizes are in screen pixels divided by the zoom, so
 * zooming in makes room and more names appear. Pure and greedy: a few thousand pins cost well under a frame.
 */
export function choosePinLabels(pins: LabelledPin[], k: number, max = MAX_LABELS): PinLabel[] {
  const placed: Box[] = [];
  const pinBoxes = pins.map((p) => ({ id: p.id, box: { left: p.x - p.r / k, top: p.y - p.r / k, right: p.x + p.r / k, bottom: p.y + p.r / k } }));
  const labels: PinLabel[] = [];
  for (const pin of pins) {
    if (labels.length >= max) break;
    const x = pin.x + (pin.r + GAP) / k;
    const half = LABEL_HEIGHT / 2 / k;
    const box = { left: x, top: pin.y - half, right: x + (pin.name.length * CHAR_WIDTH) / k, bottom: pin.y + half };
    if (placed.some((b) => overlaps(b, box))) continue;
    if (pinBoxes.some((p) => p.id !== pin.id && overlaps(p.box, box))) continue;
    placed.push(box);
    labels.push({ id: pin.id, name: pin.name, x, y: pin.y });
  }
  return labels;
}
