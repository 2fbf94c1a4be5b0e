import { describe, expect, it } from 'vitest';
import { menuItems, placeMenu } from './selection-menu';

const a = { id: 'a', label: 'Ann' };
const b = { id: 'b', label: 'Bob' };
const c = { id: 'c', label: 'Cy' };
const byAction = (items: ReturnType<typeof menuItems>) => Object.fromEntries(items.map((i) => [i.action, i]));

describe('menuItems', () => {
  it('offers everything for one entity, paths disabled', () => {
    const items = byAction(menuItems({ targets: [a], expanded: [], pinned: [] }));
    expect(Object.keys(items)).toEqual(['expand', 'hide', 'pin', 'paths', 'details', 'curate']);
    expect(items.details).toMatchObject({ label: 'Open details of Ann', disabled: false });
    expect(items.curate).toMatchObject({ label: 'Curate Ann', disabled: false, href: '/entities/a/curate' });
    expect(items.paths).toMatchObject({ disabled: true, hint: 'Select exactly two entities' });
  });

  it('finds paths between exactly two, and acts on the whole selection', () => {
    const two = byAction(menuItems({ targets: [a, b], expanded: ['a'], pinned: ['a'] }));
    expect(two.paths).toMatchObject({ label: 'Find paths between Ann and Bob', disabled: false });
    expect(two.pin).toMatchObject({ label: 'Pin 2 entities', disabled: false });
    expect(two.expand).toMatchObject({ label: 'Expand 2 entities', disabled: false });
    expect(two.details!.disabled).toBe(true);
    const three = byAction(menuItems({ targets: [a, b, c], expanded: [], pinned: [] }));
    expect([three.paths!.disabled, three.hide!.label]).toEqual([true, 'Hide 3 entities']);
  });

  it('offers Unpin when every target is pinned, and no Expand when all are expanded', () => {
    const items = byAction(menuItems({ targets: [a, b], expanded: ['a', 'b'], pinned: ['b', 'a'] }));
    expect(items.unpin).toMatchObject({ label: 'Unpin 2 entities', disabled: false });
    expect(items.pin).toBeUndefined();
    expect(items.expand).toMatchObject({ disabled: true, hint: 'Already expanded' });
  });
});

describe('placeMenu', () => {
  it('opens at the point, flipped when it would leave the viewport', () => {
    const viewport = { width: 800, height: 600 };
    expect(placeMenu({ x: 10, y: 20 }, { width: 200, height: 150 }, viewport)).toEqual({ x: 10, y: 20 });
    expect(placeMenu({ x: 700, y: 500 }, { width: 200, height: 150 }, viewport)).toEqual({ x: 500, y: 350 });
    expect(placeMenu({ x: 100, y: 100 }, { width: 900, height: 700 }, viewport)).toEqual({ x: 0, y: 0 });
  });
});
