import type { ExportGraph } from './export-graph';
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, num, rgb, type Attribute } from './graph-attributes';
import { attrs } from './xml';

/** GEXF's name for each attribute type. */
const GEXF_TYPE = { string: 'string', int: 'integer', double: 'double' } as const;

function declarations<T>(owner: 'node' | 'edge', list: Attribute<T>[]): string[] {
  return [`    <attributes class="${owner}">`, ...list.map((a) => `      <attribute${attrs({ id: a.name, title: a.name, type: GEXF_TYPE[a.type] })}/>`), '    </attributes>'];
}

function attvalues<T>(list: Attribute<T>[], item: T): string {
  const present = list.map((a) => [a.name, a.value(item)] as const).filter(([, v]) => v !== undefined && v !== '');
  return present.length === 0 ? '' : `<attvalues>${present.map(([name, value]) => `<attvalue${attrs({ for: name, value })}/>`).join('')}</attvalues>`;
}

/**
 * The view as GEXF 1.3, Gephi's own format: the same attributes as the GraphML export, with the drawing (position,
 * size, colour) in the viz namespace. Gephi's y axis points up, the canvas's down: y is flipped so the picture
 * is not upside down.
 */
export function toGexf(graph: ExportGraph, date = new Date()): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    `  <meta lastmodifieddate="${date.toISOString().slice(0, 10)}"><creator>newsgraph</creator><description>An explorer view with the evidence behind each relation</description></meta>`,
    '  <graph defaultedgetype="directed" mode="static">',
    ...declarations('node', NODE_ATTRIBUTES),
    ...declarations('edge', EDGE_ATTRIBUTES),
    '    <nodes>',
    ...graph.nodes.map((n) => {
      const viz = `<viz:color${attrs(rgb(n.color))}/><viz:position${attrs({ x: num(n.x), y: num(-n.y), z: 0 })}/><viz:size value="${num(n.size)}"/>`;
      return `      <node${attrs({ id: n.id, label: n.label })}>${attvalues(NODE_ATTRIBUTES, n)}${viz}</node>`;
    }),
    '    </nodes>',
    '    <edges>',
    ...graph.edges.map((e) => {
      const viz = `<viz:color${attrs(rgb(e.color))}/>`;
      return `      <edge${attrs({ id: e.id, source: e.source, target: e.target, label: e.type, weight: num(Math.max(e.confidence, 0.01)) })}>${attvalues(EDGE_ATTRIBUTES, e)}${viz}</edge>`;
    }),
    '    </edges>',
    '  </graph>',
    '</gexf>',
    '',
  ].join('\n');
}
