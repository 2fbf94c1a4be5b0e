'use client';

import type { Dispatch } from 'react';
import type { ElementStore } from '@/lib/cy/element-store';
import { groupProgress } from '@/lib/cy/neighbour-pages';
import type { ViewAction, ViewState } from '@/lib/cy/view-state';
import { PathFinder, type PathFinderProps } from './path-finder';

type Props = { id: string; name: string; view: ViewState; store: ElementStore; dispatch: Dispatch<ViewAction>; path: Omit<PathFinderProps, 'from' | 'fromName'> };

/** What the user can do with the focused entity: expand, page through neighbours, hide, pin, find a path. */
export function EntityTools({ id, name, view, store, dispatch, path }: Props) {
  const expanded = view.expanded.includes(id);
  const pinned = view.pinned.includes(id);
  const groups = groupProgress(store, id, view.expanded);
  return (
    <>
      <div className="entity-actions" role="group" aria-label={`Actions for ${name}`}>
        <button type="button" onClick={() => dispatch({ type: 'focus', id, expand: true })} disabled={expanded}>
          {expanded ? 'Expanded' : 'Expand'}
        </button>
        <button type="button" onClick={() => dispatch({ type: 'hide-node', id })}>
          Hide
        </button>
        <button type="button" aria-pressed={pinned} onClick={() => dispatch({ type: 'toggle-pin', id })}>
          {pinned ? 'Unpin' : 'Pin'}
        </button>
      </div>
      {groups.length > 0 && (
        <section aria-label="Neighbours in view">
          <h3>Neighbours in view</h3>
          <ul className="neighbour-groups">
            {groups.map((g) => (
              <li key={g.relType}>
                <code>{g.relType}</code> {g.shown} of {g.total}
                {g.nextKey && (
                  <button type="button" className="link-button" onClick={() => dispatch({ type: 'expand', key: g.nextKey!, anchor: id })}>
                    {Math.min(g.total - g.shown, 25)} more
                  </button>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <PathFinder from={id} fromName={name} {...path} />
    </>
  );
}
