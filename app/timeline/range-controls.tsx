'use client';

import Link from 'next/link';
import type { FilterState } from '@/lib/filters/state';
import type { DateRange } from '@/lib/timeline/brush';
import { useRangeCount } from './use-range-count';

type Props = { dates: DateRange; onChange: (dates: DateRange) => void; state: FilterState; explorerHref: string; shown: number; undated: number };

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The range as two date inputs (the keyboard way to brush), what it keeps, and the way to the filtered graph. */
export function RangeControls({ dates, onChange, state, explorerHref, shown, undated }: Props) {
  const ranged = Boolean(dates.publishedFrom || dates.publishedTo);
  const count = useRangeCount(state, ranged);
  return (
    <form className="range-controls" aria-label="Time range" onSubmit={(e) => e.preventDefault()}>
      <label htmlFor="timeline-from">From</label>
      <input id="timeline-from" type="date" value={dates.publishedFrom ?? ''} onChange={(e) => onChange({ ...dates, publishedFrom: e.target.value || undefined })} />
      <label htmlFor="timeline-to">to</label>
      <input id="timeline-to" type="date" value={dates.publishedTo ?? ''} onChange={(e) => onChange({ ...dates, publishedTo: e.target.value || undefined })} />
      <button type="button" onClick={() => onChange({})} disabled={!ranged}>
        Clear range
      </button>
      <p role="status" className="range-status" data-testid="range-status">
        {ranged ? `${plural(shown, 'dated item')} in ${dates.publishedFrom ?? 'the beginning'} – ${dates.publishedTo ?? 'today'}.` : `No range: ${plural(shown, 'dated item')}.`}
        {undated > 0 && ` ${plural(undated, 'item')} from undated articles${ranged ? ' fall outside every date range' : ''}.`}{' '}
        {count.status === 'counting' && 'Counting the graph…'}
        {count.status === 'done' && (
          <span data-testid="range-matches">
            {plural(count.matches, 'entity', 'entities')} of the graph {count.matches === 1 ? 'is' : 'are'} named in this range.
          </span>
        )}
        {count.status === 'error' && <span className="error">{count.message}</span>}
      </p>
      <Link className="explorer-link" href={explorerHref}>
        {ranged ? 'Show this range in the explorer graph' : 'Open in the explorer'}
      </Link>
    </form>
  );
}
