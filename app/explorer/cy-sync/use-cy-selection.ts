'use client';

import { useEffect, useRef, type RefObject } from 'react';
import type { Core } from 'cytoscape';
import type { MemoryRef } from './memory';

export type SelectionProps = { visible: { nodes: Set<string> }; focus: string | null; edge: string | null };

/**
 * The focused entity (or chosen relation) is selected, alone unless it is part of a multi-selection. The view moves to a newly focused entity (once,
 * when it is in view: picking it from search may add it later), and to the focus whenever it is off screen.
 */
export function useCySelection(cyRef: RefObject<Core | null>, memoryRef: MemoryRef, p: SelectionProps) {
  const centred = useRef<string | null>(null);
  const selectedFor = useRef<string | null>(null);
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const target = cy.getElementById(p.edge ?? p.focus ?? '');
    // A new focus replaces the selection, unless it is part of a multi-selection (a box, Shift+click); the view
    // changing around the same focus (an expansion, a hide) leaves the selection alone.
    const key = `${p.edge}|${p.focus}`;
    if (selectedFor.current !== key) {
      selectedFor.current = key;
      if (target.empty() || !target.selected() || !target.isNode()) cy.elements(':selected').unselect();
    }
    if (target.empty()) return;
    target.select();
    if (!target.isNode()) return;
    // A node entering the view glides from its parent: aim at where it is going.
    const { x, y } = memoryRef.current.lastPlaced.get(target.id())?.end ?? target.position();
    const extent = cy.extent();
    const offScreen = x < extent.x1 || x > extent.x2 || y < extent.y1 || y > extent.y2;
    if (centred.current === target.id() && !offScreen) return;
    centred.current = target.id();
    const zoom = cy.zoom();
    cy.animate({ pan: { x: cy.width() / 2 - x * zoom, y: cy.height() / 2 - y * zoom } }, { duration: 300 });
  }, [cyRef, memoryRef, p.focus, p.edge, p.visible]);
}
