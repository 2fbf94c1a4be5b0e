'use client';

import { useEffect, useRef, type RefObject } from 'react';
import type { Core, NodeSingular } from 'cytoscape';
import { LABEL_GAP_PX, labelsToShow, type LabelBox } from '@/lib/cy/label-lod';
import { graphStylesheet } from '@/lib/cy/stylesheet';
import type { SizeBy } from '@/lib/cy/view-state';
import { labelOverlay, type LabelOverlay } from './label-overlay';
import type { MemoryRef } from './memory';
import { quietTimer } from './quiet-timer';

export type LabelsProps = { visible: { nodes: Set<string> }; focus: string | null; pinned: string[]; sizeBy: SizeBy; big: boolean };

/** Quiet time after the last pan, zoom or move before labels are placed again: never work during a gesture. */
const SETTLE_MS = 120;
const ALWAYS = 1e9;
/**
 * Cytoscape draws a still graph from layer textures, which it starts building only in a frame drawn more than
 * 250 ms after the last invalidation (a restyle, or nodes moved by a layout or a drag). A label pass comes right
 * after one (a small graph's pass restyles; a big graph's follows its layout), and the frame that shows it is the
 * last one until the user moves: without one more frame, the next pan redrew every element on each frame (p95
 * 270 ms at 5,000 nodes). So one more frame is drawn this long after the pass is shown; when nothing was
 * invalidated it costs one cheap frame.
 */
const LAYER_REFRESH_MS = 300;
/**
 * Label scales the stylesheet steps through as the view zooms out (few steps: each is a restyle), so labels keep
 * about 10-16 px on screen instead of shrinking below Cytoscape's threshold. Big graphs keep 1: their labels are
 * spans over the canvas (label-overlay.ts), and restyling thousands of nodes would cost frames.
 */
const LABEL_SCALES = [1, 1.5, 2, 3, 4, 6];

/**
 * Labels by level of detail: of the labels Cytoscape would draw at this zoom inside the viewport, the most
 * important (focused, pinned, then by degree) are shown and any label whose box overlaps one shown before it is
 * hidden. Zooming in or panning frees room, so more labels appear. A big graph's labels are chosen the same way
 * but drawn as spans over the canvas (label-overlay.ts), so no label pass ever restyles it. The canvas carries
 * data-labels="settled" once a pass is done, for the specs and the bench.
 */
export function useCyLabels(cyRef: RefObject<Core | null>, memoryRef: MemoryRef, p: LabelsProps) {
  const important = useRef(new Set<string>());
  const style = useRef({ sizeBy: p.sizeBy, big: p.big });
  const schedule = useRef<() => void>(() => {});
  useEffect(() => {
    style.current = { sizeBy: p.sizeBy, big: p.big };
    schedule.current(); // node sizes move the labels; a graph that became big labels through the overlay
  }, [p.sizeBy, p.big]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const container = cy.container();
    let refresh: ReturnType<typeof setTimeout> | undefined;
    let pending = false;
    const overlay = labelOverlay(cy);
    const run = () => {
      if (cy.destroyed()) return;
      const memory = memoryRef.current;
      if (memory.layingOut) return; // placed once the layout is in (it ends with a layoutstop)
      const scale = style.current.big ? 1 : (LABEL_SCALES.find((s) => s >= 0.8 / cy.zoom()) ?? LABEL_SCALES.at(-1)!);
      if (scale !== memory.labelScale) {
        memory.labelScale = scale;
        cy.style(graphStylesheet({ ...style.current, labelScale: scale }));
      }
      placeLabels(cy, important.current, style.current.big, overlay);
      container?.setAttribute('data-labels', 'settled');
      pending = false;
      cy.one('render', () => {
        clearTimeout(refresh);
        refresh = setTimeout(() => cy.destroyed() || cy.forceRender(), LAYER_REFRESH_MS);
      });
    };
    const timer = quietTimer(SETTLE_MS, run);
    memoryRef.current.placeLabelsNow = run;
    schedule.current = () => {
      // Once per burst: a layout fires one event per node.
      if (!pending) container?.setAttribute('data-labels', 'pending');
      pending = true;
      clearTimeout(refresh);
      timer.poke();
    };
    const later = () => {
      overlay.follow();
      schedule.current();
    };
    cy.on('viewport add remove layoutstop select unselect', later);
    cy.on('position', 'node', later);
    return () => {
      timer.cancel();
      clearTimeout(refresh);
      overlay.destroy();
      cy.off('viewport add remove layoutstop select unselect', later);
      cy.off('position', 'node', later);
    };
  }, [cyRef, memoryRef]);

  useEffect(() => {
    important.current = new Set([...(p.focus ? [p.focus] : []), ...p.pinned]);
    schedule.current();
  }, [p.focus, p.pinned, p.visible]);
}

function placeLabels(cy: Core, important: Set<string>, big: boolean, overlay: LabelOverlay) {
  const nodes = cy.nodes();
  const importance = (n: NodeSingular) => (important.has(n.id()) || n.selected() || n.hasClass('kb-focus') ? ALWAYS : Number(n.data('degree') ?? 0));
  // A big graph's labels are spans over the canvas (label-overlay.ts): Cytoscape draws none, so it never restyles.
  if (big) return overlay.place(importance);
  overlay.clear();
  if (nodes.empty()) return;
  const zoom = cy.zoom();
  const ext = cy.extent();
  const gap = LABEL_GAP_PX / zoom;
  // Only nodes near the viewport are looked at (and restyled): off screen a label's state does not matter yet,
  // and restyling thousands of nodes after each gesture would cost a long frame on big graphs.
  const near = nodes.filter((n) => {
    const { x, y } = n.position();
    return x >= ext.x1 - 200 && x <= ext.x2 + 200 && y >= ext.y1 - 100 && y <= ext.y2 + 100;
  });
  const boxes: LabelBox[] = [];
  near.forEach((n) => {
    if (!n.data('label')) return;
    const b = n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
    if (b.x2 < ext.x1 || b.x1 > ext.x2 || b.y2 < ext.y1 || b.y1 > ext.y2) return;
    boxes.push({ id: n.id(), importance: importance(n), x1: b.x1 - gap, y1: b.y1 - gap, x2: b.x2 + gap, y2: b.y2 + gap });
  });
  const shown = labelsToShow(boxes, 150);
  cy.batch(() =>
    near.forEach((n) => {
      const hide = !shown.has(n.id());
      if (hide !== n.hasClass('label-hidden')) n.toggleClass('label-hidden', hide);
    }),
  );
}
