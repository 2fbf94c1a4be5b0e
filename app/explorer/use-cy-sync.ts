'use client';

import { useEffect, useRef, type RefObject } from 'react';
import type { Core, ElementDefinition, Position } from 'cytoscape';
import type { ElementStore } from '@/lib/cy/element-store';
import { layoutOptions } from '@/lib/cy/layouts';
import { graphStylesheet } from '@/lib/cy/stylesheet';
import type { LayoutName, SizeBy } from '@/lib/cy/view-state';
import { placeNewNodes } from './place-new-nodes';
import { layoutInWorker, WORKER_LAYOUT_ABOVE } from './layout-in-worker';

export type CySyncProps = {
  store: ElementStore;
  visible: { nodes: Set<string>; edges: Set<string> };
  anchors: Map<string, string>;
  focus: string | null;
  edge: string | null;
  pinned: string[];
  path: string[] | null;
  layout: LayoutName;
  sizeBy: SizeBy;
  onError: (message: string) => void;
};

/**
 * Calls back with the time (ms since navigation start) once the next frame has been drawn. Cytoscape (canvas and
 * WebGL) draws in a requestAnimationFrame loop registered earlier, so it runs before this frame's callback.
 */
function afterNextDraw(done: (at: number) => void) {
  requestAnimationFrame(() => done(performance.now()));
}

/** Keeps the Cytoscape instance in step with the view: adds and removes elements, selection, pins, path, style, layout. */
export function useCySync(cyRef: RefObject<Core | null>, p: CySyncProps & { big: boolean }) {
  const positions = useRef(new Map<string, Position>());
  const laidOut = useRef<LayoutName | null>(null);
  const { onError } = p;

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const first = cy.nodes().empty();
    const gone = cy.elements().filter((el) => !(el.isNode() ? p.visible.nodes : p.visible.edges).has(el.id()));
    gone.nodes().forEach((n) => void positions.current.set(n.id(), { ...n.position() }));
    const newNodeIds = [...p.visible.nodes].filter((id) => cy.getElementById(id).empty());
    const newEdgeIds = [...p.visible.edges].filter((id) => cy.getElementById(id).empty());
    const placed = first ? new Map() : placeNewNodes(cy, newNodeIds, p.anchors, positions.current);
    const addStarted = performance.now();
    cy.batch(() => {
      cy.remove(gone);
      const nodes: ElementDefinition[] = newNodeIds.map((id) => ({ ...p.store.elements.get(id)!, position: placed.get(id)?.start ?? positions.current.get(id) }));
      cy.add([...nodes, ...newEdgeIds.map((id) => p.store.elements.get(id)!)]);
    });
    if (first) {
      window.explorerTimings = { ...window.explorerTimings, initialAddMs: performance.now() - addStarted };
      afterNextDraw((at) => (window.explorerTimings = { ...window.explorerTimings, firstRenderAtMs: at }));
    }
    for (const [id, { end }] of placed) cy.getElementById(id).animate({ position: end }, { duration: 350, easing: 'ease-out' });
    // Zoom out (never move anything) when new nodes land off screen.
    const extent = cy.extent();
    const offScreen = [...placed.values()].some(({ end }) => end.x < extent.x1 || end.x > extent.x2 || end.y < extent.y1 || end.y > extent.y2);
    if (offScreen) setTimeout(() => !cy.destroyed() && cy.animate({ fit: { eles: cy.elements(), padding: 40 } }, { duration: 300 }), 380);
    if (first && newNodeIds.length > 0) {
      laidOut.current = p.layout;
      const started = performance.now();
      const options = layoutOptions(p.layout, newNodeIds.length, false);
      const record = (extra: Record<string, number>) => {
        window.explorerTimings = { ...window.explorerTimings, initialLayoutMs: performance.now() - started, initialNodes: newNodeIds.length, ...extra };
        afterNextDraw((at) => (window.explorerTimings = { ...window.explorerTimings, layoutDoneAtMs: at }));
      };
      if (p.layout === 'fcose' && newNodeIds.length > WORKER_LAYOUT_ABOVE) {
        // Until the worker answers, a cheap grid keeps the page usable; then positions land in one batch.
        cy.layout({ name: 'grid', fit: true, animate: false }).run();
        layoutInWorker(cy, options)
          .then((workerMs) => record({ workerLayoutMs: workerMs }))
          .catch((error: unknown) => onError(error instanceof Error ? error.message : String(error)));
      } else {
        cy.layout(options).run();
        record({});
      }
    }
  }, [cyRef, p.visible, p.store, p.anchors, p.layout, onError]);

  // A layout change re-arranges the visible graph (pinned nodes stay put: they are locked).
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || laidOut.current === null || laidOut.current === p.layout) return;
    laidOut.current = p.layout;
    const count = cy.nodes().length;
    if (p.layout === 'fcose' && count > WORKER_LAYOUT_ABOVE) {
      layoutInWorker(cy, layoutOptions('fcose', count, false)).catch((error: unknown) => onError(error instanceof Error ? error.message : String(error)));
    } else {
      cy.layout(layoutOptions(p.layout, count, true)).run();
    }
  }, [cyRef, p.layout, onError]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.nodes().forEach((n) => {
      const pin = p.pinned.includes(n.id());
      n.toggleClass('pinned', pin);
      if (pin) n.lock();
      else n.unlock();
    });
  }, [cyRef, p.pinned, p.visible]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().removeClass('on-path faded');
      if (!p.path) return;
      const onPath = p.path.reduce((c, id) => c.union(cy.getElementById(id)), cy.collection());
      onPath.addClass('on-path');
      cy.elements().difference(onPath).addClass('faded');
    });
  }, [cyRef, p.path, p.visible]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.elements(':selected').unselect();
    const target = cy.getElementById(p.edge ?? p.focus ?? '');
    if (target.empty()) return;
    target.select();
    if (target.isNode()) {
      const extent = cy.extent();
      const { x, y } = target.position();
      if (x < extent.x1 || x > extent.x2 || y < extent.y1 || y > extent.y2) cy.animate({ center: { eles: target } }, { duration: 300 });
    }
  }, [cyRef, p.focus, p.edge, p.visible]);

  const styled = useRef(`${p.sizeBy}:${p.big}`);
  useEffect(() => {
    const key = `${p.sizeBy}:${p.big}`;
    if (styled.current === key) return;
    styled.current = key;
    cyRef.current?.style(graphStylesheet({ sizeBy: p.sizeBy, big: p.big }));
  }, [cyRef, p.sizeBy, p.big]);
}
