'use client';

import { useState } from 'react';
import type { Core } from 'cytoscape';
import { EDGE_COLUMNS, NODE_COLUMNS, toCsv, type CsvRow } from '@/lib/cy/csv';
import { toExportGraph } from '@/lib/cy/export-graph';
import { toGraphml } from '@/lib/cy/graphml';
import { toGexf } from '@/lib/cy/gexf';
import { estimateWidth, layoutLegend } from '@/lib/cy/legend-layout';
import { toSvg } from '@/lib/cy/to-svg';
import { fetchEvidence } from './export-evidence';
import { pngWithLegend } from './export-png';
import { drawnEdges, drawnNodes, svgEdges, svgNodes, viewLegend } from './read-view';

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
const xml = (text: string, type: string) => new Blob([text], { type });

function svgOf(cy: Core): Blob {
  const box = cy.nodes().boundingBox({ includeLabels: true });
  return xml(
    toSvg(
      svgNodes(cy),
      svgEdges(cy),
      box,
      layoutLegend(viewLegend(cy), box.w + 40, (t) => estimateWidth(t)),
    ),
    'image/svg+xml',
  );
}

/** GraphML or GEXF of the view, with the evidence of each relation fetched first. */
async function graphFile(cy: Core, format: 'graphml' | 'gexf', onProgress: (message: string) => void): Promise<[string, Blob, string]> {
  const nodes = drawnNodes(cy);
  const edges = drawnEdges(cy);
  const { details, failed, skipped } = await fetchEvidence(
    nodes.map((n) => n.id),
    edges,
    (done, total) => onProgress(`Fetching evidence: ${done} of ${total} entities…`),
  );
  const graph = toExportGraph(nodes, edges, details);
  const missing = failed + skipped;
  const note = missing > 0 ? ` ${missing} entit${missing === 1 ? 'y' : 'ies'} came without evidence (${failed} failed, ${skipped} over the limit).` : '';
  const file = format === 'graphml' ? xml(toGraphml(graph), 'application/graphml+xml') : xml(toGexf(graph), 'application/gexf+xml');
  return [`newsgraph-view.${format}`, file, `${format === 'graphml' ? 'GraphML' : 'GEXF'}: ${nodes.length} entities, ${edges.length} relations with their evidence.${note}`];
}

/**
 * Downloads of the current view: pictures (PNG at 2× with the legend, SVG), graph files for Gephi and other tools
 * (GraphML, GEXF, with the evidence behind each relation), the Cytoscape elements (JSON) and CSV tables.
 */
export function ExportButtons({ getCy }: { getCy: () => Core | null }) {
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const run = (make: (cy: Core) => Promise<[string, Blob, string?]> | [string, Blob]) => async () => {
    const cy = getCy();
    if (!cy || busy) return;
    setBusy(true);
    setStatus('Preparing the download…');
    try {
      const [name, blob, message] = await make(cy);
      download(name, blob);
      setStatus(message ?? `Downloaded ${name}.`);
    } catch (e) {
      setStatus(`The export failed: ${e instanceof Error ? e.message : String(e)} Try again, or export a smaller view.`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="export" role="group" aria-label="Export">
      <span className="muted">Export:</span>
      <button
        type="button"
        title="The whole graph at twice the screen resolution, with the legend"
        onClick={run(async (cy) => ['newsgraph-view.png', await pngWithLegend(cy, viewLegend(cy), 2)])}
      >
        PNG
      </button>
      <button type="button" title="A vector picture with the legend" onClick={run((cy) => ['newsgraph-view.svg', svgOf(cy)])}>
        SVG
      </button>
      <button type="button" title="For Gephi, yEd or NetworkX, with the evidence of each relation" onClick={run((cy) => graphFile(cy, 'graphml', setStatus))}>
        GraphML
      </button>
      <button type="button" title="For Gephi, with the evidence of each relation" onClick={run((cy) => graphFile(cy, 'gexf', setStatus))}>
        GEXF
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
      <span role="status" className="muted" data-testid="export-status">
        {status}
      </span>
    </span>
  );
}
