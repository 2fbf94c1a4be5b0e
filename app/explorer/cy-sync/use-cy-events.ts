'use client';

import { useCallback, useEffect, useRef } from 'react';
import type { Core, EventObject } from 'cytoscape';

export type CanvasHandlers = {
  onTapNode: (id: string) => void;
  onTapEdge: (id: string) => void;
  onExpandNode: (id: string) => void;
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
    cy.on('tap', 'node', (e: EventObject) => latest.current.onTapNode(e.target.id()));
    cy.on('tap', 'edge', (e: EventObject) => latest.current.onTapEdge(e.target.id()));
    cy.on('dbltap', 'node', (e: EventObject) => latest.current.onExpandNode(e.target.id()));
  }, []);
}
