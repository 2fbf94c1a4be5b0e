'use client';

import { useEffect, type RefObject } from 'react';
import type { Core } from 'cytoscape';
import type { MemoryRef } from './memory';

export type ViewportProps = { visible: { nodes: Set<string> } };

/** New nodes glide from their parent to their place; the view zooms out (never moves anything) when they land off screen. */
export function useCyViewport(cyRef: RefObject<Core | null>, memoryRef: MemoryRef, p: ViewportProps) {
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
