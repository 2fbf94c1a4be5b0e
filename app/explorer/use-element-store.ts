'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { EntitySummary, GraphSlice, RelationSummary } from '@/lib/graph/types';
import type { Neighbourhood } from '@/lib/graph/neighbours';
import type { GraphPath } from '@/lib/graph/paths';
import { EMPTY_STORE, OVERVIEW_KEY, parsePageKey, withSet, type ElementStore } from '@/lib/cy/element-store';
import { fetchJson } from './fetch-json';

export const NEIGHBOUR_PAGE = 25;

/** The key under which a shortest path between two entities is kept. */
export const pathKey = (from: string, to: string) => `path:${from}:${to}`;

async function fetchSet(key: string, signal?: AbortSignal): Promise<(store: ElementStore) => ElementStore> {
  if (key.startsWith('path:')) {
    const [, from = '', to = ''] = key.split(':');
    const { paths } = await fetchJson<{ paths: GraphPath[] }>(`/api/paths?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`, signal);
    return (s) =>
      withSet(
        s,
        key,
        from,
        paths.flatMap((p) => p.nodes),
        paths.flatMap((p) => p.edges),
      );
  }
  const { id, relType, cursor } = parsePageKey(key);
  const query = new URLSearchParams({ limit: String(NEIGHBOUR_PAGE) });
  if (relType) query.set('relType', relType);
  if (cursor) query.set('cursor', cursor);
  const n = await fetchJson<Neighbourhood>(`/api/entities/${encodeURIComponent(id)}/neighbors?${query}`, signal);
  return (s) => withSet(s, key, id, n.nodes, n.edges, n.groups);
}

/**
 * Everything fetched so far. Declarative: whatever keys the view wants (expansions, added entities) and the store
 * lacks are fetched, so URL restore, undo and redo need no special code. Failures are reported, not retried in a loop.
 */
export function useElementStore(overview: GraphSlice, expanded: string[], added: string[]) {
  const [store, setStore] = useState<ElementStore>(() => withSet(EMPTY_STORE, OVERVIEW_KEY, null, overview.nodes, overview.edges));
  // A new base slice (a filter result, or the overview again after Reset) replaces what is drawn.
  const [base, setBase] = useState(overview);
  if (base !== overview) {
    setBase(overview);
    setStore(withSet(EMPTY_STORE, OVERVIEW_KEY, null, overview.nodes, overview.edges));
  }
  const [failed, setFailed] = useState<{ keys: ReadonlySet<string>; message: string | null }>({ keys: new Set(), message: null });
  const inFlight = useRef(new Set<string>());

  // Expanded pages, plus entities added by a link or a shared URL that the store has never seen.
  const wanted = [...expanded, ...added.filter((id) => !store.elements.has(id) && !expanded.includes(id))];
  // Failed keys are not fetched again until the user asks to retry, so a dead server is not hammered.
  const missing = wanted.filter((key) => !store.sets.has(key) && !failed.keys.has(key));
  const missingKey = missing.join('\n');
  useEffect(() => {
    for (const key of missingKey ? missingKey.split('\n') : []) {
      if (inFlight.current.has(key)) continue;
      inFlight.current.add(key);
      fetchSet(key)
        .then((apply) => setStore(apply))
        .catch((e: unknown) => {
          const message = `Could not load ${parsePageKey(key).id}: ${e instanceof Error ? e.message : String(e)} The current view is kept.`;
          setFailed((f) => ({ keys: new Set(f.keys).add(key), message }));
        })
        .finally(() => inFlight.current.delete(key));
    }
  }, [missingKey]);

  const retry = useCallback(() => setFailed({ keys: new Set(), message: null }), []);
  /** For data fetched elsewhere (a path the user asked for): stored under its key like any other set. */
  const addSet = useCallback((key: string, anchor: string | null, nodes: EntitySummary[], edges: RelationSummary[]) => {
    setStore((s) => withSet(s, key, anchor, nodes, edges));
  }, []);
  return { store, error: failed.message, pending: missing.length > 0, retry, addSet };
}
