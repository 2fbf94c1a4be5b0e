import type { Core, NodeSingular } from 'cytoscape';
import type { OpenMenu } from './selection-menu';

/** `at: null` opens the menu beside the node (the keyboard has no pointer). */
export type TargetRequest = { node: string | null; at: { x: number; y: number } | null };

const target = (n: NodeSingular) => ({ id: n.id(), label: String(n.data('label')) });

/**
 * What a context menu acts on, as file managers do it: a right-click inside the selection acts on the whole
 * selection; on any other entity it selects that one alone; on the background it takes the selection, if any.
 */
export function menuTargets(cy: Core, { node, at }: TargetRequest): OpenMenu | null {
  const selected = cy.nodes(':selected');
  const clicked = node ? cy.getElementById(node) : null;
  if (clicked && clicked.nonempty() && clicked.isNode() && !clicked.selected()) {
    cy.elements(':selected').unselect();
    clicked.select();
  }
  const nodes = clicked && clicked.nonempty() && !selected.contains(clicked) ? [clicked as NodeSingular] : selected.toArray().map((n) => n as NodeSingular);
  if (nodes.length === 0) return null;
  if (at) return { targets: nodes.map(target), at };
  const box = cy.container()?.getBoundingClientRect() ?? { left: 0, top: 0 };
  const p = nodes[0]!.renderedPosition();
  const gap = nodes[0]!.renderedOuterWidth() / 2 + 4;
  return { targets: nodes.map(target), at: { x: Math.round(box.left + p.x + gap), y: Math.round(box.top + p.y + gap) } };
}
