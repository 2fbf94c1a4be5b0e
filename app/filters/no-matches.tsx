'use client';

import { describeFilter, withoutCondition } from '@/lib/filters/describe';
import type { FilterSession } from './use-filter-session';

/**
 * Shown in place of the graph when a filter matched nothing: the graph is not empty, the filter is too narrow.
 * Each condition can be dropped from here; "Clear filters" brings the whole graph back.
 */
export function NoMatches({ session }: { session: FilterSession }) {
  const filter = session.applied;
  if (!filter) return null;
  const conditions = describeFilter(filter);
  return (
    <div className="graph-empty filter-no-match" role="status" data-testid="filter-no-match">
      <p>
        <strong>No entity matches the filters.</strong> The graph itself is not empty: loosen the filter by removing a condition, widen it in the Filters panel, or clear the
        filters to see the whole graph.
      </p>
      {conditions.length > 0 && (
        <ul>
          {conditions.map((c) => (
            <li key={c.id}>
              {c.text}{' '}
              <button type="button" onClick={() => session.apply(withoutCondition(filter, c.id))}>
                Remove this condition
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="primary" onClick={session.clear}>
        Clear filters
      </button>
    </div>
  );
}
