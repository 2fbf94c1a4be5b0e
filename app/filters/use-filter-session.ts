'use client';

import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { FilterResult } from '@/lib/filters/run';
import type { GraphSlice } from '@/lib/graph/types';
import { CONFIRM_ABOVE, EMPTY_FILTER, type FilterState } from '@/lib/filters/state';
import { filterFromSearchParam, filterToSearchParam } from '@/lib/filters/url';
import { useFilterRun } from './use-filter-run';

/** The form's draft, and the filter that is on (null: none). Applying puts the filter in both. */
type Filters = { draft: FilterState; applied: FilterState | null };
type Action = { type: 'set'; key: keyof FilterState; value: unknown } | { type: 'apply'; filter: FilterState } | { type: 'clear' };
function reducer(state: Filters, action: Action): Filters {
  if (action.type === 'apply') return { draft: action.filter, applied: action.filter };
  if (action.type === 'clear') return { draft: EMPTY_FILTER, applied: null };
  return { ...state, draft: { ...state.draft, [action.key]: action.value } };
}

/** ?filter= in the address bar: pushed on every apply, removed on clear, so the view can be shared and reloaded. */
function writeUrl(filter: FilterState | null) {
  const params = new URLSearchParams(window.location.search);
  if (filter) params.set('filter', filterToSearchParam(filter));
  else params.delete('filter');
  window.history.pushState(null, '', params.size ? `?${params}` : window.location.pathname);
}

export type FilterSession = ReturnType<typeof useFilterSession>;

/**
 * The explorer's filter: the form's draft, the filter that is on (`applied`, null when none), and the run status.
 * Lives above the drawer so the "filter on" bar and the zero-match note can read and clear it while the drawer is
 * shut. A filter in the URL is applied once on load.
 */
export function useFilterSession({ onResult, onReset }: { onResult: (slice: GraphSlice) => void; onReset: () => void }) {
  const [{ draft, applied }, dispatch] = useReducer(reducer, { draft: EMPTY_FILTER, applied: null });
  const handleResult = useCallback((r: FilterResult) => onResult({ nodes: r.nodes, edges: r.edges, totalEntities: r.matches, totalRelations: r.edges.length }), [onResult]);
  const { status, run, confirm, cancel } = useFilterRun(CONFIRM_ABOVE, handleResult);
  const set = useCallback(<K extends keyof FilterState>(key: K, value: FilterState[K]) => dispatch({ type: 'set', key, value }), []);

  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const fromUrl = filterFromSearchParam(new URLSearchParams(window.location.search).get('filter'));
    if (!fromUrl) return;
    dispatch({ type: 'apply', filter: fromUrl });
    void run(fromUrl);
  }, [run]);

  /** Applies `filter` (the draft, a saved filter, or the current one less a condition) and shows it in the form. */
  const apply = useCallback(
    (filter: FilterState) => {
      dispatch({ type: 'apply', filter });
      writeUrl(filter);
      void run(filter);
    },
    [run],
  );
  const clear = useCallback(() => {
    dispatch({ type: 'clear' });
    writeUrl(null);
    cancel();
    onReset();
  }, [cancel, onReset]);

  return { draft, set, applied, status, apply, clear, confirm, cancel };
}
