import { describe, expect, it } from 'vitest';
import { INITIAL_VIEW, viewReducer, type ViewAction } from './view-state';

const run = (...actions: ViewAction[]) => actions.reduce(viewReducer, INITIAL_VIEW);

describe('viewReducer', () => {
  it('undoes and redoes view changes but not focus', () => {
    const s = run({ type: 'expand', key: 'a', anchor: 'a' }, { type: 'focus', id: 'a' }, { type: 'hide-node', id: 'b' }, { type: 'undo' });
    expect(s).toMatchObject({ expanded: ['a'], hiddenNodes: [], focus: 'a' });
    expect(viewReducer(s, { type: 'redo' }).hiddenNodes).toEqual(['b']);
    expect(viewReducer(viewReducer(s, { type: 'toggle-pin', id: 'x' }), { type: 'redo' }).future).toEqual([]);
  });

  it('hiding the focused node clears the focus; focusing or adding a hidden node shows it again', () => {
    const hidden = run({ type: 'focus', id: 'a' }, { type: 'hide-node', id: 'a' });
    expect(hidden).toMatchObject({ focus: null, hiddenNodes: ['a'] });
    expect(viewReducer(hidden, { type: 'focus', id: 'a' }).hiddenNodes).toEqual([]);
    expect(viewReducer(hidden, { type: 'add', ids: ['a'] }).hiddenNodes).toEqual([]);
    expect(viewReducer(hidden, { type: 'show-hidden' }).hiddenNodes).toEqual([]);
  });

  it('focusing with expand adds and expands the entity in one undo step', () => {
    const s = run({ type: 'focus', id: 'a', expand: true });
    expect(s).toMatchObject({ focus: 'a', added: ['a'], expanded: ['a'] });
    expect(viewReducer(s, { type: 'undo' })).toMatchObject({ focus: 'a', added: [], expanded: [] });
  });

  it('toggles types and pins, and ignores an expansion already shown or an undo with no history', () => {
    const s = run({ type: 'toggle-type', entityType: 'Person' }, { type: 'toggle-type', entityType: 'Person' }, { type: 'toggle-pin', id: 'p' });
    expect(s).toMatchObject({ hiddenTypes: [], pinned: ['p'] });
    const expanded = run({ type: 'expand', key: 'a', anchor: 'a' });
    expect(viewReducer(expanded, { type: 'expand', key: 'a', anchor: 'a' })).toBe(expanded);
    expect(viewReducer(INITIAL_VIEW, { type: 'undo' })).toBe(INITIAL_VIEW);
  });
});

describe('viewReducer: layout, size, co-mentions and positions are part of the undoable view', () => {
  const placed = { a: { x: 1, y: 2 }, b: { x: 3, y: 4 } };
  it('a layout change clears the positions for the new layout; undo brings the old layout and its positions back', () => {
    const laidOut = run({ type: 'record-positions', positions: placed });
    expect(laidOut.past).toEqual([]); // recording is not a step of its own
    const grid = viewReducer(laidOut, { type: 'set-layout', layout: 'grid' });
    expect(grid).toMatchObject({ layout: 'grid', positions: {} });
    expect(viewReducer(grid, { type: 'undo' })).toMatchObject({ layout: 'fcose', positions: placed });
    expect(viewReducer(viewReducer(grid, { type: 'undo' }), { type: 'redo' })).toMatchObject({ layout: 'grid', positions: {} });
  });

  it('a drag, the size mode and the co-mention toggle are each one undo step', () => {
    const s = run({ type: 'record-positions', positions: placed }, { type: 'move-nodes', positions: { a: { x: 50, y: 60 } } });
    expect(s.positions).toEqual({ a: { x: 50, y: 60 }, b: { x: 3, y: 4 } });
    expect(viewReducer(s, { type: 'undo' }).positions).toEqual(placed);
    const sized = viewReducer(s, { type: 'set-size', sizeBy: 'mentions' });
    expect(viewReducer(sized, { type: 'undo' }).sizeBy).toBe('degree');
    const co = viewReducer(s, { type: 'toggle-co-mentions' });
    expect(co.coMentions).toBe(false);
    expect(viewReducer(co, { type: 'undo' }).coMentions).toBe(true);
  });

  it('recording the positions already held changes nothing (no re-render loop)', () => {
    const s = run({ type: 'record-positions', positions: placed });
    expect(viewReducer(s, { type: 'record-positions', positions: { a: { x: 1, y: 2 }, b: { x: 3, y: 4 } } })).toBe(s);
  });

  it('acts on a whole selection in one undo step: expand, hide, pin and unpin', () => {
    const hidden = run({ type: 'focus', id: 'b' }, { type: 'hide-nodes', ids: ['a', 'b'] });
    expect(hidden).toMatchObject({ hiddenNodes: ['a', 'b'], focus: null, past: [expect.anything()] });
    expect(viewReducer(hidden, { type: 'undo' }).hiddenNodes).toEqual([]);
    expect(viewReducer(hidden, { type: 'hide-nodes', ids: ['a'] })).toBe(hidden);

    const expanded = viewReducer(hidden, { type: 'expand-nodes', ids: ['a', 'c'] });
    expect(expanded).toMatchObject({ expanded: ['a', 'c'], added: ['a', 'c'], hiddenNodes: ['b'] });
    expect(viewReducer(expanded, { type: 'expand-nodes', ids: ['c'] })).toBe(expanded);

    const pinned = run({ type: 'toggle-pin', id: 'a' }, { type: 'set-pins', ids: ['a', 'b', 'c'], pinned: true });
    expect(pinned.pinned).toEqual(['a', 'b', 'c']);
    expect(pinned.past).toHaveLength(2);
    const unpinned = viewReducer(pinned, { type: 'set-pins', ids: ['a', 'c'], pinned: false });
    expect(unpinned.pinned).toEqual(['b']);
    expect(viewReducer(unpinned, { type: 'undo' }).pinned).toEqual(['a', 'b', 'c']);
    expect(viewReducer(unpinned, { type: 'set-pins', ids: ['x'], pinned: false })).toBe(unpinned);
  });
});
