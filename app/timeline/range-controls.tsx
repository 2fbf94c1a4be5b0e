'use client';

import Link from 'next/link';
import type { FilterState } from '@/lib/filters/state';
import type { DateRange } from '@/lib/timeline/brush';
import { useRangeCount } from './use-range-count';

/** `shown` and `undated` are already worded ("5 mentions, 2 evidence"); empty when there are none. */
type Props = { dates: DateRange; onChange: (dates: DateRange) => void; state: FilterState; explorerHref: string; shown: string; undated: string };

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
        {ranged ? `${dates.publishedFrom ?? 'From the start'} – ${dates.publishedTo ?? 'today'}: ${shown || 'nothing'}.` : `All dates: ${shown || 'nothing'}.`}
        {undated && ` Undated articles: ${undated}${ranged ? ', outside every date range' : ''}.`} {count.status === 'counting' && 'Counting the graph…'}
        {count.status === 'done' && (
          <span data-testid="range-matches">
            In the graph, {plural(count.matches, 'entity', 'entities')} {count.matches === 1 ? 'matches' : 'match'} this range.
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
