'use client';

import { useEffect, useMemo, useState } from 'react';
import type { FilterState } from '@/lib/filters/state';
import { filterToSearchParam } from '@/lib/filters/url';
import { toHistogram } from '@/lib/timeline/buckets';
import { datesToRange, inDateRange, orderedDates, withDates, type DateRange } from '@/lib/timeline/brush';
import type { Timeline } from '@/lib/timeline/types';
import { TimelineStrip } from './timeline-strip';
import { RangeControls } from './range-controls';
import { summary, TimelineList } from './timeline-list';

type Props = { timeline: Timeline; filter: FilterState };

/**
 * The strip, the range and the list. The brushed range IS the explorer's filter state (publishedFrom/To of
 * lib/filters/state.ts): it lives in ?filter= here and travels to the explorer, which runs it as Cypher.
 */
export function TimelineView({ timeline, filter }: Props) {
  const histogram = useMemo(() => toHistogram(timeline.items), [timeline.items]);
  const [dates, setDates] = useState<DateRange>({ publishedFrom: filter.publishedFrom, publishedTo: filter.publishedTo });
  const setOrdered = (next: DateRange) => setDates(orderedDates(next));
  const state = useMemo(() => withDates(filter, dates), [filter, dates]);
  const filterParam = filterToSearchParam(state);
  const hasFilter = filterParam !== '{}';

  // The URL rebuilds the view: a reload or a shared link brings back the same range.
  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    if (hasFilter) params.set('filter', filterParam);
    else params.delete('filter');
    const search = `?${params}`;
    if (search !== window.location.search) window.history.replaceState(null, '', search);
  }, [filterParam, hasFilter]);

  const subject = timeline.subject;
  const focus = subject.kind === 'entity' ? subject.entity.id : subject.from.id;
  const explorerHref = `/?${new URLSearchParams({ focus, ...(hasFilter ? { filter: filterParam } : {}) })}`;
  const terms = subject.kind === 'entity' ? [subject.entity.name, ...subject.entity.aliases] : [subject.from.name, ...subject.from.aliases, subject.to.name, ...subject.to.aliases];
  const inRange = timeline.items.filter((i) => i.publishedAt && inDateRange(i.publishedAt, dates));
  const undated = timeline.items.filter((i) => !i.publishedAt);

  if (timeline.items.length === 0) return <p role="status">No article mentions this yet, so there is nothing to place in time.</p>;
  return (
    <>
      <TimelineStrip histogram={histogram} range={datesToRange(histogram.buckets, dates)} onBrush={setOrdered} />
      <RangeControls dates={dates} onChange={setOrdered} state={state} explorerHref={explorerHref} shown={summary(inRange)} undated={summary(undated)} />
      {timeline.truncated && (
        <p className="muted" role="note">
          Only the first {timeline.items.length} items are shown: this entity is named in more sentences than one page holds.
        </p>
      )}
      <TimelineList
        granularity={histogram.granularity}
        dated={inRange}
        undated={undated}
        hidden={summary(timeline.items.filter((i) => i.publishedAt && !inDateRange(i.publishedAt, dates)))}
        terms={terms}
        ranged={Boolean(dates.publishedFrom || dates.publishedTo)}
      />
    </>
  );
}
