import { Suspense } from 'react';
import { getOverview } from '@/lib/graph/explore';
import { getEnv } from '@/lib/env';
import { orUnavailable } from '@/lib/result';
import { Explorer } from './explorer/explorer';
import { DatabaseDown } from './explorer/database-down';

export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<{ limit?: string }> };

/** ?limit= overrides EXPLORER_OVERVIEW_LIMIT, how many of the most connected entities the opening view shows. */
function overviewLimit(raw: string | undefined): number {
  const requested = Number(raw);
  return Number.isInteger(requested) && requested > 0 ? Math.min(requested, 10_000) : getEnv().EXPLORER_OVERVIEW_LIMIT;
}

export default async function ExplorerPage({ searchParams }: Props) {
  const { limit } = await searchParams;
  const overview = await orUnavailable(() => getOverview(overviewLimit(limit)));
  if (!overview.ok) return <DatabaseDown message={overview.message} />;
  return (
    <Suspense>
      <Explorer slice={overview.value} />
    </Suspense>
  );
}
