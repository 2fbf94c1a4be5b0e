'use client';

import { useState } from 'react';
import type { GraphPath } from '@/lib/graph/paths';
import { EvidenceText } from './evidence-text';
import { EntityLink } from './entity-link';
import { SearchBox } from './search-box';
import { fetchJson } from './fetch-json';

export type PathFinderProps = {
  from: string;
  fromName: string;
  onPath: (from: string, to: string, paths: GraphPath[]) => void;
  onClear: () => void;
  onFocus: (id: string) => void;
};

type State = { status: 'idle' } | { status: 'loading'; to: string } | { status: 'done'; toName: string; paths: GraphPath[] } | { status: 'error'; message: string };

/** Shortest path from the focused entity to another one, highlighted in the graph and listed hop by hop with evidence. */
export function PathFinder({ from, fromName, onPath, onClear, onFocus }: PathFinderProps) {
  const [state, setState] = useState<State>({ status: 'idle' });
  const find = async (to: string, toName: string) => {
    setState({ status: 'loading', to: toName });
    try {
      const { paths } = await fetchJson<{ paths: GraphPath[] }>(`/api/paths?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`);
      setState({ status: 'done', toName, paths });
      if (paths.length > 0) onPath(from, to, paths);
    } catch (e) {
      setState({ status: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  };
  const path = state.status === 'done' ? state.paths[0] : undefined;
  return (
    <section aria-label="Shortest path" className="path-finder">
      <h3>Path from {fromName}</h3>
      <SearchBox label="Path to" placeholder="Path to… (entity name)" onPick={(r) => void find(r.id, r.name)} />
      {state.status === 'loading' && <p role="status">Looking for a path to {state.to}…</p>}
      {state.status === 'error' && <p role="alert">Could not find a path: {state.message}</p>}
      {state.status === 'done' && !path && (
        <p role="status">
          No path of up to 6 typed relations links {fromName} and {state.toName}.
        </p>
      )}
      {path && (
        <>
          <p role="status">
            {path.edges.length} hop{path.edges.length === 1 ? '' : 's'} to {state.status === 'done' && state.toName}
            {state.status === 'done' && state.paths.length > 1 && ` (${state.paths.length} paths of this length; showing the first)`}{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => {
                setState({ status: 'idle' });
                onClear();
              }}
            >
              Clear path
            </button>
          </p>
          <ol className="path-hops">
            {path.edges.map((edge, i) => {
              const a = path.nodes[i]!;
              const b = path.nodes[i + 1]!;
              return (
                <li key={edge.id}>
                  <EntityLink id={a.id} onFocus={onFocus}>
                    {a.name}
                  </EntityLink>{' '}
                  <code>{edge.source === a.id ? `${edge.type} →` : `← ${edge.type}`}</code>{' '}
                  <EntityLink id={b.id} onFocus={onFocus}>
                    {b.name}
                  </EntityLink>
                  {edge.evidence.map((ev, j) => (
                    <EvidenceText key={j} evidence={ev} terms={[a.name, ...a.aliases, b.name, ...b.aliases]} />
                  ))}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
