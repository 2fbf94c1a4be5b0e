'use client';

import { useMemo } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import type { Core, ElementDefinition } from 'cytoscape';
import { graphStylesheet } from '@/lib/cy/stylesheet';
import { fcoseLayout } from '@/lib/cy/layouts';
import { registerCytoscapeExtensions } from '@/lib/cy/register';

registerCytoscapeExtensions();

const STYLE = { width: '100%', height: '100%' };
const STYLESHEET = graphStylesheet({ sizeBy: 'degree', big: false });

/** The console's graph: the explorer's stylesheet and layout; window.cy for tests. */
export default function ResultCanvas({ elements }: { elements: ElementDefinition[] }) {
  const layout = useMemo(() => fcoseLayout(elements.length), [elements.length]);
  return (
    <CytoscapeComponent
      elements={elements}
      stylesheet={STYLESHEET}
      layout={layout}
      cy={(cy: Core) => {
        window.cy = cy;
      }}
      style={STYLE}
      className="graph-canvas"
      wheelSensitivity={0.3}
      minZoom={0.1}
      maxZoom={4}
    />
  );
}
