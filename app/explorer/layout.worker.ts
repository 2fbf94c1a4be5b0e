/// <reference lib="webworker" />
// Runs the first layout of a big graph off the main thread: Cytoscape works headless in a worker, so the page
// stays responsive while fcose places thousands of nodes; positions come back in one message.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { LayoutRequest, LayoutResponse } from '@/lib/cy/layout-worker-protocol';

cytoscape.use(fcose);
const clock = () => performance.timeOrigin + performance.now();
const loadedAt = clock();

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { id, nodes, edges, options } = event.data;
  const started = performance.now();
  const receivedAt = clock();
  try {
    const cy = cytoscape({
      headless: true,
      styleEnabled: false,
      elements: [
        ...nodes.map((n) => ({ group: 'nodes' as const, data: { id: n } })),
        ...edges.map(([source, target], i) => ({ group: 'edges' as const, data: { id: `e${i}`, source, target } })),
      ],
    });
    cy.layout({ ...options, animate: false } as cytoscape.LayoutOptions).run();
    const positions: Record<string, { x: number; y: number }> = {};
    cy.nodes().forEach((n) => void (positions[n.id()] = n.position()));
    self.postMessage({ id, positions, ms: performance.now() - started, loadedAt, receivedAt, repliedAt: clock() } satisfies LayoutResponse);
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies LayoutResponse);
  }
};
