import type { LayoutOptions } from 'cytoscape';

/**
 * Layout options as data. fcose's 'default' quality is fine up to a few hundred nodes but takes minutes at
 * thousands (see PERFORMANCE-NOTES), so the quality follows the graph size.
 */
export function fcoseLayout(nodeCount: number): LayoutOptions {
  return {
    name: 'fcose',
    quality: nodeCount > 400 ? 'draft' : 'default', // spectral-only above a few hundred nodes: seconds, not minutes
    randomize: true,
    animate: false, // the first layout is not animated: it would only delay the first useful picture
    fit: true,
    padding: 40,
    nodeRepulsion: 9000, // more room between nodes than the default so labels stay readable
    idealEdgeLength: 110,
    nodeSeparation: 90,
  } as LayoutOptions;
}
