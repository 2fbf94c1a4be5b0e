import { describe, expect, it } from 'vitest';
import { estimateWidth, layoutLegend, legendEntries, LEGEND } from './legend-layout';
import { toSvg, type SvgEdge, type SvgNode } from './to-svg';
import { findAll, parseXmlStrict } from './strict-xml';

const nodes: SvgNode[] = [
  { id: 'a', label: 'Tom & <Jerry> "\u0001"', type: 'Person', x: -50, y: 0, width: 30, height: 30, color: '#0072B2', shape: 'ellipse' },
  { id: 'b', label: 'UNODC', type: 'Organization', x: 50, y: 40, width: 40, height: 40, color: '#D55E00', shape: 'round-rectangle' },
  { id: 'c', label: 'Vienna', type: 'Location', x: 0, y: 100, width: 20, height: 20, color: '#009E73', shape: 'star' },
];
const edges: SvgEdge[] = [
  { id: 'e1', type: 'LEADS', source: { x: -50, y: 0 }, target: { x: 50, y: 40, radius: 20 }, color: '#D55E00', width: 1.6, dashed: false, opacity: 1, arrow: true },
  { id: 'e2', type: 'CO_MENTIONED', source: { x: 50, y: 40 }, target: { x: 0, y: 100, radius: 10 }, color: '#BBBBBB', width: 1, dashed: true, opacity: 0.3, arrow: false },
];
const entries = legendEntries(
  new Map([
    ['Organization', 1],
    ['Person', 1],
    ['Location', 1],
  ]),
  new Map([
    ['LEADS', 1],
    ['CO_MENTIONED', 1],
  ]),
);

describe('legend', () => {
  it('lists entity types with their colours and counts, then relation types from a new row', () => {
    expect(entries.map((e) => e.label)).toEqual(['Place (1)', 'Organisation (1)', 'Person (1)', 'CO_MENTIONED (1)', 'LEADS (1)']);
    expect(entries[1]).toMatchObject({ kind: 'entity', color: '#D55E00', shape: 'round-rectangle' });
    const layout = layoutLegend(entries, 2000, (t) => estimateWidth(t));
    const rows = new Set(layout.entries.map((e) => e.y));
    expect(rows.size).toBe(2);
    expect(layout.height).toBe(LEGEND.padding * 2 + LEGEND.row * 3);
  });

  it('wraps at the width it is given, and takes no room when empty', () => {
    const narrow = layoutLegend(entries, 150, (t) => estimateWidth(t));
    expect(new Set(narrow.entries.map((e) => e.y)).size).toBe(5);
    expect(narrow.entries.every((e) => e.x === LEGEND.padding)).toBe(true);
    expect(layoutLegend([], 500, () => 10)).toMatchObject({ height: 0, entries: [] });
  });
});

describe('toSvg', () => {
  const legend = layoutLegend(entries, 400, (t) => estimateWidth(t));
  const svg = parseXmlStrict(toSvg(nodes, edges, { x1: -65, y1: -15, x2: 70, y2: 125 }, legend));

  it('is well-formed SVG sized to the graph and legend, with every label escaped', () => {
    expect(svg.name).toBe('svg');
    expect(svg.attributes.xmlns).toBe('http://www.w3.org/2000/svg');
    expect(Number(svg.attributes.height)).toBe(140 + 40 + Math.ceil(legend.height));
    const labels = findAll(svg, 'g').find((g) => g.attributes.class === 'labels')!;
    expect(labels.children.map((t) => t.text)).toEqual(['Tom & <Jerry> ""', 'UNODC', 'Vienna']);
  });

  it('draws each shape and edge in its colour, shifted into the picture', () => {
    const drawn = findAll(svg, 'g').filter((g) => g.attributes.class === 'node');
    expect(drawn.map((g) => [g.attributes['data-id'], g.children[1]!.name, g.children[1]!.attributes.fill])).toEqual([
      ['a', 'ellipse', '#0072B2'],
      ['b', 'rect', '#D55E00'],
      ['c', 'polygon', '#009E73'],
    ]);
    expect(drawn[0]!.children[1]!.attributes).toMatchObject({ cx: '35', cy: '35' }); // -50 - (-65) + 20 margin
    const [leads, co] = findAll(svg, 'g').filter((g) => g.attributes.class === 'edge');
    expect(findAll(leads!, 'polygon')).toHaveLength(1); // the arrow
    expect(findAll(co!, 'line')[0]!.attributes['stroke-dasharray']).toBe('6 4');
    const legendTexts = findAll(
      findAll(svg, 'g').find((g) => g.attributes.class === 'legend')!,
      'text',
    ).map((t) => t.text);
    expect(legendTexts).toEqual(['Legend', ...entries.map((e) => e.label)]);
  });
});
