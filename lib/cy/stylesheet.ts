import type { StylesheetJson } from 'cytoscape';
import { ENTITY_TYPES } from '@/lib/model';
import { DEFAULT_RELATION_COLOR, ENTITY_STYLE, RELATION_COLORS } from './entity-style';

/** The explorer's Cytoscape stylesheet: one constant, so React re-renders never restyle the graph. */
export const GRAPH_STYLESHEET: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-size': 11,
      'font-family': 'system-ui, sans-serif',
      color: '#1a1a1a',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'wrap',
      'text-max-width': '140px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.75,
      'text-background-padding': '1px',
      'min-zoomed-font-size': 7,
      width: 'mapData(degree, 0, 12, 22, 56)',
      height: 'mapData(degree, 0, 12, 22, 56)',
      'border-width': 1,
      'border-color': '#ffffff',
    },
  },
  ...ENTITY_TYPES.map((type) => ({
    selector: `node.${type}`,
    style: { 'background-color': ENTITY_STYLE[type].color, shape: ENTITY_STYLE[type].shape },
  })) as StylesheetJson,
  {
    selector: 'edge',
    style: {
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
  ...Object.entries(RELATION_COLORS).map(([type, color]) => ({
    selector: `edge[type = "${type}"]`,
    style: { 'line-color': color, 'target-arrow-color': color },
  })) as StylesheetJson,
  { selector: 'edge.co-mention', style: { 'line-style': 'dashed', opacity: 0.35, width: 1, label: '', 'target-arrow-shape': 'none' } },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#111111' } },
  { selector: 'edge:selected', style: { width: 3.5, opacity: 1 } },
  { selector: '.faded', style: { opacity: 0.2 } },
];
