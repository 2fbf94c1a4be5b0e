'use client';

import { useCallback, useEffect, useRef } from 'react';
import type { Core, EventObject } from 'cytoscape';

/** A context menu asked for on the canvas: the node right-clicked (null: the background) and where, in the viewport. */
export type MenuRequest = { node: string | null; at: { x: number; y: number } };

export type CanvasHandlers = {
  onTapNode: (id: string) => void;
  onTapEdge: (id: string) => void;
  onExpandNode: (id: string) => void;
  /** The selected entities (a tap, Shift/Ctrl+click, a box): called once per change, after Cytoscape settles. */
  onSelection: (ids: string[]) => void;
  onMenu: (request: MenuRequest) => void;
};

/** Shift, Ctrl or Cmd with a click adds to (or takes from) the selection in Cytoscape: that click is not a focus. */
const addsToSelection = (e: EventObject) => {
  const m = e.originalEvent as MouseEvent | undefined;
  return Boolean(m && (m.shiftKey || m.ctrlKey || m.metaKey));
};

const viewportPoint = (cy: Core, e: EventObject) => {
  const box = cy.container()!.getBoundingClientRect();
  return { x: Math.round(box.left + e.renderedPosition.x), y: Math.round(box.top + e.renderedPosition.y) };
};

/**
 * Returns `attach`, which registers the canvas listeners on a new instance once; they call the latest handlers
 * through a ref, so re-renders never re-register them. They go away with the instance.
 */
export function useCyEvents(handlers: CanvasHandlers) {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  return useCallback((cy: Core) => {
    cy.on('tap', 'node', (e: EventObject) => {
      if (!addsToSelection(e)) latest.current.onTapNode(e.target.id());
    });
    cy.on('tap', 'edge', (e: EventObject) => latest.current.onTapEdge(e.target.id()));
    cy.on('dbltap', 'node', (e: EventObject) => latest.current.onExpandNode(e.target.id()));
    cy.on('cxttap', (e: EventObject) => {
      const node = e.target !== cy && e.target.isNode() ? (e.target.id() as string) : null;
      latest.current.onMenu({ node, at: viewportPoint(cy, e) });
    });
    // A box selects nodes one event at a time: report the selection once, on the next frame.
    let queued = false;
    cy.on('select unselect remove', 'node', () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        if (!cy.destroyed()) latest.current.onSelection(cy.nodes(':selected').map((n) => n.id()));
      });
    });
  }, []);
}
