'use client';

import type { ReactNode } from 'react';
import { EntityDetails } from './entity-details';
import { EdgeDetails } from './edge-details';
import { useEntity } from './use-entity';

type Props = {
  entityId: string | null;
  edge: { id: string; source: string } | null;
  onFocus: (id: string) => void;
  /** Actions, neighbour groups and path finder for the focused entity. */
  entityTools: ReactNode;
  /** On narrow screens the panel is a drawer over the graph (app/globals.css); wide screens always show it. */
  drawer: { open: boolean; onClose: () => void };
};

/** The right-hand panel: who or what the focused entity is and why each edge exists; or one edge's evidence. */
export function DetailsPanel({ entityId, edge, onFocus, entityTools, drawer }: Props) {
  const state = useEntity(edge?.source ?? entityId);
  return (
    <aside className={`panel ${drawer.open ? 'drawer-open' : 'drawer-closed'}`} aria-label="Details" aria-live="polite">
      <button type="button" className="drawer-close narrow-only" onClick={drawer.onClose}>
        Close details
      </button>
      {state.status === 'idle' && (
        <>
          <h2>Start with a search</h2>
          <p className="muted">
            Press <kbd>/</kbd> to search entities by name or alias, or click a node. Double-click a node to expand it. Click an edge to see the sentences behind it.
          </p>
        </>
      )}
      {state.status === 'loading' && <p role="status">Loading {state.id}…</p>}
      {state.status === 'error' && (
        <p role="alert">
          Could not load {state.id}: {state.message}
        </p>
      )}
      {state.status === 'ready' && edge && <EdgeDetails edgeId={edge.id} entity={state.entity} onFocus={onFocus} />}
      {state.status === 'ready' && !edge && <EntityDetails entity={state.entity} onFocus={onFocus} tools={entityTools} />}
    </aside>
  );
}
