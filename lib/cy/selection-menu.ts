/** What the canvas's context menu offers for a selection of entities (app/explorer/canvas-menu.tsx draws it). */
export type MenuAction = 'expand' | 'hide' | 'pin' | 'unpin' | 'paths' | 'details' | 'curate';

/** An open menu: the entities it acts on and where it opened (viewport coordinates). */
export type OpenMenu = { targets: { id: string; label: string }[]; at: { x: number; y: number } };

/** `href`: the item is a link (a page of its own), so it opens like one, in a new tab too. */
export type MenuItem = { action: MenuAction; label: string; disabled: boolean; hint?: string; href?: string };

export type MenuContext = {
  /** The entities the menu acts on: the right-clicked one, or the whole selection it belongs to. */
  targets: { id: string; label: string }[];
  expanded: string[];
  pinned: string[];
};

const count = (n: number) => (n === 1 ? '' : ` ${n} entities`);

/**
 * The menu's items, in a fixed order so keyboard users learn where each one is. Items that need exactly one or two
 * entities stay in the menu, disabled, with the reason in their hint (a menu that changes shape is harder to learn).
 */
export function menuItems({ targets, expanded, pinned }: MenuContext): MenuItem[] {
  const n = targets.length;
  const one = n === 1 ? targets[0]! : null;
  const allPinned = n > 0 && targets.every((t) => pinned.includes(t.id));
  const allExpanded = n > 0 && targets.every((t) => expanded.includes(t.id));
  return [
    { action: 'expand', label: `Expand${count(n)}`, disabled: allExpanded, hint: allExpanded ? 'Already expanded' : undefined },
    { action: 'hide', label: `Hide${count(n)}`, disabled: n === 0 },
    allPinned ? { action: 'unpin', label: `Unpin${count(n)}`, disabled: false } : { action: 'pin', label: `Pin${count(n)}`, disabled: n === 0 },
    {
      action: 'paths',
      label: n === 2 ? `Find paths between ${targets[0]!.label} and ${targets[1]!.label}` : 'Find paths',
      disabled: n !== 2,
      hint: n === 2 ? undefined : 'Select exactly two entities',
    },
    { action: 'details', label: one ? `Open details of ${one.label}` : 'Open details', disabled: !one, hint: one ? undefined : 'Select one entity' },
    one
      ? { action: 'curate', label: `Curate ${one.label}`, disabled: false, href: `/entities/${encodeURIComponent(one.id)}/curate` }
      : { action: 'curate', label: 'Curate', disabled: true, hint: 'Select one entity' },
  ];
}

/** Where a menu of this size goes so it stays inside the viewport: at the point, or flipped left/up of it. */
export function placeMenu(at: { x: number; y: number }, menu: { width: number; height: number }, viewport: { width: number; height: number }) {
  const x = at.x + menu.width > viewport.width ? Math.max(0, at.x - menu.width) : at.x;
  const y = at.y + menu.height > viewport.height ? Math.max(0, at.y - menu.height) : at.y;
  return { x: Math.round(x), y: Math.round(y) };
}
