import type { ExportGraph } from './export-graph';
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, num, rgb, type Attribute } from './graph-attributes';
import { attrs, escapeXml } from './xml';

/**
 * The view as GraphML (read by Gephi, yEd, Cytoscape desktop, NetworkX). Key ids are prefixed by what they
 * describe, since nodes and edges both have a `label` and a `type`. Positions, size and colour use the attribute
 * names Gephi's GraphML importer recognises (x, y, size, r, g, b), so the picture opens as it was drawn.
 */
export function toGraphml(graph: ExportGraph): string {
  const key = (owner: 'node' | 'edge', name: string, type: string) => `  <key${attrs({ id: `${owner[0]}_${name}`, for: owner, 'attr.name': name, 'attr.type': type })}/>`;
  const data = (owner: 'node' | 'edge', name: string, value: string | number | undefined) =>
    value === undefined || value === '' ? '' : `<data key="${owner[0]}_${name}">${escapeXml(value)}</data>`;
  const values = <T>(owner: 'node' | 'edge', list: Attribute<T>[], item: T) => list.map((a) => data(owner, a.name, a.value(item))).join('');

  const drawing = ['x', 'y', 'size'].map((name) => key('node', name, 'double')).concat(['r', 'g', 'b'].map((name) => key('node', name, 'int')));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    key('node', 'label', 'string'),
    ...NODE_ATTRIBUTES.map((a) => key('node', a.name, a.type)),
    ...drawing,
    key('edge', 'label', 'string'),
    ...EDGE_ATTRIBUTES.map((a) => key('edge', a.name, a.type)),
    '  <graph id="newsgraph" edgedefault="directed">',
    ...graph.nodes.map((n) => {
      const { r, g, b } = rgb(n.color);
      const drawn =
        data('node', 'x', num(n.x)) + data('node', 'y', num(n.y)) + data('node', 'size', num(n.size)) + data('node', 'r', r) + data('node', 'g', g) + data('node', 'b', b);
      return `    <node${attrs({ id: n.id })}>${data('node', 'label', n.label)}${values('node', NODE_ATTRIBUTES, n)}${drawn}</node>`;
    }),
    ...graph.edges.map((e) => `    <edge${attrs({ id: e.id, source: e.source, target: e.target })}>${data('edge', 'label', e.type)}${values('edge', EDGE_ATTRIBUTES, e)}</edge>`),
    '  </graph>',
    '</graphml>',
    '',
  ];
  return lines.join('\n');
}
