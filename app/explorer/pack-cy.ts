import type { Core, NodeSingular } from 'cytoscape';
import { packComponents } from '@/lib/cy/pack';

/** A node's footprint for packing: its label (up to 140 px wide, under it) counts, not only its shape. */
const LABEL_ROOM = { width: 150, height: 40 };

/**
 * After a force layout: connected pieces packed together, isolated entities (most connected first, then by name)
 * in a grid beside them, then fit. Skipped while a node is pinned: a pinned node never moves.
 */
export function packLaidOutGraph(cy: Core): void {
  if (cy.nodes().empty() || cy.nodes(':locked').nonempty()) return;
  const ordered = (cy.nodes().toArray() as NodeSingular[]).sort(
    (a, b) => Number(b.data('degree') ?? 0) - Number(a.data('degree') ?? 0) || String(a.data('label')).localeCompare(String(b.data('label'))),
  );
  const nodes = ordered.map((n) => ({ id: n.id(), ...n.position(), w: Math.max(n.outerWidth(), LABEL_ROOM.width), h: n.outerHeight() + LABEL_ROOM.height }));
  const edges = cy.edges().map((e) => [e.source().id(), e.target().id()] as [string, string]);
  // The picture is fitted to the canvas afterwards, so it is packed to the canvas's shape (a phone is upright).
  const aspect = cy.width() > 0 && cy.height() > 0 ? cy.width() / cy.height() : undefined;
  const positions = packComponents(nodes, edges, aspect);
  cy.batch(() => cy.nodes().forEach((n) => void n.position(positions.get(n.id()) ?? n.position())));
  cy.fit(undefined, 40);
}
