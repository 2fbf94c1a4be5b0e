import { Suspense } from 'react';
import { getOverview } from '@/lib/graph/explore';
import { orUnavailable } from '@/lib/result';
import { Explorer } from './explorer/explorer';
import { DatabaseDown } from './explorer/database-down';

export const dynamic = 'force-dynamic';

export default async function ExplorerPage() {
  const overview = await orUnavailable(() => getOverview());
  if (!overview.ok) return <DatabaseDown message={overview.message} />;
  return (
    <Suspense>
      <Explorer slice={overview.value} />
    </Suspense>
  );
}
