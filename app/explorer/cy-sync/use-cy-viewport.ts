'use client';

import { useEffect, type RefObject } from 'react';
import type { Core } from 'cytoscape';
import { isInside, panToCentre } from '@/lib/cy/reveal';
import type { MemoryRef } from './memory';
import { COVER_SELECTORS, visibleArea } from './visible-area';

export type ViewportProps = { visible: { nodes: Set<string> }; focus: string | null };

/** Rendered pixels the focused entity keeps from the edge of the visible part, so its label shows too. */
const REVEAL_MARGIN = 24;

/** New nodes glide from their parent to their place; the view zooms out (never moves anything) when they land off screen. */
export function useCyViewport(cyRef: RefObject<Core | null>, memoryRef: MemoryRef, p: ViewportProps) {
  useCyRevealFocus(cyRef, p.focus);
  useEffect(() => {
    const cy = cyRef.current;
    const memory = memoryRef.current;
    if (!cy || memory.placed.size === 0) return;
    const placed = memory.placed;
    memory.placed = new Map();
    memory.lastPlaced = placed;
    for (const [id, { end }] of placed) cy.getElementById(id).animate({ position: end }, { duration: 350, easing: 'ease-out' });
    const extent = cy.extent();
    const offScreen = [...placed.values()].some(({ end }) => end.x < extent.x1 || end.x > extent.x2 || end.y < extent.y1 || end.y > extent.y2);
    if (offScreen) setTimeout(() => !cy.destroyed() && cy.animate({ fit: { eles: cy.elements(), padding: 40 } }, { duration: 300 }), 380);
  }, [cyRef, memoryRef, p.visible]);
}

/**
 * On a phone the details drawer opens over the bottom of the graph as the focus changes, and grows as the entity's
 * details arrive. Whenever a panel over the canvas changes size, a focused entity it now hides is moved into the
 * middle of the part still visible (above the drawer). Zoom is kept; nothing but the view moves.
 */
export function useCyRevealFocus(cyRef: RefObject<Core | null>, focus: string | null) {
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !focus || typeof ResizeObserver === 'undefined') return;
    const reveal = () => {
      const node = cy.getElementById(focus);
      if (cy.destroyed() || node.empty() || !node.isNode()) return;
      const area = visibleArea(cy);
      if (area.y2 - area.y1 < 2 * REVEAL_MARGIN || isInside(node.renderedPosition(), area, REVEAL_MARGIN)) return;
      cy.animate({ pan: panToCentre(node.position(), cy.zoom(), area) }, { duration: 250 });
    };
    const observer = new ResizeObserver(reveal);
    for (const el of COVER_SELECTORS.flatMap((s) => [...document.querySelectorAll(s)])) observer.observe(el);
    return () => observer.disconnect();
  }, [cyRef, focus]);
}
