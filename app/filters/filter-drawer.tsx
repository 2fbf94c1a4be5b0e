'use client';

import { useState } from 'react';
import { FilterPanel } from './filter-panel';
import { ActiveFilters } from './active-filters';
import type { FilterSession } from './use-filter-session';
import './filters.css';

type Props = { session: FilterSession; currentIds: string[] };

/**
 * The "Filters" button over the graph and its drawer; while a filter is on, the button says so and a bar beside it
 * lists the conditions with "Clear filters", drawer open or shut, and after a reload of a filtered URL.
 */
export function FilterDrawer({ session, currentIds }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <details className="filter-drawer" onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>
          <span>Filters</span>
          {session.applied && (
            <span className="filter-on-badge" data-testid="filter-on-badge">
              on
            </span>
          )}
        </summary>
        <FilterPanel session={session} currentIds={currentIds} open={open} />
      </details>
      {session.applied && <ActiveFilters session={session} filter={session.applied} />}
    </>
  );
}
