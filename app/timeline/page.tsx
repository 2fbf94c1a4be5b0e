import './timeline.css';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { NotFoundError } from '@/lib/errors';
import { orUnavailable } from '@/lib/result';
import { EMPTY_FILTER } from '@/lib/filters/state';
import { filterFromSearchParam } from '@/lib/filters/url';
import { getTimeline } from '@/lib/timeline/get-timeline';
import { TimelineQuerySchema } from '@/lib/timeline/params';
import { DatabaseDown } from '@/app/explorer/database-down';
import { TimelineHeading } from './timeline-heading';
import { TimelineView } from './timeline-view';

export const metadata: Metadata = { title: 'Timeline · newsgraph' };
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * /timeline?entity=<id> or /timeline?from=<id>&to=<id>[&type=T]: mentions and evidence by publication date.
 * ?filter= is the explorer's own filter state (lib/filters/url.ts); brushing writes its date range there.
 */
export default async function TimelinePage({ searchParams }: Props) {
  const raw = await searchParams;
  const query = TimelineQuerySchema.safeParse({ entity: first(raw.entity), from: first(raw.from), to: first(raw.to), type: first(raw.type) });
  if (!query.success) {
    return (
      <div className="timeline-page">
        <h1>Timeline</h1>
        <p role="alert">{query.error.issues[0]?.message ?? 'This timeline link is malformed.'}</p>
        <p>
          Open an entity or a relation in the <Link href="/">explorer</Link> and choose “Timeline” in its details.
        </p>
      </div>
    );
  }
  const result = await orUnavailable(() => getTimeline(query.data).catch((error: unknown) => (error instanceof NotFoundError ? null : Promise.reject(error))));
  if (!result.ok) return <DatabaseDown message={result.message} />;
  if (!result.value) notFound();
  const filter = filterFromSearchParam(first(raw.filter) ?? null) ?? EMPTY_FILTER;
  return (
    <div className="timeline-page">
      <TimelineHeading subject={result.value.subject} />
      <TimelineView timeline={result.value} filter={filter} />
    </div>
  );
}
