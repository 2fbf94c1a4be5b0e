import { describe, expect, it } from 'vitest';
import { isInside, panToCentre, uncoveredArea } from './reveal';

describe('uncoveredArea', () => {
  it('is the whole canvas when nothing covers it, or a cover lies outside', () => {
    expect(uncoveredArea(390, 600, [])).toEqual({ x1: 0, y1: 0, x2: 390, y2: 600 });
    expect(uncoveredArea(390, 600, [{ x1: 0, y1: 700, x2: 390, y2: 900 }])).toEqual({ x1: 0, y1: 0, x2: 390, y2: 600 });
  });

  it('a drawer across the bottom leaves the band above it', () => {
    expect(uncoveredArea(390, 640, [{ x1: 0, y1: 250, x2: 390, y2: 900 }])).toEqual({ x1: 0, y1: 0, x2: 390, y2: 250 });
  });

  it('a bar across the top leaves the band below it; a narrow side panel cuts a side', () => {
    expect(uncoveredArea(800, 600, [{ x1: -10, y1: -5, x2: 900, y2: 40 }])).toEqual({ x1: 0, y1: 40, x2: 800, y2: 600 });
    expect(uncoveredArea(800, 600, [{ x1: 0, y1: 0, x2: 200, y2: 600 }])).toEqual({ x1: 200, y1: 0, x2: 800, y2: 600 });
  });
});

describe('isInside and panToCentre', () => {
  it('moves a point under the drawer to the middle of the visible band', () => {
    const area = { x1: 0, y1: 0, x2: 390, y2: 250 };
    const zoom = 2;
    const pan = { x: 100, y: 300 };
    const model = { x: 20, y: 40 };
    const rendered = { x: model.x * zoom + pan.x, y: model.y * zoom + pan.y };
    expect(isInside(rendered, area, 30)).toBe(false);
    const next = panToCentre(model, zoom, area);
    expect({ x: model.x * zoom + next.x, y: model.y * zoom + next.y }).toEqual({ x: 195, y: 125 });
    expect(isInside({ x: 195, y: 125 }, area, 30)).toBe(true);
    expect(isInside({ x: 195, y: 240 }, area, 30)).toBe(false);
  });
});
