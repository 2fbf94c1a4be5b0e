import type { StylesheetJson } from 'cytoscape';
import { ENTITY_TYPES } from '@/lib/model';
import { DEFAULT_RELATION_COLOR, ENTITY_STYLE, RELATION_COLORS } from './entity-style';
import type { SizeBy } from './view-state';

/** Above this many elements the graph is "big": straight haystack edges, no edge labels, node labels in a DOM layer. */
export const BIG_GRAPH_ELEMENTS = 1500;

/**
 * labelScale: node labels drawn this many times larger in model units, so that zoomed out they stay readable on
 * screen (the level of detail then shows fewer of them: app/explorer/cy-sync/use-cy-labels.ts). 1 by default.
 */
export type StyleOptions = { sizeBy: SizeBy; big: boolean; labelScale?: number };

/** Node size follows degree or the number of articles mentioning the entity; on big graphs nodes are smaller so they do not overlap. */
function sizeMapping(sizeBy: SizeBy, big: boolean): string {
  const [min, max] = big ? [6, 36] : [22, 56];
  return sizeBy === 'degree' ? `mapData(degree, 0, ${big ? 60 : 12}, ${min}, ${max})` : `mapData(articleCount, 0, ${big ? 20 : 5}, ${min}, ${max})`;
}

/** The explorer's Cytoscape stylesheet as data; it is rebuilt only when one of its options changes. */
export function graphStylesheet({ sizeBy, big, labelScale = 1 }: StyleOptions): StylesheetJson {
  const size = sizeMapping(sizeBy, big);
  const k = labelScale;
  return [
    {
      selector: 'node',
      style: {
        // A big graph's labels are spans over the canvas (app/explorer/cy-sync/label-overlay.ts): restyling labels
        // would make Cytoscape rebuild its layer textures of the whole graph.
        label: big ? '' : 'data(label)',
        'font-size': 11 * k,
        'font-family': 'system-ui, sans-serif',
        color: '#1a1a1a',
        'text-valign': 'bottom',
        'text-margin-y': 4 * k,
        'text-wrap': 'wrap',
        'text-max-width': `${140 * k}px`,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.75,
        'text-background-padding': '1px',
        'min-zoomed-font-size': 7,
        width: size,
        height: size,
        'border-width': big ? 0 : 1,
        'border-color': '#ffffff',
      },
    },
    ...(ENTITY_TYPES.map((type) => ({
      selector: `node.${type}`,
      style: { 'background-color': ENTITY_STYLE[type].color, shape: ENTITY_STYLE[type].shape },
    })) as StylesheetJson),
    {
      selector: 'edge',
      style: big
        ? { width: 1, 'curve-style': 'haystack', 'haystack-radius': 0, 'line-color': DEFAULT_RELATION_COLOR, opacity: 0.6 }
        : {
            width: 1.6,
            'curve-style': 'bezier',
            'target-arrow-shape': 'triangle',
            'arrow-scale': 0.8,
            'line-color': DEFAULT_RELATION_COLOR,
            'target-arrow-color': DEFAULT_RELATION_COLOR,
            label: 'data(label)',
            'font-size': 8,
            color: '#444444',
            'text-rotation': 'autorotate',
            'text-background-color': '#ffffff',
            'text-background-opacity': 0.8,
            'min-zoomed-font-size': 8,
          },
    },
    ...(Object.entries(RELATION_COLORS).map(([type, color]) => ({
      selector: `edge[type = "${type}"]`,
      style: { 'line-color': color, 'target-arrow-color': color },
    })) as StylesheetJson),
    // Co-mentions are weak evidence: faint, dashed, straight and cheap to draw.
    { selector: 'edge.co-mention', style: { 'curve-style': 'haystack', 'line-style': 'dashed', opacity: 0.3, width: 1, label: '', 'target-arrow-shape': 'none' } },
    // Labels the level of detail leaves out (app/explorer/cy-sync/use-cy-labels.ts): invisible but still measured.
    // While a big graph's first layout runs in a worker (app/explorer/cy-sync/use-cy-layout.ts) nothing is drawn.
    { selector: '.provisional', style: { display: 'none' } },
    { selector: 'node.label-hidden', style: { 'text-opacity': 0, 'text-background-opacity': 0 } },
    { selector: 'node.pinned', style: { 'border-width': 3, 'border-style': 'double', 'border-color': '#333333' } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#111111' } },
    { selector: 'edge:selected', style: { width: 3.5, opacity: 1 } },
    { selector: '.faded', style: { opacity: 0.15 } },
    { selector: 'node.on-path', style: { 'border-width': 4, 'border-color': '#f5a623' } },
    { selector: 'edge.on-path', style: { width: 4, 'line-color': '#f5a623', 'target-arrow-color': '#f5a623', opacity: 1 } },
    // The keyboard focus ring (app/explorer/use-keyboard-nav.ts): an outline outside the border, so it shows on
    // selected, pinned and path nodes too; last, so a faded node still shows it at full strength.
    // An orange halo (the page's focus colour, seen at a glance) and a dark blue outline (contrast on white).
    {
      selector: 'node.kb-focus',
      style: {
        'outline-width': 3,
        'outline-offset': 3,
        'outline-color': '#0b5cad',
        'outline-opacity': 1,
        'outline-style': 'solid',
        'underlay-color': '#f5a623',
        'underlay-padding': 12,
        'underlay-opacity': 0.5,
        'underlay-shape': 'ellipse',
        'font-weight': 'bold',
        opacity: 1,
      },
    },
  ];
}
