import type { Core, LayoutOptions } from 'cytoscape';
import type { LayoutRequest, LayoutResponse } from '@/lib/cy/layout-worker-protocol';
import { packLaidOutGraph } from './pack-cy';

/** Above this many nodes the first layout runs in a Web Worker (seconds of work that would freeze the page). */
export const WORKER_LAYOUT_ABOVE = 800;

let nextId = 1;

const spawn = () => new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
/** A worker started ahead of need: loading its script (Cytoscape and fcose) took about 3 s at first use. */
let spare: Worker | null = null;

/**
 * Starts the layout worker's script loading while the page is still adding elements, for a graph that will need
 * it. Once per page; the first layout takes it.
 */
export function prewarmLayoutWorker(): void {
  if (spare === null && typeof Worker !== 'undefined') spare = spawn();
}

/** Where the time of a worker layout went, in ms: fcose in the worker, the round trip around it, applying and packing. */
export type WorkerLayoutTimings = {
  workerLayoutMs: number;
  /** From the request until the worker's script had loaded, then until it read the request. */
  workerLoadMs: number;
  workerWaitMs: number;
  /** From the worker's reply until the page read it (the main thread was busy meanwhile). */
  workerReplyMs: number;
  applyLayoutMs: number;
  packLayoutMs: number;
};
const clock = () => performance.timeOrigin + performance.now();

/**
 * Lays out the graph in a Web Worker and applies the positions in one batch. Only serialisable options travel
 * (functions are dropped), which is fine for fcose.
 */
export function layoutInWorker(cy: Core, options: LayoutOptions): Promise<WorkerLayoutTimings> {
  const sent = clock();
  const worker = spare ?? spawn();
  spare = null;
  const id = nextId++;
  const request: LayoutRequest = {
    id,
    nodes: cy.nodes().map((n) => n.id()),
    edges: cy.edges().map((e) => [e.source().id(), e.target().id()] as [string, string]),
    options: JSON.parse(JSON.stringify(options)) as Record<string, unknown>,
  };
  return new Promise<WorkerLayoutTimings>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<LayoutResponse>) => {
      const received = performance.now();
      const receivedAt = clock();
      worker.terminate();
      const response = event.data;
      if ('error' in response) return reject(new Error(`The layout failed: ${response.error}`));
      const timings = {
        workerLayoutMs: response.ms,
        workerLoadMs: response.loadedAt - sent,
        workerWaitMs: response.receivedAt - response.loadedAt,
        workerReplyMs: receivedAt - response.repliedAt,
        applyLayoutMs: 0,
        packLayoutMs: 0,
      };
      if (cy.destroyed()) return resolve(timings);
      cy.batch(() =>
        cy.nodes().forEach((n) => {
          const p = response.positions[n.id()];
          if (p && !n.locked()) n.position(p);
        }),
      );
      const applied = performance.now();
      packLaidOutGraph(cy); // and fits
      resolve({ ...timings, applyLayoutMs: applied - received, packLayoutMs: performance.now() - applied });
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(`The layout worker could not run: ${event.message}`));
    };
    worker.postMessage(request);
  });
}
