'use client';

import { useEffect, type RefObject } from 'react';
import type { Core } from 'cytoscape';
import { layoutOptions } from '@/lib/cy/layouts';
import type { LayoutName, Positions } from '@/lib/cy/view-state';
import { layoutInWorker, WORKER_LAYOUT_ABOVE } from '../layout-in-worker';
import { packLaidOutGraph } from '../pack-cy';
import { afterNextDraw, errorText, type MemoryRef } from './memory';

export type LayoutProps = {
  visible: { nodes: Set<string> };
  layout: LayoutName;
  positions: Positions;
  onError: (message: string) => void;
  /** How many entities a worker is laying out (the canvas shows none of them meanwhile), null when none. */
  onLayingOut: (count: number | null) => void;
};

/**
 * The first batch gets a full layout (big fcose ones in a worker, with a "Laying out…" status and nothing drawn meanwhile); after that only a
 * layout change re-arranges the graph (pinned nodes stay put: they are locked). Expansions are placed, not laid out.
 * A view that knows where its nodes go (an opened link, undo of a layout change) is not laid out: it is put there.
 */
export function useCyLayout(cyRef: RefObject<Core | null>, memoryRef: MemoryRef, p: LayoutProps) {
  const { onError, onLayingOut } = p;
  useEffect(() => {
    const cy = cyRef.current;
    const memory = memoryRef.current;
    const batch = memory.firstBatch;
    if (!cy || !batch) return;
    memory.firstBatch = null;
    memory.laidOut = p.layout;
    const started = performance.now();
    const options = layoutOptions(p.layout, batch.length, false);
    const known = batch.filter((id) => p.positions[id]);
    const record = (extra: Record<string, number>) => {
      window.explorerTimings = { ...window.explorerTimings, initialLayoutMs: performance.now() - started, initialNodes: batch.length, ...extra };
      afterNextDraw((at) => (window.explorerTimings = { ...window.explorerTimings, layoutDoneAtMs: at }));
    };
    if (known.length === batch.length) {
      // The elements hook added every node at its known position already.
      cy.fit(undefined, 40);
      record({});
    } else if (p.layout === 'fcose' && batch.length > WORKER_LAYOUT_ABOVE) {
      // Nothing is drawn until the worker answers (a status says what is happening): a provisional picture of
      // thousands of elements cost the main thread seconds of drawing, and starved the worker of the second core.
      memory.layingOut = true;
      onLayingOut(batch.length);
      cy.batch(() => cy.elements().addClass('provisional'));
      layoutInWorker(cy, options)
        .then((timings) => record(timings))
        .catch((error: unknown) => onError(errorText(error)))
        .finally(() => {
          memory.layingOut = false;
          onLayingOut(null);
          if (cy.destroyed()) return;
          cy.batch(() => cy.elements('.provisional').removeClass('provisional'));
          // Labels in the laid-out graph's first frame: a pass later would restyle a graph Cytoscape has begun to
          // cache as textures, and start that work again.
          memory.placeLabelsNow();
          cy.emit('layoutstop');
        });
    } else {
      cy.layout(options).run();
      if (p.layout === 'fcose') packLaidOutGraph(cy);
      // Nodes the link placed keep their place; the layout only filled in the others.
      if (known.length > 0) cy.batch(() => known.forEach((id) => void cy.getElementById(id).position(p.positions[id]!)));
      record({});
    }
  }, [cyRef, memoryRef, p.visible, p.layout, p.positions, onError, onLayingOut]);

  useEffect(() => {
    const cy = cyRef.current;
    const memory = memoryRef.current;
    if (!cy || memory.laidOut === null || memory.laidOut === p.layout) return;
    memory.laidOut = p.layout;
    // Undo or redo brought this layout's positions back with it: the positions hook puts the nodes there.
    if (Object.keys(p.positions).length > 0) return;
    const count = cy.nodes().length;
    if (p.layout === 'fcose' && count > WORKER_LAYOUT_ABOVE) {
      layoutInWorker(cy, layoutOptions('fcose', count, false)).catch((error: unknown) => onError(errorText(error)));
    } else if (p.layout === 'fcose') {
      // Laid out at once so the pieces can be packed; a force layout's animation explains little anyway.
      cy.layout(layoutOptions('fcose', count, false)).run();
      packLaidOutGraph(cy);
    } else {
      cy.layout(layoutOptions(p.layout, count, true)).run();
    }
  }, [cyRef, memoryRef, p.layout, p.positions, onError]);
}
