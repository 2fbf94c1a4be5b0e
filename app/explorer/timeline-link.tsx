'use client';

import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { timelineHref, type TimelineQuery } from '@/lib/timeline/params';

/** "Timeline" from the details panel; the explorer's filter (?filter=) goes along, so a brush narrows that filter. */
export function TimelineLink({ query, label }: { query: TimelineQuery; label: string }) {
  const filter = useSearchParams().get('filter');
  return (
    <Link href={timelineHref(query, filter)} aria-label={label} className="timeline-link">
      Timeline
    </Link>
  );
}
