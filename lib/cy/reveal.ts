/** A rectangle in the canvas's rendered pixels (0, 0 is its top left corner). */
export type Area = { x1: number; y1: number; x2: number; y2: number };

/**
 * The part of a canvas of `width` × `height` that panels laid over it leave visible, each cover given in the
 * canvas's pixels. A cover across most of the width (a phone's details drawer) cuts its band off the top or the
 * bottom, whichever side it sits on; a narrower one cuts a side off. Of what is left, the biggest part is kept.
 * Pure.
 */
export function uncoveredArea(width: number, height: number, covers: Area[]): Area {
  let area: Area = { x1: 0, y1: 0, x2: width, y2: height };
  for (const c of covers) {
    const overlapW = Math.min(area.x2, c.x2) - Math.max(area.x1, c.x1);
    const overlapH = Math.min(area.y2, c.y2) - Math.max(area.y1, c.y1);
    if (overlapW <= 0 || overlapH <= 0) continue;
    const options: Area[] =
      overlapW >= (area.x2 - area.x1) / 2
        ? [
            { ...area, y2: Math.min(area.y2, c.y1) },
            { ...area, y1: Math.max(area.y1, c.y2) },
          ]
        : [
            { ...area, x2: Math.min(area.x2, c.x1) },
            { ...area, x1: Math.max(area.x1, c.x2) },
          ];
    area = options.reduce((a, b) => (size(b) > size(a) ? b : a));
  }
  return area;
}

const size = (a: Area) => Math.max(0, a.x2 - a.x1) * Math.max(0, a.y2 - a.y1);

/** True when `point` (rendered pixels) lies inside `area` with `margin` to spare on every side. */
export function isInside(point: { x: number; y: number }, area: Area, margin = 0): boolean {
  return point.x >= area.x1 + margin && point.x <= area.x2 - margin && point.y >= area.y1 + margin && point.y <= area.y2 - margin;
}

/**
 * The pan (Cytoscape's, in rendered pixels) that puts the model point `at` in the middle of `area` at `zoom`:
 * rendered = model × zoom + pan.
 */
export function panToCentre(at: { x: number; y: number }, zoom: number, area: Area): { x: number; y: number } {
  return { x: (area.x1 + area.x2) / 2 - at.x * zoom, y: (area.y1 + area.y2) / 2 - at.y * zoom };
}
