import type { Page } from '@playwright/test';

export type LabelCensus = { visible: number; overlapping: number; nodes: number; zoom: number };

/**
 * Counts the node labels drawn on screen and the pairs of them whose boxes overlap (target 0), in the page:
 * a Cytoscape label is drawn when the explorer has not hidden it (class label-hidden), its rendered size reaches
 * Cytoscape's min-zoomed-font-size, and its box is inside the viewport; a big graph's labels are the spans of the
 * label overlay. Shared by the browser bench and the specs.
 */
export async function labelCensus(page: Page): Promise<LabelCensus> {
  return page.evaluate(() => {
    const cy = window.cy!;
    const zoom = cy.zoom();
    const ext = cy.extent();
    const boxes: { x1: number; y1: number; x2: number; y2: number }[] = [];
    cy.nodes().forEach((n) => {
      if (n.hasClass('label-hidden') || !n.data('label') || !n.style('label')) return;
      if (parseFloat(n.style('font-size')) * zoom < parseFloat(n.style('min-zoomed-font-size'))) return;
      const b = n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
      if (b.w <= 0 || b.x2 < ext.x1 || b.x1 > ext.x2 || b.y2 < ext.y1 || b.y1 > ext.y2) return;
      boxes.push(b);
    });
    // Big graphs draw their labels as spans over the canvas (app/explorer/cy-sync/label-overlay.ts): same census, in model units.
    const host = cy.container()!.getBoundingClientRect();
    const pan = cy.pan();
    document.querySelectorAll<HTMLElement>('[data-testid="label-overlay"] span').forEach((span) => {
      if (span.style.visibility === 'hidden') return;
      const r = span.getBoundingClientRect();
      const b = {
        x1: (r.left - host.left - pan.x) / zoom,
        y1: (r.top - host.top - pan.y) / zoom,
        x2: (r.right - host.left - pan.x) / zoom,
        y2: (r.bottom - host.top - pan.y) / zoom,
      };
      if (r.width <= 0 || r.right < host.left || r.left > host.right || r.bottom < host.top || r.top > host.bottom) return;
      boxes.push(b);
    });
    let overlapping = 0;
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) overlapping++;
      }
    return { visible: boxes.length, overlapping, nodes: cy.nodes().length, zoom };
  });
}

/** Waits until the explorer has placed its labels for the current view (it sets data-labels-at after each pass). */
export async function labelsSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('[data-testid="graph-canvas"]')?.getAttribute('data-labels') === 'settled');
}
