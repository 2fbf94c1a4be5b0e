import type { Core, LayoutOptions } from 'cytoscape';
import type { LayoutRequest, LayoutResponse } from '@/lib/cy/layout-worker-protocol';
import { packLaidOutGraph } from './pack-cy';

/** Above this many nodes the first layout runs in a Web Worker (seconds of work that would freeze the page). */
export const WORKER_LAYOUT_ABOVE = 800;

let nextId = 1;

/**
 * Lays out the graph in a Web Worker and applies the positions in one batch. Only serialisable options travel
 * (functions are dropped), which is fine for fcose. Resolves with the worker's time in milliseconds.
 */
export function layoutInWorker(cy: Core, options: LayoutOptions): Promise<number> {
  const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  const id = nextId++;
  const request: LayoutRequest = {
    id,
    nodes: cy.nodes().map((n) => n.id()),
    edges: cy.edges().map((e) => [e.source().id(), e.target().id()] as [string, string]),
    options: JSON.parse(JSON.stringify(options)) as Record<string, unknown>,
  };
  return new Promise<number>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<LayoutResponse>) => {
      worker.terminate();
      const response = event.data;
      if ('error' in response) return reject(new Error(`The layout failed: ${response.error}`));
      if (cy.destroyed()) return resolve(response.ms);
      cy.batch(() =>
        cy.nodes().forEach((n) => {
          const p = response.positions[n.id()];
          if (p && !n.locked()) n.position(p);
        }),
      );
      packLaidOutGraph(cy);
      cy.fit(undefined, 40);
      resolve(response.ms);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(`The layout worker could not run: ${event.message}`));
    };
    worker.postMessage(request);
  });
}
