'use client';

import { useEffect, useMemo, useRef } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import type { Core, ElementDefinition } from 'cytoscape';
import { GRAPH_STYLESHEET } from '@/lib/cy/stylesheet';
import { fcoseLayout } from '@/lib/cy/layouts';
import { registerCytoscapeExtensions } from '@/lib/cy/register';

registerCytoscapeExtensions();

declare global {
  interface Window {
    /** The explorer's Cytoscape instance, for browser tests and power users in the console. */
    cy?: Core;
  }
}

type Props = { elements: ElementDefinition[]; focusId: string | null; onSelectEntity: (id: string) => void };

const CANVAS_STYLE = { width: '100%', height: '100%' };

export default function GraphCanvas({ elements, focusId, onSelectEntity }: Props) {
  const cyRef = useRef<Core | null>(null);
  const onSelectRef = useRef(onSelectEntity);
  useEffect(() => {
    onSelectRef.current = onSelectEntity;
  }, [onSelectEntity]);
  const layout = useMemo(() => fcoseLayout(elements.length), [elements.length]);

  // react-cytoscapejs calls `cy` on every render: listeners are attached only the first time.
  const handleCy = (cy: Core) => {
    if (cyRef.current === cy) return;
    cyRef.current = cy;
    window.cy = cy;
    cy.on('tap', 'node', (event) => onSelectRef.current(event.target.id()));
  };

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !focusId) return;
    const node = cy.getElementById(focusId);
    if (node.empty()) return;
    cy.elements().unselect();
    node.select();
    cy.animate({ center: { eles: node }, duration: 250 });
  }, [focusId, elements]);

  return (
    <CytoscapeComponent
      elements={elements}
      stylesheet={GRAPH_STYLESHEET}
      layout={layout}
      cy={handleCy}
      style={CANVAS_STYLE}
      className="graph-canvas"
      wheelSensitivity={0.3}
      minZoom={0.1}
      maxZoom={4}
    />
  );
}
