import type { ElementDefinition } from 'cytoscape';
import type { EntitySummary, RelationSummary } from '@/lib/graph/types';

/**
 * Pure mapping from graph records to Cytoscape elements. Edges keep the relationship's elementId as their
 * id: the explorer adds and removes elements by id, so a stable id means an element is never drawn twice.
 * Edges whose ends are not among the nodes are dropped, since Cytoscape refuses dangling edges.
 */
export function toElements(nodes: EntitySummary[], edges: RelationSummary[]): ElementDefinition[] {
  const ids = new Set(nodes.map((n) => n.id));
  return [...nodes.map(toNodeElement), ...edges.filter((e) => ids.has(e.source) && ids.has(e.target)).map(toEdgeElement)];
}

export function toNodeElement(node: EntitySummary): ElementDefinition {
  return {
    group: 'nodes',
    data: { id: node.id, label: node.name, type: node.type, degree: node.degree, articleCount: node.articleCount },
    classes: node.type,
  };
}

export function toEdgeElement(edge: RelationSummary): ElementDefinition {
  return {
    group: 'edges',
    data: {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: edge.type,
      label: edge.type,
      confidence: edge.confidence,
      evidenceCount: edge.evidenceCount,
    },
    classes: edge.type === 'CO_MENTIONED' ? 'co-mention' : 'typed',
  };
}
