import { LEGEND, type LegendLayout } from './legend-layout';
import { attrs, escapeXml } from './xml';
import { num } from './graph-attributes';

export type SvgNode = { id: string; label: string; type: string; x: number; y: number; width: number; height: number; color: string; shape: string };
export type SvgEdge = {
  id: string;
  type: string;
  source: { x: number; y: number };
  target: { x: number; y: number; radius: number };
  color: string;
  width: number;
  dashed: boolean;
  opacity: number;
  arrow: boolean;
};

/** Polygon corners of Cytoscape's node shapes, on a box from -1 to 1; ellipses and rectangles are drawn as such. */
const star = Array.from({ length: 10 }, (_, i) => {
  const r = i % 2 === 0 ? 1 : 0.38;
  const a = -Math.PI / 2 + (i * Math.PI) / 5;
  return [r * Math.cos(a), r * Math.sin(a)] as const;
});
export const NODE_POLYGONS: Record<string, readonly (readonly [number, number])[]> = {
  diamond: [
    [0, -1],
    [1, 0],
    [0, 1],
    [-1, 0],
  ],
  star,
  hexagon: [
    [-1, 0],
    [-0.5, -1],
    [0.5, -1],
    [1, 0],
    [0.5, 1],
    [-0.5, 1],
  ],
  'round-tag': [
    [-1, -1],
    [0.5, -1],
    [1, 0],
    [0.5, 1],
    [-1, 1],
  ],
  triangle: [
    [0, -1],
    [1, 1],
    [-1, 1],
  ],
};

/** One node's outline centred on (x, y), `w` by `h`. */
export function shapeSvg(shape: string, x: number, y: number, w: number, h: number, style: string): string {
  const polygon = NODE_POLYGONS[shape];
  if (polygon) return `<polygon points="${polygon.map(([px, py]) => `${num(x + (px * w) / 2)},${num(y + (py * h) / 2)}`).join(' ')}"${style}/>`;
  if (shape === 'round-rectangle' || shape === 'rectangle')
    return `<rect${attrs({ x: num(x - w / 2), y: num(y - h / 2), width: num(w), height: num(h), rx: shape === 'rectangle' ? 0 : num(Math.min(w, h) / 4) })}${style}/>`;
  return `<ellipse${attrs({ cx: num(x), cy: num(y), rx: num(w / 2), ry: num(h / 2) })}${style}/>`;
}

function edgeSvg(e: SvgEdge): string {
  const dx = e.target.x - e.source.x;
  const dy = e.target.y - e.source.y;
  const length = Math.hypot(dx, dy) || 1;
  const [ux, uy] = [dx / length, dy / length];
  // The line stops at the target's outline, where the arrow's tip is.
  const tip = { x: e.target.x - ux * e.target.radius, y: e.target.y - uy * e.target.radius };
  const size = 4 + e.width * 2;
  const base = { x: tip.x - ux * size, y: tip.y - uy * size };
  const line = `<line${attrs({ x1: num(e.source.x), y1: num(e.source.y), x2: num(e.arrow ? base.x : tip.x), y2: num(e.arrow ? base.y : tip.y), stroke: e.color, 'stroke-width': num(e.width), 'stroke-dasharray': e.dashed ? '6 4' : undefined })}/>`;
  const arrow = e.arrow
    ? `<polygon points="${[tip, { x: base.x - uy * size * 0.5, y: base.y + ux * size * 0.5 }, { x: base.x + uy * size * 0.5, y: base.y - ux * size * 0.5 }].map((p) => `${num(p.x)},${num(p.y)}`).join(' ')}" fill="${escapeXml(e.color)}"/>`
    : '';
  return `<g${attrs({ class: 'edge', 'data-id': e.id, opacity: e.opacity < 1 ? num(e.opacity) : undefined })}><title>${escapeXml(e.type)}</title>${line}${arrow}</g>`;
}

function legendSvg(legend: LegendLayout, top: number, left: number): string {
  if (legend.entries.length === 0) return '';
  const { fontSize, swatch, gap, padding, row } = LEGEND;
  const items = legend.entries.map((entry) => {
    const x = left + entry.x;
    const y = top + entry.y;
    const mark =
      entry.kind === 'entity'
        ? shapeSvg(entry.shape, x + swatch / 2, y, swatch, swatch, ` fill="${escapeXml(entry.color)}"`)
        : `<line${attrs({ x1: x, y1: y, x2: x + swatch, y2: y, stroke: entry.color, 'stroke-width': 3, 'stroke-dasharray': entry.shape === 'dashed' ? '4 2' : undefined })}/>`;
    return `${mark}<text${attrs({ x: x + swatch + gap, y: num(y + fontSize * 0.35) })}>${escapeXml(entry.label)}</text>`;
  });
  const title = `<text${attrs({ x: left + padding, y: num(top + padding + row / 2 + fontSize * 0.35), 'font-weight': 'bold' })}>${LEGEND.title}</text>`;
  return `<g class="legend" font-size="${fontSize}">${title}${items.join('')}</g>`;
}

/**
 * The view as a standalone SVG: edges, then nodes with their shapes and colours, then labels below the nodes, as
 * the canvas draws them, and the legend underneath. `box` is the drawn area in model coordinates.
 */
export function toSvg(nodes: SvgNode[], edges: SvgEdge[], box: { x1: number; y1: number; x2: number; y2: number }, legend: LegendLayout): string {
  const margin = 20;
  const graphWidth = box.x2 - box.x1 + 2 * margin;
  const width = Math.ceil(Math.max(graphWidth, legend.width));
  const graphHeight = Math.ceil(box.y2 - box.y1 + 2 * margin);
  const height = graphHeight + Math.ceil(legend.height);
  const shift = (x: number, y: number) => [x - box.x1 + margin, y - box.y1 + margin] as const;
  const moved = (e: SvgEdge): SvgEdge => {
    const [sx, sy] = shift(e.source.x, e.source.y);
    const [tx, ty] = shift(e.target.x, e.target.y);
    return { ...e, source: { x: sx, y: sy }, target: { ...e.target, x: tx, y: ty } };
  };
  const shapes = nodes.map((n) => {
    const [x, y] = shift(n.x, n.y);
    return `<g${attrs({ class: 'node', 'data-id': n.id, 'data-type': n.type })}><title>${escapeXml(`${n.label} (${n.type})`)}</title>${shapeSvg(n.shape, x, y, n.width, n.height, ` fill="${escapeXml(n.color)}" stroke="#ffffff"`)}</g>`;
  });
  const labels = nodes.map((n) => {
    const [x, y] = shift(n.x, n.y);
    return `<text${attrs({ x: num(x), y: num(y + n.height / 2 + 14), 'text-anchor': 'middle' })}>${escapeXml(n.label)}</text>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif">`,
    '<title>newsgraph view</title>',
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<g class="edges">${edges.map((e) => edgeSvg(moved(e))).join('')}</g>`,
    `<g class="nodes">${shapes.join('')}</g>`,
    `<g class="labels" font-size="11" fill="#1a1a1a" paint-order="stroke" stroke="#ffffff" stroke-width="3" stroke-opacity="0.75">${labels.join('')}</g>`,
    legendSvg(legend, graphHeight, 0),
    '</svg>',
    '',
  ].join('\n');
}
