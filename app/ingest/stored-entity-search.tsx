'use client';

import { useState } from 'react';
import type { SearchResult } from '@/lib/graph/search';

type Props = { initial: string; disabled: boolean; onPick: (stored: { entityId: string; name: string }) => void };

/** Finds a stored entity through the public search (GET /api/entities?q=), to link a preview entity to it. */
export function StoredEntitySearch({ initial, disabled, onPick }: Props) {
  const [query, setQuery] = useState(initial);
  const [results, setResults] = useState<SearchResult[] | null>(null);
  const [error, setError] = useState('');
  const search = async () => {
    setError('');
    try {
      const response = await fetch(`/api/entities?q=${encodeURIComponent(query)}&limit=8`);
      const body = await response.json();
      if (!response.ok) throw new Error(body.message ?? `the search answered ${response.status}`);
      setResults(body.results as SearchResult[]);
    } catch (e) {
      setError(`The search failed (${(e as Error).message}); try again.`);
    }
  };
  return (
    <div className="stored-search">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (query.trim()) void search();
        }}
      >
        <label>
          Link to a stored entity <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} maxLength={200} />
        </label>{' '}
        <button type="submit">Search</button>
      </form>
      {error && <p className="error">{error}</p>}
      {results && results.length === 0 && <p className="muted">No stored entity matches “{query}”.</p>}
      {results && results.length > 0 && (
        <ul className="stored-results">
          {results.map((r) => (
            <li key={r.id}>
              <button type="button" disabled={disabled} onClick={() => onPick({ entityId: r.id, name: r.name })}>
                Link to {r.name}
              </button>{' '}
              <span className="muted">
                {r.type}, {r.articleCount} article{r.articleCount === 1 ? '' : 's'}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
