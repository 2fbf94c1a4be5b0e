'use client';

import { useEffect, useId, useState } from 'react';
import { fetchJson } from '@/app/explorer/fetch-json';
import { ENTITY_STYLE } from '@/lib/cy/entity-style';
import type { SearchPage, SearchResult } from '@/lib/graph/search';
import type { EntityType } from '@/lib/model';
import { TypeOptions } from '@/app/type-options';

type Props = { entity: { id: string; name: string; type: EntityType }; action: (data: FormData) => void; pending: boolean };
type Found = { status: 'idle' } | { status: 'loading' } | { status: 'done'; results: SearchResult[] } | { status: 'error'; message: string };

const DEBOUNCE_MS = 200;

/** Entities whose name or alias matches, of one type or any; the entity being curated is left out. */
function useTargets(text: string, type: string, excludeId: string): Found {
  const [found, setFound] = useState<Found>({ status: 'idle' });
  const q = text.trim();
  useEffect(() => {
    if (!q) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setFound({ status: 'loading' });
      const url = `/api/entities?q=${encodeURIComponent(q)}&limit=9${type ? `&type=${encodeURIComponent(type)}` : ''}`;
      fetchJson<SearchPage>(url, controller.signal)
        .then((page) => setFound({ status: 'done', results: page.results.filter((r) => r.id !== excludeId).slice(0, 8) }))
        .catch((e: unknown) => controller.signal.aborted || setFound({ status: 'error', message: e instanceof Error ? e.message : String(e) }));
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [q, type, excludeId]);
  return q ? found : { status: 'idle' };
}

/**
 * Merge: search the entity to keep by name or alias (with a type filter), pick it from the results (radio buttons,
 * so arrow keys and screen readers work natively), then merge. An id typed in full works too.
 */
export function MergeForm({ entity, action, pending }: Props) {
  const [text, setText] = useState('');
  const [type, setType] = useState<string>(entity.type);
  const [picked, setPicked] = useState<SearchResult | null>(null);
  const found = useTargets(text, type, entity.id);
  const id = useId();
  const results = found.status === 'done' ? found.results : [];
  // A pick from an earlier search no longer counts once it is off the list.
  const chosen = results.find((r) => r.id === picked?.id) ?? null;
  const status =
    found.status === 'loading'
      ? 'Searching…'
      : found.status === 'error'
        ? `Search failed: ${found.message}`
        : found.status === 'done'
          ? results.length === 0
            ? 'No other entity matches; try another spelling, an alias, or any type.'
            : `${results.length} match${results.length === 1 ? '' : 'es'}: pick the entity to keep.`
          : '';
  return (
    <form action={action} className="ingest-section curate-form" aria-labelledby="merge-heading">
      <h2 id="merge-heading">Merge into another entity</h2>
      <input type="hidden" name="entityId" value={entity.id} />
      <input type="hidden" name="intent" value="merge" />
      <div className="merge-search">
        <label>
          Find the entity to keep <input type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder="a name, an alias or an id" autoComplete="off" />
        </label>
        <label>
          Type
          <select value={type} onChange={(e) => setType(e.target.value)}>
            <TypeOptions any="Any type" />
          </select>
        </label>
      </div>
      <p role="status" className="muted merge-status" id={`${id}-status`}>
        {status}
      </p>
      {results.length > 0 && (
        <fieldset className="merge-results" aria-describedby={`${id}-status`}>
          <legend>Entity to keep</legend>
          {results.map((r) => (
            <label key={r.id}>
              <input type="radio" name="targetId" value={r.id} checked={chosen?.id === r.id} onChange={() => setPicked(r)} required />
              <span className="result-name">{r.name}</span> <span className="muted">{r.matched !== r.name && `“${r.matched}” · `}</span>
              <span className="muted">
                {ENTITY_STYLE[r.type].label} · {r.articleCount} article{r.articleCount === 1 ? '' : 's'} · <code>{r.id}</code>
              </span>
            </label>
          ))}
        </fieldset>
      )}
      {results.length === 0 && /^[a-z]+-[a-z0-9-]+$/.test(text.trim()) && <input type="hidden" name="targetId" value={text.trim()} />}
      <p className="muted">{entity.name}’s mentions, relations and evidence move to the entity you keep; its name becomes an alias there.</p>
      <button type="submit" disabled={pending || (!chosen && results.length > 0)}>
        {chosen ? `Merge into ${chosen.name}` : 'Merge'}
      </button>
    </form>
  );
}
