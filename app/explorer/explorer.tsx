'use client';

import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'next/navigation';
import type { GraphSlice } from '@/lib/graph/types';
import { toElements } from '@/lib/cy/to-elements';
import { groupBy } from '@/lib/group-by';
import { GraphView } from './graph-view';
import { DetailsPanel } from './details-panel';
import { Legend } from './legend';
import { SeedButton } from './seed-button';
import { FilterPanel } from '@/app/filters/filter-panel';

/** The explorer: graph on the left, details on the right; the focused entity lives in the URL (?focus=id). */
export function Explorer({ slice: overview }: { slice: GraphSlice }) {
  // Filters (app/filters) replace the overview with what Neo4j matched; Reset brings the overview back.
  const [filtered, setFiltered] = useState<GraphSlice | null>(null);
  const slice = filtered ?? overview;
  const searchParams = useSearchParams();
  const focusId = searchParams.get('focus');
  const elements = useMemo(() => toElements(slice.nodes, slice.edges), [slice]);
  const counts = useMemo(() => Object.fromEntries([...groupBy(slice.nodes, (n) => n.type)].map(([t, ns]) => [t, ns.length])), [slice]);

  // pushState keeps the page (and the graph) in place; Next's useSearchParams follows it, and Back steps through focus changes.
  const focus = useCallback((id: string) => {
    const params = new URLSearchParams(window.location.search);
    if (params.get('focus') === id) return;
    params.set('focus', id);
    window.history.pushState(null, '', `?${params.toString()}`);
  }, []);

  const hidden = slice.totalEntities - slice.nodes.length;
  return (
    <div className="explorer">
      <section className="graph-area" aria-label="Graph">
        <div className="graph-toolbar">
          <h1 className="visually-hidden">Explorer</h1>
          <Legend counts={counts} />
          <span className="graph-note" data-testid="graph-summary">
            {slice.nodes.length} entities, {elements.length - slice.nodes.length} relations shown
            {hidden > 0 ? ` — ${hidden} less connected entities hidden; search to find them` : ''}
          </span>
          <details className="filter-drawer">
            <summary>Filters</summary>
            <FilterPanel currentIds={slice.nodes.map((n) => n.id)} onResult={setFiltered} onReset={() => setFiltered(null)} />
          </details>
          <SeedButton />
        </div>
        {slice.nodes.length === 0 ? (
          <p className="graph-note" role="status" style={{ padding: 16 }}>
            The graph is empty. Load the seed with <code>npm run seed</code>, or add articles.
          </p>
        ) : (
          <GraphView elements={elements} focusId={focusId} onSelectEntity={focus} />
        )}
      </section>
      <DetailsPanel entityId={focusId} onFocus={focus} />
    </div>
  );
}
