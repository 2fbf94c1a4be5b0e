import type { Page } from '@playwright/test';

export type LabelCensus = { visible: number; overlapping: number; nodes: number; zoom: number };

/**
 * Counts the node labels drawn on screen and the pairs of them whose boxes overlap (target 0), in the page:
 * a label is drawn when the explorer has not hidden it (class label-hidden), its rendered size reaches Cytoscape's
 * min-zoomed-font-size, and its box is inside the viewport. Shared by the browser bench and the specs.
 */
export async function labelCensus(page: Page): Promise<LabelCensus> {
  return page.evaluate(() => {
    const cy = window.cy!;
    const zoom = cy.zoom();
    const ext = cy.extent();
    const boxes: { x1: number; y1: number; x2: number; y2: number }[] = [];
    cy.nodes().forEach((n) => {
      if (n.hasClass('label-hidden') || !n.data('label')) return;
      if (parseFloat(n.style('font-size')) * zoom < parseFloat(n.style('min-zoomed-font-size'))) return;
      const b = n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
      if (b.w <= 0 || b.x2 < ext.x1 || b.x1 > ext.x2 || b.y2 < ext.y1 || b.y1 > ext.y2) return;
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
