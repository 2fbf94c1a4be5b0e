import type { LayoutOptions } from 'cytoscape';
import type { LayoutName } from './view-state';

/** Above this many nodes fcose runs spectral-only ('draft'): seconds instead of minutes (see PERFORMANCE-NOTES). */
const FCOSE_DRAFT_ABOVE = 400;
/** Animating more nodes than this costs more than it explains. */
const ANIMATE_UP_TO = 300;

/**
 * Layout options as data. fcose's 'default' quality is fine up to a few hundred nodes but takes minutes at
 * thousands, so the quality follows the graph size.
 */
export function fcoseLayout(nodeCount: number, animate = false): LayoutOptions {
  return {
    name: 'fcose',
    quality: nodeCount > FCOSE_DRAFT_ABOVE ? 'draft' : 'default',
    randomize: true,
    animate: animate && nodeCount <= ANIMATE_UP_TO, // the first layout is not animated: it would only delay the first useful picture
    fit: true,
    padding: 40,
    nodeRepulsion: 9000, // more room between nodes than the default so labels stay readable
    idealEdgeLength: 110,
    nodeSeparation: 90,
  } as LayoutOptions;
}

/** Options for each layout the user can choose; pinned (locked) nodes stay where they are in all of them. */
export function layoutOptions(name: LayoutName, nodeCount: number, animate: boolean): LayoutOptions {
  const common = { fit: true, padding: 40, animate: animate && nodeCount <= ANIMATE_UP_TO, animationDuration: 400 };
  switch (name) {
    case 'fcose':
      return fcoseLayout(nodeCount, animate);
    case 'concentric':
      // Most connected entities in the middle rings.
      return { name: 'concentric', ...common, minNodeSpacing: 30, concentric: (n: { data: (k: string) => number }) => n.data('degree'), levelWidth: () => 2 } as LayoutOptions;
    case 'breadthfirst':
      return { name: 'breadthfirst', ...common, directed: false, spacingFactor: 1.1 } as LayoutOptions;
    case 'grid':
      return { name: 'grid', ...common, avoidOverlap: true } as LayoutOptions;
  }
}

export const LAYOUT_LABELS: Record<LayoutName, string> = {
  fcose: 'Force-directed (fcose)',
  concentric: 'Concentric by degree',
  breadthfirst: 'Tree (breadth-first)',
  grid: 'Grid',
};
