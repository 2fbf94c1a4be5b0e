import { describe, expect, it } from 'vitest';
import { boxAround, fitViewport } from './fit';

describe('fitViewport', () => {
  it('centres the box and zooms to the tighter side, as cy.fit does', () => {
    // 1000 × 500 model box in an 840 × 840 canvas with 20 px padding: width limits, zoom 0.8.
    const { zoom, pan } = fitViewport({ x1: 0, y1: 0, x2: 1000, y2: 500 }, 840, 840, 20);
    expect(zoom).toBeCloseTo(0.8);
    // The box's centre (500, 250) lands on the canvas centre (420, 420).
    expect(500 * zoom + pan.x).toBeCloseTo(420);
    expect(250 * zoom + pan.y).toBeCloseTo(420);
  });
  it('keeps the zoom within the bounds and survives a point-sized or empty box', () => {
    expect(fitViewport({ x1: 5, y1: 5, x2: 5, y2: 5 }, 800, 600, 40, 0.1, 4).zoom).toBe(4);
    expect(fitViewport({ x1: 0, y1: 0, x2: 1e9, y2: 1e9 }, 800, 600, 40, 0.1, 4).zoom).toBe(0.1);
    expect(fitViewport({ x1: 0, y1: 0, x2: 100, y2: 100 }, 50, 50, 40, 0.1, 4).zoom).toBe(0.1);
  });
});

describe('boxAround', () => {
  it('spans centred rectangles', () => {
    expect(
      boxAround([
        { x: 0, y: 0, w: 10, h: 20 },
        { x: 100, y: 50, w: 30, h: 10 },
      ]),
    ).toEqual({ x1: -5, y1: -10, x2: 115, y2: 55 });
    expect(boxAround([])).toEqual({ x1: 0, y1: 0, x2: 0, y2: 0 });
  });
});
