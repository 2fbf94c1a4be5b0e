import type { Core } from 'cytoscape';
import { LEGEND, layoutLegend, type LegendEntry } from '@/lib/cy/legend-layout';
import { NODE_POLYGONS } from '@/lib/cy/to-svg';

/** Large views are drawn smaller than asked rather than making a picture the browser cannot hold. */
const MAX_SIDE = 8000;

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('The browser could not draw the graph picture.'));
    image.src = src;
  });
}

function swatch(ctx: CanvasRenderingContext2D, entry: LegendEntry, x: number, y: number) {
  const s = LEGEND.swatch;
  ctx.fillStyle = ctx.strokeStyle = entry.color;
  ctx.beginPath();
  if (entry.kind === 'relation') {
    ctx.lineWidth = 3;
    ctx.setLineDash(entry.shape === 'dashed' ? [4, 2] : []);
    ctx.moveTo(x, y);
    ctx.lineTo(x + s, y);
    ctx.stroke();
    ctx.setLineDash([]);
    return;
  }
  const polygon = NODE_POLYGONS[entry.shape];
  if (polygon) polygon.forEach(([px, py], i) => (i === 0 ? ctx.moveTo : ctx.lineTo).call(ctx, x + s / 2 + (px * s) / 2, y + (py * s) / 2));
  else if (entry.shape === 'round-rectangle') ctx.roundRect(x, y - s / 2, s, s, s / 4);
  else ctx.ellipse(x + s / 2, y, s / 2, s / 2, 0, 0, 2 * Math.PI);
  ctx.closePath();
  ctx.fill();
}

/**
 * The whole graph at `scale` (2: sharp on high-density screens and in print) with the legend of entity and relation
 * types drawn underneath, on one canvas, as a PNG blob.
 */
export async function pngWithLegend(cy: Core, entries: LegendEntry[], scale = 2): Promise<Blob> {
  const graph = await loadImage(cy.png({ output: 'base64uri', bg: '#ffffff', full: true, scale, maxWidth: MAX_SIDE, maxHeight: MAX_SIDE }));
  const canvas = document.createElement('canvas');
  let ctx = canvas.getContext('2d')!;
  const font = `${LEGEND.fontSize}px system-ui, sans-serif`;
  ctx.font = font;
  const legend = layoutLegend(entries, graph.width / scale, (text) => ctx.measureText(text).width);
  canvas.width = Math.max(graph.width, Math.ceil(legend.width * scale));
  canvas.height = graph.height + Math.ceil(legend.height * scale);
  ctx = canvas.getContext('2d')!; // resizing reset its state
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(graph, 0, 0);
  ctx.setTransform(scale, 0, 0, scale, 0, graph.height);
  ctx.fillStyle = '#dedede';
  ctx.fillRect(0, 0, canvas.width / scale, 1);
  ctx.font = font;
  ctx.textBaseline = 'middle';
  ctx.fillStyle = '#1a1a1a';
  ctx.fillText(LEGEND.title, LEGEND.padding, LEGEND.padding + LEGEND.row / 2);
  for (const entry of legend.entries) {
    swatch(ctx, entry, entry.x, entry.y);
    ctx.fillStyle = '#1a1a1a';
    ctx.fillText(entry.label, entry.x + LEGEND.swatch + LEGEND.gap, entry.y);
  }
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The browser could not encode the PNG.'))), 'image/png'));
}
