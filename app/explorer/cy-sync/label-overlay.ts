import type { Core, NodeSingular } from 'cytoscape';
import { LABEL_GAP_PX as GAP_PX, labelsToShow, type LabelBox } from '@/lib/cy/label-lod';

/**
 * Labels of big graphs are drawn in a DOM layer over the canvas, not by Cytoscape. Any style change on an element
 * makes Cytoscape throw away the layer textures it draws a still graph from; at 5,000 nodes rebuilding them takes
 * seconds, during which every frame draws each element one by one (150-500 ms a frame). Cytoscape's own labels would
 * need restyling each time the zoom changed which labels fit (the bench's pan and zoom had a p95 frame of 117-267 ms);
 * a few dozen positioned spans cost nothing to move or swap.
 */
export const OVERLAY_CLASS = 'graph-label-overlay';
/** Most labels at once: the most important nodes in view that clear each other. */
const MAX_SHOWN = 80;
/** How many of the most important nodes in view are tried. */
const CONSIDERED = 800;
const FONT_PX = 13;
const LINE_PX = 17;
const MAX_WIDTH_PX = 180;
const FONT = `${FONT_PX}px system-ui, sans-serif`;

export type Importance = (n: NodeSingular) => number;

export type LabelOverlay = {
  /** Picks the labels for the current view and draws them (pass after a gesture has settled). */
  place(importance: Importance): void;
  /** Moves the labels shown with the view (every viewport change; coalesced to one update a frame). */
  follow(): void;
  clear(): void;
  destroy(): void;
};

export function labelOverlay(cy: Core): LabelOverlay {
  const host = cy.container();
  const layer = document.createElement('div');
  layer.className = OVERLAY_CLASS;
  layer.setAttribute('aria-hidden', 'true');
  layer.dataset.testid = 'label-overlay';
  host?.appendChild(layer);
  const spans = new Map<string, HTMLSpanElement>();
  const measure = document.createElement('canvas').getContext('2d');
  const widths = new Map<string, number>();
  let frame = 0;

  const widthOf = (text: string) => {
    let w = widths.get(text);
    if (w === undefined) {
      if (measure) measure.font = FONT;
      w = Math.min(MAX_WIDTH_PX, (measure ? measure.measureText(text).width : text.length * FONT_PX * 0.62) + 4);
      widths.set(text, w);
    }
    return w;
  };
  const anchor = (n: NodeSingular) => {
    const p = n.renderedPosition();
    return { x: p.x, y: p.y + n.renderedHeight() / 2 + 3 };
  };
  const move = () => {
    frame = 0;
    for (const [id, span] of spans) {
      const n = cy.getElementById(id);
      if (n.empty() || !n.visible()) {
        span.style.visibility = 'hidden';
        continue;
      }
      const { x, y } = anchor(n as NodeSingular);
      span.style.visibility = '';
      span.style.opacity = n.hasClass('faded') ? '0.25' : '';
      span.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px) translateX(-50%)`;
    }
  };

  return {
    place(importance) {
      const w = cy.width();
      const h = cy.height();
      const inView = cy.nodes().filter((n) => {
        if (!n.data('label') || !n.visible()) return false;
        const { x, y } = n.renderedPosition();
        return x >= 0 && x <= w && y >= 0 && y <= h;
      });
      const ranked = (inView.toArray() as NodeSingular[]).sort((a, b) => importance(b) - importance(a) || (a.id() < b.id() ? -1 : 1)).slice(0, CONSIDERED);
      const boxes: LabelBox[] = ranked.map((n) => {
        const width = widthOf(String(n.data('label')));
        const { x, y } = anchor(n);
        return { id: n.id(), importance: importance(n), x1: x - width / 2 - GAP_PX, y1: y - GAP_PX, x2: x + width / 2 + GAP_PX, y2: y + LINE_PX + GAP_PX };
      });
      const picked = labelsToShow(boxes, 200);
      const chosen = ranked.filter((n) => picked.has(n.id())).slice(0, MAX_SHOWN);
      const keep = new Set(chosen.map((n) => n.id()));
      for (const [id, span] of spans)
        if (!keep.has(id)) {
          span.remove();
          spans.delete(id);
        }
      for (const n of chosen) {
        const text = String(n.data('label'));
        let span = spans.get(n.id());
        if (!span) {
          span = document.createElement('span');
          span.dataset.id = n.id();
          layer.appendChild(span);
          spans.set(n.id(), span);
        }
        if (span.textContent !== text) span.textContent = text;
      }
      move();
    },
    follow() {
      if (spans.size > 0 && !frame) frame = requestAnimationFrame(move);
    },
    clear() {
      for (const span of spans.values()) span.remove();
      spans.clear();
    },
    destroy() {
      cancelAnimationFrame(frame);
      layer.remove();
      spans.clear();
    },
  };
}
