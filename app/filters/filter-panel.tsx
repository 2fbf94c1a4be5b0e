'use client';

import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { FilterFacets } from '@/lib/filters/facets';
import type { FilterResult } from '@/lib/filters/run';
import type { GraphSlice } from '@/lib/graph/types';
import { CONFIRM_ABOVE, EMPTY_FILTER, type FilterState } from '@/lib/filters/state';
import { filterFromSearchParam, filterToSearchParam } from '@/lib/filters/url';
import { saveView } from '@/app/cypher/actions';
import { FilterFields } from './filter-fields';
import { CypherPreview } from './cypher-preview';
import { useFilterRun } from './use-filter-run';
import './filters.css';

type Props = {
  /** Ids of the entities on screen, for "restrict the current view". */
  currentIds: string[];
  onResult: (slice: GraphSlice) => void;
  onReset: () => void;
};

type Action = { type: 'set'; key: keyof FilterState; value: unknown } | { type: 'replace'; state: FilterState };
const reducer = (state: FilterState, action: Action): FilterState => (action.type === 'replace' ? action.state : { ...state, [action.key]: action.value });

/** Filters run in Neo4j (POST /api/filter); the state lives in the URL as ?filter=. */
export function FilterPanel({ currentIds, onResult, onReset }: Props) {
  const [facets, setFacets] = useState<FilterFacets | null>(null);
  const [state, dispatch] = useReducer(reducer, EMPTY_FILTER);
  const [restrict, setRestrict] = useState(false);
  const [showCypher, setShowCypher] = useState(false);
  const [saveName, setSaveName] = useState('');
  const [saveMessage, setSaveMessage] = useState('');
  const handleResult = useCallback((r: FilterResult) => onResult({ nodes: r.nodes, edges: r.edges, totalEntities: r.matches, totalRelations: r.edges.length }), [onResult]);
  const { status, run, confirm, cancel } = useFilterRun(CONFIRM_ABOVE, handleResult);
  const set = useCallback(<K extends keyof FilterState>(key: K, value: FilterState[K]) => dispatch({ type: 'set', key, value }), []);

  // The drawer's toggle changes the canvas width (filters.css): tell Cytoscape and refit.
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const drawer = formRef.current?.closest('details');
    if (!drawer) return;
    const refit = () =>
      requestAnimationFrame(() => {
        window.cy?.resize();
        window.cy?.fit(undefined, 30);
      });
    drawer.addEventListener('toggle', refit);
    return () => drawer.removeEventListener('toggle', refit);
  }, [facets]);

  const started = useRef(false);
  useEffect(() => {
    fetch('/api/filter')
      .then((r) => r.json() as Promise<FilterFacets>)
      .then(setFacets, () => setFacets(null));
    if (started.current) return;
    started.current = true;
    const fromUrl = filterFromSearchParam(new URLSearchParams(window.location.search).get('filter'));
    if (fromUrl) {
      dispatch({ type: 'replace', state: fromUrl });
      void run(fromUrl);
    }
  }, [run]);

  const apply = (event: React.FormEvent) => {
    event.preventDefault();
    const next = { ...state, withinIds: restrict ? currentIds : undefined };
    const params = new URLSearchParams(window.location.search);
    params.set('filter', filterToSearchParam(next));
    window.history.pushState(null, '', `?${params}`);
    void run(next);
  };
  const reset = () => {
    dispatch({ type: 'replace', state: EMPTY_FILTER });
    const params = new URLSearchParams(window.location.search);
    params.delete('filter');
    window.history.pushState(null, '', params.size ? `?${params}` : window.location.pathname);
    cancel();
    onReset();
  };
  const save = async () => {
    const outcome = await saveView({ name: saveName, kind: 'filter', body: { ...state, withinIds: undefined } });
    setSaveMessage(outcome.ok ? `Saved "${outcome.value.name}".` : outcome.message);
  };

  if (!facets) return <p className="muted">Loading filters…</p>;
  return (
    <form ref={formRef} className="filter-panel" aria-label="Filters" onSubmit={apply}>
      <FilterFields facets={facets} state={state} set={set} />
      <fieldset>
        <legend>Result</legend>
        <label className="check">
          <input type="radio" name="filter-mode" checked={!restrict} onChange={() => setRestrict(false)} /> Replace the view
        </label>
        <label className="check">
          <input type="radio" name="filter-mode" checked={restrict} onChange={() => setRestrict(true)} /> Restrict the current view
        </label>
      </fieldset>
      <div className="row">
        <button type="submit" className="primary" disabled={status.kind === 'counting' || status.kind === 'loading'}>
          Apply filter
        </button>
        <button type="button" onClick={reset}>
          Reset
        </button>
        <label className="check">
          <input type="checkbox" checked={showCypher} onChange={(e) => setShowCypher(e.target.checked)} /> Show Cypher
        </label>
      </div>
      <div role="status" className="filter-status" data-testid="filter-status">
        {status.kind === 'counting' && 'Counting matches…'}
        {status.kind === 'loading' && 'Loading…'}
        {status.kind === 'error' && <span className="error">{status.message}</span>}
        {status.kind === 'done' && `${status.result.matches} entities match${status.result.truncated ? `; the ${status.result.nodes.length} most connected are drawn` : ''}.`}
        {status.kind === 'confirm' && (
          <span>
            {status.matches} entities match — draw them?{' '}
            <button type="button" onClick={() => void confirm(status.state)}>
              Draw
            </button>{' '}
            <button type="button" onClick={cancel}>
              Cancel
            </button>
          </span>
        )}
      </div>
      {showCypher && status.kind === 'done' && <CypherPreview cypher={status.result.cypher} params={status.result.params} />}
      {showCypher && status.kind !== 'done' && <p className="muted">Apply the filter to see its Cypher.</p>}
      <div className="row">
        <label htmlFor="filter-save-name">Save as</label>
        <input id="filter-save-name" value={saveName} onChange={(e) => setSaveName(e.target.value)} maxLength={120} />
        <button type="button" onClick={() => void save()} disabled={!saveName.trim()}>
          Save filter
        </button>
      </div>
      {saveMessage && (
        <p role="status" className="muted">
          {saveMessage}
        </p>
      )}
    </form>
  );
}
