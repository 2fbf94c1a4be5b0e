'use client';

import { useEffect, useRef, type RefObject } from 'react';
import type { Core } from 'cytoscape';
import { isInside, panToCentre } from '@/lib/cy/reveal';
import type { MemoryRef } from './memory';
import { visibleArea } from './visible-area';

export type SelectionProps = { visible: { nodes: Set<string> }; focus: string | null; edge: string | null };

/**
 * The focused entity (or chosen relation) is selected, alone unless it is part of a multi-selection. The view moves to a newly focused entity (once,
 * when it is in view: picking it from search may add it later), and to the focus whenever it is off screen.
 * "In view" means in the part of the canvas no panel covers: on a phone, above the details drawer.
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
    const zoom = cy.zoom();
    const pan = cy.pan();
    const area = visibleArea(cy);
    const offScreen = !isInside({ x: x * zoom + pan.x, y: y * zoom + pan.y }, area);
    if (centred.current === target.id() && !offScreen) return;
    centred.current = target.id();
    cy.animate({ pan: panToCentre({ x, y }, zoom, area) }, { duration: 300 });
  }, [cyRef, memoryRef, p.focus, p.edge, p.visible]);
}
