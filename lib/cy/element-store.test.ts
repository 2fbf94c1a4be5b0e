import { describe, expect, it } from 'vitest';
import { anchorsOf, EMPTY_STORE, morePageKey, OVERVIEW_KEY, parsePageKey, visibleElementIds, withSet } from './element-store';
import { INITIAL_VIEW } from './view-state';

const node = (id: string, type: 'Person' | 'Location' = 'Person') => ({ id, name: id, type, degree: 1, articleCount: 1 });
const edge = (id: string, source: string, target: string, type = 'MET_WITH') => ({ id, type, source, target, confidence: 1, evidenceCount: 1 });

const store = withSet(
  withSet(EMPTY_STORE, OVERVIEW_KEY, null, [node('a'), node('b')], [edge('ab', 'a', 'b')]),
  'b',
  'b',
  [node('b'), node('c', 'Location'), node('d')],
  [edge('bc', 'b', 'c', 'HELD_IN'), edge('bd', 'b', 'd', 'CO_MENTIONED')],
);

describe('visibleElementIds', () => {
  it('shows the overview only until a neighbourhood is expanded', () => {
    const v = visibleElementIds(store, INITIAL_VIEW);
    expect([...v.nodes]).toEqual(['a', 'b']);
    expect([...v.edges]).toEqual(['ab']);
  });

  it('adds expanded pages, and drops hidden nodes, hidden types and co-mentions with their edges', () => {
    const view = { ...INITIAL_VIEW, expanded: ['b'] };
    expect([...visibleElementIds(store, view).edges]).toEqual(['ab', 'bc', 'bd']);
    const hidden = visibleElementIds(store, { ...view, hiddenNodes: ['a'], hiddenTypes: ['Location'], coMentions: false });
    expect([...hidden.nodes]).toEqual(['b', 'd']);
    expect([...hidden.edges]).toEqual([]);
  });

  it('ignores keys and added ids that were never fetched', () => {
    expect([...visibleElementIds(store, { ...INITIAL_VIEW, expanded: ['zzz'], added: ['nope'] }).nodes]).toEqual(['a', 'b']);
  });
});

describe('page keys and anchors', () => {
  it('round-trips "more" keys and knows which parent each new node grew from', () => {
    expect(parsePageKey(morePageKey('org-x', 'LEADS', 'o19'))).toEqual({ id: 'org-x', relType: 'LEADS', cursor: 'o19' });
    expect(parsePageKey('org-x')).toEqual({ id: 'org-x', relType: null, cursor: null });
    expect(anchorsOf(store, ['b'])).toEqual(
      new Map([
        ['c', 'b'],
        ['d', 'b'],
      ]),
    );
  });
});
