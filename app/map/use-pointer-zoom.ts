import { useEffect, useRef, type Dispatch, type RefObject } from 'react';
import { viewBoxOf, type MapView, type MapViewAction } from '@/lib/geo/map-view';

const WHEEL_ZOOM = 1.2;
/** Pixels the pointer must move before a press becomes a drag (and stops being a click). */
const DRAG_THRESHOLD = 4;

/**
 * Wheel zoom about the pointer and drag to pan. The wheel listener is registered by hand because React's is
 * passive, and the page must not scroll while the map zooms. Returns whether the last press was a drag.
 */
export function usePointerZoom(svgRef: RefObject<SVGSVGElement | null>, view: MapView, dispatch: Dispatch<MapViewAction>) {
  const viewRef = useRef(view);
  const dragged = useRef(false);
  useEffect(() => {
    viewRef.current = view;
  }, [view]);
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    // Map units per screen pixel, and the map point under a pointer event.
    const scale = () => viewBoxOf(viewRef.current)[2] / svg.getBoundingClientRect().width;
    const toMap = (e: MouseEvent) => {
      const rect = svg.getBoundingClientRect();
      const [x, y] = viewBoxOf(viewRef.current);
      return { x: x + (e.clientX - rect.left) * scale(), y: y + (e.clientY - rect.top) * scale() };
    };
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      dispatch({ type: 'zoom', factor: e.deltaY < 0 ? WHEEL_ZOOM : 1 / WHEEL_ZOOM, at: toMap(e) });
    };
    let start: { x: number; y: number; lastX: number; lastY: number } | null = null;
    const onDown = (e: PointerEvent) => {
      if (e.button !== 0) return;
      start = { x: e.clientX, y: e.clientY, lastX: e.clientX, lastY: e.clientY };
      dragged.current = false;
    };
    const onMove = (e: PointerEvent) => {
      if (!start) return;
      if (!dragged.current && Math.hypot(e.clientX - start.x, e.clientY - start.y) < DRAG_THRESHOLD) return;
      dragged.current = true;
      dispatch({ type: 'pan', dx: -(e.clientX - start.lastX) * scale(), dy: -(e.clientY - start.lastY) * scale() });
      start = { ...start, lastX: e.clientX, lastY: e.clientY };
    };
    const onUp = () => {
      start = null;
      // The click that ends a drag fires right after pointerup; later clicks (Enter on a pin) are clicks again.
      setTimeout(() => (dragged.current = false), 0);
    };
    svg.addEventListener('wheel', onWheel, { passive: false });
    svg.addEventListener('pointerdown', onDown);
    window.addEventListener('pointermove', onMove);
    window.addEventListener('pointerup', onUp);
    return () => {
      svg.removeEventListener('wheel', onWheel);
      svg.removeEventListener('pointerdown', onDown);
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerup', onUp);
    };
  }, [svgRef, dispatch]);
  return dragged;
}
