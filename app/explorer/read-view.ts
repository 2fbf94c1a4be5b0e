import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { DEFAULT_RELATION_COLOR, ENTITY_STYLE, RELATION_COLORS } from '@/lib/cy/entity-style';
import type { DrawnEdge, DrawnNode } from '@/lib/cy/export-graph';
import { legendEntries, type LegendEntry } from '@/lib/cy/legend-layout';
import type { SvgEdge, SvgNode } from '@/lib/cy/to-svg';
import type { EntityType } from '@/lib/model';

/** What the canvas shows, read off the Cytoscape instance for the exports (hidden entities are not in it). */

const entityStyle = (n: NodeSingular) => ENTITY_STYLE[n.data('type') as EntityType] ?? { color: '#888888', shape: 'ellipse', label: String(n.data('type')) };
const edgeColor = (e: EdgeSingular) => RELATION_COLORS[String(e.data('type'))] ?? DEFAULT_RELATION_COLOR;

export function drawnNodes(cy: Core): DrawnNode[] {
  return cy.nodes().map((n) => ({
    id: n.id(),
    label: String(n.data('label')),
    type: String(n.data('type')),
    degree: Number(n.data('degree') ?? 0),
    articleCount: Number(n.data('articleCount') ?? 0),
    ...n.position(),
    color: entityStyle(n).color,
    size: n.width(),
  }));
}

export function drawnEdges(cy: Core): DrawnEdge[] {
  return cy.edges().map((e) => ({
    id: e.id(),
    source: e.source().id(),
    target: e.target().id(),
    type: String(e.data('type')),
    confidence: Number(e.data('confidence') ?? 0),
    color: edgeColor(e),
  }));
}

export function svgNodes(cy: Core): SvgNode[] {
  return cy.nodes().map((n) => {
    const { color, shape } = entityStyle(n);
    return { id: n.id(), label: String(n.data('label')), type: String(n.data('type')), ...n.position(), width: n.width(), height: n.height(), color, shape };
  });
}

export function svgEdges(cy: Core): SvgEdge[] {
  return cy.edges().map((e) => {
    const target = e.target();
    return {
      id: e.id(),
      type: String(e.data('type')),
      source: e.source().position(),
      target: { ...target.position(), radius: Math.min(target.width(), target.height()) / 2 },
      color: edgeColor(e),
      width: parseFloat(e.style('width')) || 1,
      dashed: e.style('line-style') === 'dashed',
      opacity: Number(e.style('opacity')),
      arrow: e.style('target-arrow-shape') !== 'none',
    };
  });
}

/** The legend of what is drawn: entity types and relation types present, with counts. */
export function viewLegend(cy: Core): LegendEntry[] {
  const count = (values: string[]) => values.reduce((m, v) => m.set(v, (m.get(v) ?? 0) + 1), new Map<string, number>());
  return legendEntries(count(cy.nodes().map((n) => String(n.data('type')))), count(cy.edges().map((e) => String(e.data('type')))));
}
