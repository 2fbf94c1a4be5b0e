import type { ElementDefinition } from 'cytoscape';
import { isEntityType } from '@/lib/model';
import { isPlainGraphValue, type PlainNode, type PlainRelationship, type PlainValue } from '@/lib/neo4j/values';

/**
 * Collects every node, relationship and path found anywhere in the rows (also inside lists and maps) and maps
 * them to Cytoscape elements. Entities keep their domain id, so the explorer's styles and ids apply; other nodes
 * (articles, saved queries) use their elementId. Relationships whose ends are not in the result are left out.
 */
export function rowsToElements(rows: PlainValue[][]): ElementDefinition[] {
  const nodes = new Map<string, PlainNode>();
  const relationships = new Map<string, PlainRelationship>();
  const visit = (value: PlainValue): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (value === null || typeof value !== 'object') return;
    if (isPlainGraphValue(value)) {
      if (value['@type'] === 'node') nodes.set(value.elementId, value);
      else if (value['@type'] === 'relationship') relationships.set(value.elementId, value);
      else {
        value.nodes.forEach((n) => nodes.set(n.elementId, n));
        value.relationships.forEach((r) => relationships.set(r.elementId, r));
      }
      return;
    }
    Object.values(value).forEach(visit);
  };
  rows.forEach((row) => row.forEach(visit));
  const ids = new Map([...nodes.values()].map((n) => [n.elementId, nodeId(n)]));
  const edges = [...relationships.values()].filter((r) => ids.has(r.startElementId) && ids.has(r.endElementId));
  return [...[...nodes.values()].map(toNode), ...edges.map((r) => toEdge(r, ids))];
}

function nodeId(node: PlainNode): string {
  const id = node.properties.id;
  return node.labels.includes('Entity') && typeof id === 'string' ? id : node.elementId;
}

function toNode(node: PlainNode): ElementDefinition {
  const p = node.properties;
  const type = typeof p.type === 'string' && isEntityType(p.type) ? p.type : (node.labels[0] ?? 'Node');
  const label = [p.name, p.title, p.id].find((v) => typeof v === 'string') ?? type;
  return { group: 'nodes', data: { id: nodeId(node), label, type, degree: typeof p.degree === 'number' ? p.degree : 1, labels: node.labels }, classes: type };
}

function toEdge(rel: PlainRelationship, ids: Map<string, string>): ElementDefinition {
  return {
    group: 'edges',
    data: {
      id: rel.elementId,
      source: ids.get(rel.startElementId),
      target: ids.get(rel.endElementId),
      type: rel.type,
      label: rel.type,
      confidence: rel.properties.confidence ?? null,
    },
    classes: rel.type === 'CO_MENTIONED' ? 'co-mention' : 'typed',
  };
}

/** Merging keeps earlier elements and adds new ones; an id seen twice keeps the newer data. */
export function mergeElements(previous: ElementDefinition[], next: ElementDefinition[]): ElementDefinition[] {
  const byId = new Map(previous.map((e) => [String(e.data.id), e]));
  for (const e of next) byId.set(String(e.data.id), e);
  return [...byId.values()].sort((a, b) => (a.group === b.group ? 0 : a.group === 'nodes' ? -1 : 1));
}
