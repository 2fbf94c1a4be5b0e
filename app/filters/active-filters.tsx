'use client';

import { describeFilter, withoutCondition } from '@/lib/filters/describe';
import type { FilterState } from '@/lib/filters/state';
import type { FilterSession } from './use-filter-session';

type Props = { session: FilterSession; filter: FilterState };

/** "Filtered: Type: Person ×  Degree ≥ 2 ×  [Clear filters]": what is on, each part removable on its own. */
export function ActiveFilters({ session, filter }: Props) {
  const conditions = describeFilter(filter);
  const { status } = session;
  const count = status.kind === 'done' ? `${status.result.matches} match` : status.kind === 'counting' || status.kind === 'loading' ? 'running…' : null;
  return (
    <div className="filter-active" role="region" aria-label="Active filter" data-testid="active-filter">
      <span className="filter-active-title">Filter on{count ? ` (${count})` : ''}:</span>
      {conditions.length === 0 && <span className="filter-chip">no condition</span>}
      {conditions.map((c) => (
        <span key={c.id} className="filter-chip">
          {c.text}
          <button type="button" aria-label={`Remove ${c.text}`} title="Remove this condition" onClick={() => session.apply(withoutCondition(filter, c.id))}>
            ×
          </button>
        </span>
      ))}
      <button type="button" className="filter-clear" onClick={session.clear}>
        Clear filters
      </button>
    </div>
  );
}
