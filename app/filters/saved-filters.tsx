'use client';

import { useEffect, useState } from 'react';
import type { SavedQuery } from '@/lib/saved-queries/model';
import { FilterStateSchema, type FilterState } from '@/lib/filters/state';
import { listViews } from '@/app/cypher/actions';

type Props = {
  /** Bumped after a save, so the list shows the new one. */
  version: number;
  onOpen: (filter: FilterState) => void;
};

type Loaded = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ok'; filters: Array<{ id: string; name: string; filter: FilterState }> };

/** Filter-kind saved views (lib/saved-queries), opened right here; Cypher ones stay in /cypher. */
export function SavedFilters({ version, onOpen }: Props) {
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    listViews(undefined).then(
      (r) => live && setLoaded(r.ok ? { kind: 'ok', filters: toFilters(r.value) } : { kind: 'error', message: r.message }),
      (e: unknown) => live && setLoaded({ kind: 'error', message: `Saved filters could not be loaded (${String(e)}); reopen the drawer to retry.` }),
    );
    return () => void (live = false);
  }, [version]);

  return (
    <fieldset className="saved-filters">
      <legend>Saved filters</legend>
      {loaded.kind === 'loading' && <span className="muted">Loading…</span>}
      {loaded.kind === 'error' && <span className="error">{loaded.message}</span>}
      {loaded.kind === 'ok' && loaded.filters.length === 0 && <span className="muted">None yet: set a filter, name it below and press Save filter.</span>}
      {loaded.kind === 'ok' && loaded.filters.length > 0 && (
        <ul>
          {loaded.filters.map((f) => (
            <li key={f.id}>
              <button type="button" className="link-button" onClick={() => onOpen(f.filter)}>
                {f.name}
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}

/** Saved bodies were checked when saved; one that no longer parses (an older schema) is left out, not shown broken. */
function toFilters(views: SavedQuery[]) {
  return views.flatMap((v) => {
    if (v.kind !== 'filter') return [];
    const parsed = FilterStateSchema.safeParse(v.body);
    return parsed.success ? [{ id: v.id, name: v.name, filter: parsed.data }] : [];
  });
}
