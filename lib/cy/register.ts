import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';

let registered = false;

/** Registers Cytoscape extensions once per page. Calling it again is harmless. */
export function registerCytoscapeExtensions(): void {
  if (registered) return;
  cytoscape.use(fcose);
  registered = true;
}
