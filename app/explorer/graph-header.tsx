'use client';

import { useMemo, useState, type ComponentProps } from 'react';
import type { ElementStore } from '@/lib/cy/element-store';
import type { GraphSlice } from '@/lib/graph/types';
import type { SearchResult } from '@/lib/graph/search';
import type { EntityType } from '@/lib/model';
import { Legend } from './legend';
import { SearchBox } from './search-box';
import { SeedButton } from './seed-button';
import { ViewToolbar } from './view-toolbar';

type Props = Omit<ComponentProps<typeof ViewToolbar>, never> & {
  slice: GraphSlice;
  store: ElementStore;
  visible: { nodes: Set<string>; edges: Set<string> };
  pending: boolean;
  error: string | null;
  retry: () => void;
  onPick: (id: string) => void;
  /** The details drawer of narrow screens. */
  drawer: { open: boolean; onOpen: () => void };
};

/** Above the graph: search, legend (click to hide a type), what is shown and hidden, view controls, errors. */
export function GraphHeader({ slice, store, visible, pending, error, retry, onPick, drawer, ...toolbar }: Props) {
  // Narrow screens fold the view controls away so the graph keeps the room.
  const [toolsOpen, setToolsOpen] = useState(false);
  const counts = useMemo(() => {
    const result: Partial<Record<EntityType, number>> = {};
    for (const [, el] of store.elements) if (el.group === 'nodes') result[el.data.type as EntityType] = (result[el.data.type as EntityType] ?? 0) + 1;
    return result;
  }, [store]);
  const hidden = slice.totalEntities - slice.nodes.length;
  return (
    <div className="graph-toolbar">
      <h1 className="visually-hidden">Explorer</h1>
      <div className="toolbar-row">
        <SearchBox label="Search entities" placeholder="Search entities (press /)" slashShortcut onPick={(r: SearchResult) => onPick(r.id)} />
        <Legend counts={counts} hidden={toolbar.view.hiddenTypes} onToggle={(entityType) => toolbar.dispatch({ type: 'toggle-type', entityType })} />
        <SeedButton />
        <button type="button" className="narrow-only" aria-expanded={toolsOpen} aria-controls="view-tools" onClick={() => setToolsOpen((o) => !o)}>
          View options
        </button>
        <button type="button" className="narrow-only" aria-expanded={drawer.open} onClick={drawer.onOpen} disabled={drawer.open}>
          Details
        </button>
      </div>
      <div id="view-tools" className={toolsOpen ? 'view-tools open' : 'view-tools'}>
        <ViewToolbar {...toolbar} />
      </div>
      <p className="graph-note" data-testid="graph-summary" role="status">
        {visible.nodes.size} entities, {visible.edges.size} relations shown
        {hidden > 0
          ? ` — the ${slice.nodes.length} most connected of ${slice.totalEntities}; ${hidden} less connected entities are hidden: search for them, or expand a node.`
          : '.'}
        {pending && ' Loading…'}
      </p>
      {toolbar.view.hiddenNodes.length > 0 && (
        <p className="graph-note">
          {toolbar.view.hiddenNodes.length} entit{toolbar.view.hiddenNodes.length === 1 ? 'y' : 'ies'} hidden by you.{' '}
          <button type="button" className="link-button" onClick={() => toolbar.dispatch({ type: 'show-hidden' })}>
            Show them again
          </button>
        </p>
      )}
      {error && (
        <p role="alert" className="error">
          {error}{' '}
          <button type="button" onClick={retry}>
            Retry
          </button>
        </p>
      )}
    </div>
  );
}
