'use client';

import type { Core } from 'cytoscape';
import { EDGE_COLUMNS, NODE_COLUMNS, toCsv, type CsvRow } from '@/lib/cy/csv';

function download(name: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const rows = (cy: Core, group: 'nodes' | 'edges') => cy.elements(group === 'nodes' ? 'node' : 'edge').map((el) => el.data() as CsvRow);

/** Downloads of the current view: a picture (PNG), the Cytoscape elements (JSON) and nodes and edges as CSV. */
export function ExportButtons({ getCy }: { getCy: () => Core | null }) {
  const run = (make: (cy: Core) => [string, Blob]) => () => {
    const cy = getCy();
    if (cy) download(...make(cy));
  };
  return (
    <span className="export" role="group" aria-label="Export">
      <span className="muted">Export:</span>
      <button type="button" onClick={run((cy) => ['newsgraph-view.png', cy.png({ output: 'blob', bg: '#ffffff', full: true, scale: 1, maxWidth: 4000, maxHeight: 4000 })])}>
        PNG
      </button>
      <button type="button" onClick={run((cy) => ['newsgraph-view.json', new Blob([JSON.stringify(cy.json(), null, 1)], { type: 'application/json' })])}>
        JSON
      </button>
      <button type="button" onClick={run((cy) => ['newsgraph-nodes.csv', new Blob([toCsv(NODE_COLUMNS, rows(cy, 'nodes'))], { type: 'text/csv' })])}>
        Nodes CSV
      </button>
      <button type="button" onClick={run((cy) => ['newsgraph-edges.csv', new Blob([toCsv(EDGE_COLUMNS, rows(cy, 'edges'))], { type: 'text/csv' })])}>
        Edges CSV
      </button>
    </span>
  );
}
