import { MAP_HEIGHT, MAP_WIDTH } from './projection';

/** What part of the map is shown: zoom factor k (1 = whole world) and the centre, in map units. */
export type MapView = { k: number; cx: number; cy: number };
export type MapViewAction =
  | { type: 'zoom'; factor: number; at?: { x: number; y: number } }
  | { type: 'pan'; dx: number; dy: number }
  | { type: 'show'; x: number; y: number; k?: number }
  | { type: 'reset' };

export const WORLD_VIEW: MapView = { k: 1, cx: MAP_WIDTH / 2, cy: MAP_HEIGHT / 2 };
/** Zooming in further than this shows one city's surroundings on a 1:110m basemap: nothing more to see. */
export const MAX_ZOOM = 16;
/** How far a focused place is zoomed in when the map opens on it. */
export const FOCUS_ZOOM = 4;

/** Keeps the zoom within bounds and the visible window within the map. */
function clamp(view: MapView): MapView {
  const k = Math.min(MAX_ZOOM, Math.max(1, view.k));
  const [halfW, halfH] = [MAP_WIDTH / 2 / k, MAP_HEIGHT / 2 / k];
  return { k, cx: Math.min(MAP_WIDTH - halfW, Math.max(halfW, view.cx)), cy: Math.min(MAP_HEIGHT - halfH, Math.max(halfH, view.cy)) };
}

/** Pure, for useReducer: zooming about a point keeps that point under the pointer. */
export function reduceMapView(view: MapView, action: MapViewAction): MapView {
  switch (action.type) {
    case 'zoom': {
      const at = action.at ?? { x: view.cx, y: view.cy };
      const k = Math.min(MAX_ZOOM, Math.max(1, view.k * action.factor));
      const f = k / view.k;
      return clamp({ k, cx: at.x + (view.cx - at.x) / f, cy: at.y + (view.cy - at.y) / f });
    }
    case 'pan':
      return clamp({ ...view, cx: view.cx + action.dx, cy: view.cy + action.dy });
    case 'show':
      return clamp({ k: action.k ?? view.k, cx: action.x, cy: action.y });
    case 'reset':
      return WORLD_VIEW;
  }
}

/** The SVG viewBox of a view: x, y, width, height in map units. */
export function viewBoxOf(view: MapView): [number, number, number, number] {
  const [w, h] = [MAP_WIDTH / view.k, MAP_HEIGHT / view.k];
  return [view.cx - w / 2, view.cy - h / 2, w, h];
}

/** Whether a point (map units) is inside the visible window. */
export function isVisible(view: MapView, x: number, y: number): boolean {
  const [left, top, w, h] = viewBoxOf(view);
  return x >= left && x <= left + w && y >= top && y <= top + h;
}
