'use client';

import { useEffect, type RefObject } from 'react';
import type { Core } from 'cytoscape';
import { layoutOptions } from '@/lib/cy/layouts';
import type { LayoutName } from '@/lib/cy/view-state';
import { layoutInWorker, WORKER_LAYOUT_ABOVE } from '../layout-in-worker';
import { afterNextDraw, errorText, type MemoryRef } from './memory';

export type LayoutProps = { visible: { nodes: Set<string> }; layout: LayoutName; onError: (message: string) => void };

/**
 * The first batch gets a full layout (big fcose ones in a worker, a cheap grid meanwhile); after that only a
 * layout change re-arranges the graph (pinned nodes stay put: they are locked). Expansions are placed, not laid out.
 */
export function useCyLayout(cyRef: RefObject<Core | null>, memoryRef: MemoryRef, p: LayoutProps) {
  const { onError } = p;
  useEffect(() => {
    const cy = cyRef.current;
    const memory = memoryRef.current;
    const batch = memory.firstBatch;
    if (!cy || !batch) return;
    memory.firstBatch = null;
    memory.laidOut = p.layout;
    const started = performance.now();
    const options = layoutOptions(p.layout, batch.length, false);
    const record = (extra: Record<string, number>) => {
      window.explorerTimings = { ...window.explorerTimings, initialLayoutMs: performance.now() - started, initialNodes: batch.length, ...extra };
      afterNextDraw((at) => (window.explorerTimings = { ...window.explorerTimings, layoutDoneAtMs: at }));
    };
    if (p.layout === 'fcose' && batch.length > WORKER_LAYOUT_ABOVE) {
      cy.layout({ name: 'grid', fit: true, animate: false }).run();
      layoutInWorker(cy, options)
        .then((workerMs) => record({ workerLayoutMs: workerMs }))
        .catch((error: unknown) => onError(errorText(error)));
    } else {
      cy.layout(options).run();
      record({});
    }
  }, [cyRef, memoryRef, p.visible, p.layout, onError]);

  useEffect(() => {
    const cy = cyRef.current;
    const memory = memoryRef.current;
    if (!cy || memory.laidOut === null || memory.laidOut === p.layout) return;
    memory.laidOut = p.layout;
    const count = cy.nodes().length;
    if (p.layout === 'fcose' && count > WORKER_LAYOUT_ABOVE) {
      layoutInWorker(cy, layoutOptions('fcose', count, false)).catch((error: unknown) => onError(errorText(error)));
    } else {
      cy.layout(layoutOptions(p.layout, count, true)).run();
    }
  }, [cyRef, memoryRef, p.layout, onError]);
}
