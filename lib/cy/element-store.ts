import type { ElementDefinition } from 'cytoscape';
import type { EntitySummary, RelationSummary } from '@/lib/graph/types';
import type { NeighbourGroup } from '@/lib/graph/neighbours';
import type { ViewState } from './view-state';
import { toEdgeElement, toNodeElement } from './to-elements';

/** One fetched piece of graph: the overview, a neighbourhood page or a path, with the entity it grew from. */
export type ElementSet = { anchor: string | null; nodes: string[]; edges: string[]; groups: NeighbourGroup[] };

/** Everything fetched so far, by element id, plus which ids each fetch brought. Immutable: each fetch makes a new store. */
export type ElementStore = { elements: ReadonlyMap<string, ElementDefinition>; sets: ReadonlyMap<string, ElementSet> };

export const OVERVIEW_KEY = 'overview';
export const EMPTY_STORE: ElementStore = { elements: new Map(), sets: new Map() };

export function withSet(store: ElementStore, key: string, anchor: string | null, nodes: EntitySummary[], edges: RelationSummary[], groups: NeighbourGroup[] = []): ElementStore {
  const elements = new Map(store.elements);
  for (const node of nodes) elements.set(node.id, toNodeElement(node));
  for (const edge of edges) elements.set(edge.id, toEdgeElement(edge));
  const sets = new Map(store.sets);
  sets.set(key, { anchor, nodes: nodes.map((n) => n.id), edges: edges.map((e) => e.id), groups });
  return { elements, sets };
}

/** The key of the next page of one relation type of an entity's neighbours. */
export function morePageKey(entityId: string, relType: string, cursor: string): string {
  return `${entityId}|${relType}|${cursor}`;
}

export function parsePageKey(key: string): { id: string; relType: string | null; cursor: string | null } {
  const [id = key, relType = null, cursor = null] = key.split('|');
  return { id, relType, cursor };
}

type View = Pick<ViewState, 'expanded' | 'added' | 'hiddenNodes' | 'hiddenTypes' | 'coMentions'>;

/**
 * Which elements the view shows: the overview, every expanded page and every added entity, minus what the user hid;
 * an edge shows when both its ends do. Pure, so undo is just "compute again".
 */
export function visibleElementIds(store: ElementStore, view: View): { nodes: Set<string>; edges: Set<string> } {
  const hiddenNodes = new Set(view.hiddenNodes);
  const hiddenTypes = new Set<string>(view.hiddenTypes);
  const sets = [store.sets.get(OVERVIEW_KEY), ...view.expanded.map((k) => store.sets.get(k))].filter((s): s is ElementSet => s !== undefined);
  const nodes = new Set<string>();
  const consider = (id: string) => {
    const element = store.elements.get(id);
    if (element && !hiddenNodes.has(id) && !hiddenTypes.has(element.data.type as string)) nodes.add(id);
  };
  for (const set of sets) set.nodes.forEach(consider);
  view.added.forEach(consider);
  const edges = new Set<string>();
  for (const set of sets) {
    for (const id of set.edges) {
      const data = store.elements.get(id)?.data;
      if (!data || !nodes.has(data.source as string) || !nodes.has(data.target as string)) continue;
      if (!view.coMentions && data.type === 'CO_MENTIONED') continue;
      edges.add(id);
    }
  }
  return { nodes, edges };
}

/** The entity each node first came from (its set's anchor), so new nodes can appear next to their parent. */
export function anchorsOf(store: ElementStore, expanded: string[]): Map<string, string> {
  const anchors = new Map<string, string>();
  for (const key of expanded) {
    const set = store.sets.get(key);
    if (!set?.anchor) continue;
    for (const id of set.nodes) if (id !== set.anchor && !anchors.has(id)) anchors.set(id, set.anchor);
  }
  return anchors;
}
