'use client';

import { useEffect, type RefObject } from 'react';
import type { Core } from 'cytoscape';

export type SelectionProps = { visible: { nodes: Set<string> }; focus: string | null; edge: string | null };

/** The focused entity (or chosen relation) is the selected element, brought on screen when it is off it. */
export function useCySelection(cyRef: RefObject<Core | null>, p: SelectionProps) {
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.elements(':selected').unselect();
    const target = cy.getElementById(p.edge ?? p.focus ?? '');
    if (target.empty()) return;
    target.select();
    if (target.isNode()) {
      const extent = cy.extent();
      const { x, y } = target.position();
      if (x < extent.x1 || x > extent.x2 || y < extent.y1 || y > extent.y2) cy.animate({ center: { eles: target } }, { duration: 300 });
    }
  }, [cyRef, p.focus, p.edge, p.visible]);
}
