'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import cytoscape, { type Core } from 'cytoscape';
import { graphStylesheet } from '@/lib/cy/stylesheet';
import { registerCytoscapeExtensions } from '@/lib/cy/register';
import { useCySync, type CySyncProps } from './use-cy-sync';
import { useCyEvents, type CanvasHandlers as TapHandlers, type MenuRequest } from './cy-sync/use-cy-events';
import { useKeyboardNav } from './use-keyboard-nav';
import { KeyboardHint } from './keyboard-hint';
import { CanvasMenu, type SelectionActions } from './canvas-menu';
import { menuTargets } from '@/lib/cy/menu-targets';
import type { OpenMenu } from '@/lib/cy/selection-menu';

registerCytoscapeExtensions();

declare global {
  interface Window {
    /** The explorer's Cytoscape instance, for browser tests and power users in the console. */
    cy?: Core;
    /**
     * Timings of the first graph load, read by the benchmark and e2e/explorer-load.spec.ts: initialAddMs,
     * initialLayoutMs, initialNodes, workerLayoutMs, workerLoadMs, workerWaitMs, workerReplyMs, applyLayoutMs, packLayoutMs (durations), firstRenderAtMs and layoutDoneAtMs (ms since
     * navigation start, once the frame is drawn).
     */
    explorerTimings?: Record<string, number>;
  }
}

export type CanvasHandlers = Omit<TapHandlers, 'onSelection' | 'onMenu'> & { onReady: (cy: Core | null) => void };

type Props = Omit<CySyncProps, 'onLayingOut'> & CanvasHandlers & Omit<SelectionActions, 'pinned' | 'onOpen'> & { big: boolean; webgl: boolean };

/**
 * The Cytoscape canvas. The instance is created once (never on React re-renders) and elements are added and
 * removed imperatively by useCySync, so an expansion costs what it adds, not a diff of the whole graph.
 */
export default function GraphCanvas({ big, webgl, onTapNode, onTapEdge, onExpandNode, onReady, dispatch, expanded, onPath, ...sync }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  const [selection, setSelection] = useState<string[]>([]);
  const [menu, setMenu] = useState<OpenMenu | null>(null);
  const [layingOut, setLayingOut] = useState<number | null>(null);
  const onMenu = useCallback((request: MenuRequest) => setMenu(cy.current && menuTargets(cy.current, request)), []);
  const attachEvents = useCyEvents({ onTapNode, onTapEdge, onExpandNode, onSelection: setSelection, onMenu });
  const ready = useRef(onReady);
  useEffect(() => {
    ready.current = onReady;
  }, [onReady]);

  useEffect(() => {
    const instance = cytoscape({
      container: container.current,
      style: graphStylesheet({ sizeBy: sync.sizeBy, big }),
      minZoom: 0.03,
      maxZoom: 4,
      // Big graphs: edges stay drawn while panning. hideEdgesOnViewport would switch Cytoscape from blitting its
      // cached layer textures to drawing every node one by one each frame, which profiled ~70 ms a frame at
      // 5,000 nodes with no GPU (bench/README.md). One device pixel per CSS pixel keeps those textures small.
      pixelRatio: big ? 1 : 'auto',
      // Shift+drag draws a selection box; the selection bar's toggle makes a plain drag do it too.
      boxSelectionEnabled: true,
      ...(webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
    } as cytoscape.CytoscapeOptions);
    cy.current = instance;
    window.cy = instance;
    attachEvents(instance);
    ready.current(instance);
    return () => {
      ready.current(null);
      instance.destroy();
      cy.current = null;
      if (window.cy === instance) window.cy = undefined;
    };
    // The instance lives as long as the page; style options are applied by useCySync.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [webgl]);

  useCySync(cy, { ...sync, big, onLayingOut: setLayingOut });
  const onKeyMenu = useCallback((id: string) => setMenu(cy.current && menuTargets(cy.current, { node: id, at: null })), []);
  const keyboard = useKeyboardNav(cy, {
    onOpen: onTapNode,
    onExpand: onExpandNode,
    onMenu: onKeyMenu,
    entities: sync.visible.nodes.size,
    relations: sync.visible.edges.size,
  });

  return (
    <>
      <div ref={container} className="graph-canvas" data-testid="graph-canvas" {...keyboard.containerProps} />
      {layingOut !== null && (
        <p className="graph-laying-out" role="status">
          Laying out {layingOut.toLocaleString('en')} entities…
        </p>
      )}
      <KeyboardHint message={keyboard.message} />
      <CanvasMenu
        {...{ dispatch, expanded, onPath, selection, menu }}
        cyRef={cy}
        pinned={sync.pinned}
        onOpen={onTapNode}
        onMenu={setMenu}
        onRefocus={() => container.current?.focus()}
      />
    </>
  );
}
