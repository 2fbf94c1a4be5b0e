'use client';

import { useEffect, useRef, useState } from 'react';
import type { FilterFacets } from '@/lib/filters/facets';
import { saveView } from '@/app/cypher/actions';
import { FilterFields } from './filter-fields';
import { CypherPreview } from './cypher-preview';
import { SavedFilters } from './saved-filters';
import type { FilterSession } from './use-filter-session';
import './filters.css';

type Props = {
  session: FilterSession;
  /** Ids of the entities on screen, for "restrict the current view". */
  currentIds: string[];
  /** The drawer is open: saved filters are fetched only then. */
  open: boolean;
};

/** Filters run in Neo4j (POST /api/filter); the state lives in the URL as ?filter= (use-filter-session.ts). */
export function FilterPanel({ session, currentIds, open }: Props) {
  const { draft: state, set, status, confirm, cancel } = session;
  const [facets, setFacets] = useState<FilterFacets | null>(null);
  const [restrict, setRestrict] = useState(false);
  const [showCypher, setShowCypher] = useState(false);
  const [saveName, setSaveName] = useState('');
  const [saveMessage, setSaveMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [savedVersion, setSavedVersion] = useState(0);

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

  useEffect(() => {
    fetch('/api/filter')
      .then((r) => r.json() as Promise<FilterFacets>)
      .then(setFacets, () => setFacets(null));
  }, []);

  const apply = (event: React.FormEvent) => {
    event.preventDefault();
    session.apply({ ...state, withinIds: restrict ? currentIds : undefined });
  };
  // Saved through the write gate (saveView is a writeAction): without the write token it is refused, and says so.
  const save = async () => {
    const outcome = await saveView({ name: saveName, kind: 'filter', body: { ...state, withinIds: undefined } });
    setSaveMessage({ ok: outcome.ok, text: outcome.ok ? `Saved "${outcome.value.name}".` : outcome.message });
    if (outcome.ok) {
      setSaveName('');
      setSavedVersion((v) => v + 1);
    }
  };

  if (!facets) return <p className="muted">Loading filters…</p>;
  return (
    <form ref={formRef} className="filter-panel" aria-label="Filters" onSubmit={apply}>
      {open && <SavedFilters version={savedVersion} onOpen={session.apply} />}
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
        <button type="button" onClick={session.clear}>
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
        {status.kind === 'done' && status.result.matches === 0 && '0 entities match: no entity matches these filters. Loosen or remove a condition, or Reset.'}
        {status.kind === 'done' &&
          status.result.matches > 0 &&
          `${status.result.matches} entities match${status.result.truncated ? `; the ${status.result.nodes.length} most connected are drawn` : ''}.`}
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
        <p role={saveMessage.ok ? 'status' : 'alert'} className={saveMessage.ok ? 'muted' : 'error'}>
          {saveMessage.text}
        </p>
      )}
    </form>
  );
}
