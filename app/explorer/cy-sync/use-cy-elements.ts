'use client';

import { useEffect, type RefObject } from 'react';
import type { Core, ElementDefinition } from 'cytoscape';
import type { ElementStore } from '@/lib/cy/element-store';
import type { Positions } from '@/lib/cy/view-state';
import { placeNewNodes } from '../place-new-nodes';
import { afterNextDraw, type MemoryRef } from './memory';

export type ElementsProps = { store: ElementStore; visible: { nodes: Set<string>; edges: Set<string> }; anchors: Map<string, string>; positions: Positions };

/** Adds what became visible and removes what did not, in one batch; new nodes start next to the entity they grew from. */
export function useCyElements(cyRef: RefObject<Core | null>, memoryRef: MemoryRef, p: ElementsProps) {
  useEffect(() => {
    const cy = cyRef.current;
    const memory = memoryRef.current;
    if (!cy) return;
    const first = cy.nodes().empty();
    const gone = cy.elements().filter((el) => !(el.isNode() ? p.visible.nodes : p.visible.edges).has(el.id()));
    gone.nodes().forEach((n) => void memory.positions.set(n.id(), { ...n.position() }));
    const newNodeIds = [...p.visible.nodes].filter((id) => cy.getElementById(id).empty());
    const newEdgeIds = [...p.visible.edges].filter((id) => cy.getElementById(id).empty());
    // Where the view says a node goes (an opened link, undo) comes first, then where it was before it left.
    const remembered = new Map([...memory.positions, ...Object.entries(p.positions)]);
    memory.placed = first ? new Map() : placeNewNodes(cy, newNodeIds, p.anchors, remembered);
    const addStarted = performance.now();
    cy.batch(() => {
      cy.remove(gone);
      const nodes: ElementDefinition[] = newNodeIds.map((id) => ({ ...p.store.elements.get(id)!, position: memory.placed.get(id)?.start ?? remembered.get(id) }));
      cy.add([...nodes, ...newEdgeIds.map((id) => p.store.elements.get(id)!)]);
    });
    if (first) {
      window.explorerTimings = { ...window.explorerTimings, initialAddMs: performance.now() - addStarted };
      afterNextDraw((at) => (window.explorerTimings = { ...window.explorerTimings, firstRenderAtMs: at }));
      if (newNodeIds.length > 0) memory.firstBatch = newNodeIds;
    }
  }, [cyRef, memoryRef, p.visible, p.store, p.anchors, p.positions]);
}
