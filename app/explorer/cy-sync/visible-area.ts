import type { Core } from 'cytoscape';
import { uncoveredArea, type Area } from '@/lib/cy/reveal';

/**
 * Panels that may lie over the canvas. On a narrow screen the details panel is a drawer fixed over the bottom of
 * the graph (app/globals.css); on a wide one it sits beside it and covers nothing.
 */
export const COVER_SELECTORS = ['aside[aria-label="Details"]'];

/** The part of the canvas the user can see, in its rendered pixels: the canvas less any panel laid over it. */
export function visibleArea(cy: Core): Area {
  const container = cy.container();
  if (!container) return { x1: 0, y1: 0, x2: cy.width(), y2: cy.height() };
  const box = container.getBoundingClientRect();
  const covers = coverElements().map((el) => {
    const r = el.getBoundingClientRect();
    return { x1: r.left - box.left, y1: r.top - box.top, x2: r.right - box.left, y2: r.bottom - box.top };
  });
  return uncoveredArea(cy.width(), cy.height(), covers);
}

/** The cover panels that are on screen now (a hidden drawer has an empty box). */
export function coverElements(): HTMLElement[] {
  return COVER_SELECTORS.flatMap((s) => [...document.querySelectorAll<HTMLElement>(s)]).filter((el) => el.getClientRects().length > 0);
}
