import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import { menuTargets } from './menu-targets';

const graph = () =>
  cytoscape({
    headless: true,
    styleEnabled: true,
    elements: ['a', 'b', 'c'].map((id, i) => ({ data: { id, label: id.toUpperCase() }, position: { x: i * 100, y: 0 } })),
  });
const at = { x: 5, y: 6 };
const selected = (cy: cytoscape.Core) => cy.nodes(':selected').map((n) => n.id());

describe('menuTargets', () => {
  it('acts on the whole selection when the right-clicked entity is in it', () => {
    const cy = graph();
    cy.$('#a, #b').select();
    expect(menuTargets(cy, { node: 'b', at })).toEqual({
      targets: [
        { id: 'a', label: 'A' },
        { id: 'b', label: 'B' },
      ],
      at,
    });
    expect(selected(cy)).toEqual(['a', 'b']);
  });

  it('selects an entity outside the selection alone, and acts on it', () => {
    const cy = graph();
    cy.$('#a, #b').select();
    expect(menuTargets(cy, { node: 'c', at })!.targets).toEqual([{ id: 'c', label: 'C' }]);
    expect(selected(cy)).toEqual(['c']);
  });

  it('on the background takes the selection, or opens nothing; without a point it opens beside the entity', () => {
    const cy = graph();
    expect(menuTargets(cy, { node: null, at })).toBeNull();
    cy.$('#c').select();
    expect(menuTargets(cy, { node: null, at })!.targets).toEqual([{ id: 'c', label: 'C' }]);
    const beside = menuTargets(cy, { node: 'c', at: null })!.at;
    expect(beside.x).toBeGreaterThan(cy.$('#c').renderedPosition().x);
  });
});
