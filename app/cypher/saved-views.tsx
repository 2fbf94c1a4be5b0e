'use client';

import { useEffect, useState } from 'react';
import Link from 'next/link';
import type { SavedQuery } from '@/lib/saved-queries/model';
import { filterToSearchParam } from '@/lib/filters/url';
import { FilterStateSchema } from '@/lib/filters/state';
import { deleteView, listViews, saveView } from './actions';

type Props = { query: string; paramsText: string; onLoad: (query: string, paramsText: string) => void };

/** Saved views from Neo4j: Cypher ones load into the editor, filter ones open in the explorer. */
export function SavedViews({ query, paramsText, onLoad }: Props) {
  const [views, setViews] = useState<SavedQuery[]>([]);
  const [name, setName] = useState('');
  const [message, setMessage] = useState('');
  const refresh = () =>
    listViews(undefined).then(
      (r) => (r.ok ? setViews(r.value) : setMessage(r.message)),
      (e: unknown) => setMessage(String(e)),
    );
  useEffect(() => {
    void refresh();
  }, []);

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    let params: Record<string, unknown>;
    try {
      params = paramsText.trim() ? (JSON.parse(paramsText) as Record<string, unknown>) : {};
    } catch {
      setMessage('Fix the parameters JSON before saving.');
      return;
    }
    const outcome = await saveView({ name, kind: 'cypher', body: { query, params } });
    setMessage(outcome.ok ? `Saved "${outcome.value.name}".` : outcome.message);
    if (outcome.ok) {
      setName('');
      await refresh();
    }
  };

  return (
    <section aria-labelledby="saved-heading" className="side-section">
      <h2 id="saved-heading">Saved queries</h2>
      <form onSubmit={save} className="inline-form">
        <label htmlFor="save-name">Name</label>
        <input id="save-name" value={name} onChange={(e) => setName(e.target.value)} required maxLength={120} />
        <button type="submit">Save query</button>
      </form>
      {message && (
        <p role="status" className="muted">
          {message}
        </p>
      )}
      <ul className="saved-list">
        {views.map((view) => (
          <li key={view.id}>
            {view.kind === 'cypher' ? (
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  const body = view.body as { query: string; params: Record<string, unknown> };
                  onLoad(body.query, JSON.stringify(body.params ?? {}));
                }}
              >
                {view.name}
              </button>
            ) : (
              <Link href={`/?filter=${encodeURIComponent(filterToSearchParam(FilterStateSchema.parse(view.body)))}`}>{view.name} (filter)</Link>
            )}
            {!view.example && (
              <button
                type="button"
                aria-label={`Delete ${view.name}`}
                onClick={async () => {
                  const outcome = await deleteView({ id: view.id });
                  setMessage(outcome.message ?? 'Deleted.');
                  await refresh();
                }}
              >
                ×
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
