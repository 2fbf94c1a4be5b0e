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
