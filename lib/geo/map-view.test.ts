import { describe, expect, it } from 'vitest';
import { isVisible, MAX_ZOOM, reduceMapView, viewBoxOf, WORLD_VIEW } from './map-view';
import { MAP_HEIGHT, MAP_WIDTH } from './projection';

describe('the map view', () => {
  it('shows the whole world at first', () => {
    expect(viewBoxOf(WORLD_VIEW)).toEqual([0, 0, MAP_WIDTH, MAP_HEIGHT]);
  });

  it('zooms about a point, keeping that point where it was on screen', () => {
    const at = { x: 700, y: 100 };
    const view = reduceMapView(WORLD_VIEW, { type: 'zoom', factor: 2, at });
    const [x, y, w, h] = viewBoxOf(view);
    // The point's share of the width and height is the same before and after.
    expect((at.x - x) / w).toBeCloseTo(at.x / MAP_WIDTH);
    expect((at.y - y) / h).toBeCloseTo(at.y / MAP_HEIGHT);
  });

  it('never zooms out past the world nor in past MAX_ZOOM, and never pans off the map', () => {
    expect(reduceMapView(WORLD_VIEW, { type: 'zoom', factor: 0.5 })).toEqual(WORLD_VIEW);
    expect(reduceMapView(WORLD_VIEW, { type: 'zoom', factor: 1000 }).k).toBe(MAX_ZOOM);
    expect(reduceMapView(WORLD_VIEW, { type: 'pan', dx: 500, dy: 0 })).toEqual(WORLD_VIEW);
    const zoomed = reduceMapView(WORLD_VIEW, { type: 'zoom', factor: 4 });
    const [x] = viewBoxOf(reduceMapView(zoomed, { type: 'pan', dx: -10_000, dy: 0 }));
    expect(x).toBe(0);
  });

  it('brings a place into view, and tells what is visible', () => {
    const view = reduceMapView(WORLD_VIEW, { type: 'show', x: 650, y: 90, k: 4 });
    expect(isVisible(view, 650, 90)).toBe(true);
    expect(isVisible(view, 100, 400)).toBe(false);
    expect(reduceMapView(view, { type: 'reset' })).toEqual(WORLD_VIEW);
  });
});
