'use client';

import dynamic from 'next/dynamic';

/** Cytoscape needs a DOM: the canvas is loaded in the browser only. */
export const GraphView = dynamic(() => import('./graph-canvas'), {
  ssr: false,
  loading: () => (
    <p className="graph-note" role="status">
      Loading the graph view…
    </p>
  ),
});
