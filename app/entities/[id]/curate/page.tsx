import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { getEntity } from '@/lib/graph/explore';
import { findMergedInto, listCurationEvents } from '@/lib/curation';
import { NotFoundError } from '@/lib/errors';
import { orUnavailable } from '@/lib/result';
import { DatabaseDown } from '@/app/explorer/database-down';
import { TypeBadge } from '@/app/explorer/type-badge';
import { CurateForms } from './curate-forms';
import { CurationHistory } from './curation-history';
import '@/app/ingest/ingest.css';
import '@/app/curation/curation.css';

export const metadata: Metadata = { title: 'Curate an entity · newsgraph' };
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ merged?: string }> };

export default async function CuratePage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const result = await orUnavailable(async () => {
    const entity = await getEntity(id).catch((error: unknown) => (error instanceof NotFoundError ? null : Promise.reject(error)));
    if (!entity) return { found: false as const, mergedInto: await findMergedInto(id) };
    return { found: true as const, entity, events: await listCurationEvents(id) };
  });
  if (!result.ok) return <DatabaseDown message={result.message} />;
  // A merged-away id (an old link, or this page right after its merge) goes to the entity it became part of.
  if (!result.value.found) {
    if (result.value.mergedInto) redirect(`/entities/${encodeURIComponent(result.value.mergedInto.id)}/curate?merged=${encodeURIComponent(id)}`);
    notFound();
  }
  const { entity, events } = result.value;
  return (
    <div className="curate-page">
      <p>
        <Link href={`/?focus=${encodeURIComponent(entity.id)}`}>← {entity.name} in the explorer</Link>
      </p>
      <h1>
        Curate {entity.name} <TypeBadge type={entity.type} />
      </h1>
      <p className="muted">
        <code>{entity.id}</code> · {entity.articleCount} article{entity.articleCount === 1 ? '' : 's'} · {entity.degree} relation{entity.degree === 1 ? '' : 's'}
        {entity.aliases.length > 0 && <> · also called {entity.aliases.join(', ')}</>}
      </p>
      {query.merged && (
        <p role="status" className="success">
          <code>{query.merged}</code> was merged into {entity.name}: its mentions, relations and evidence are here now (undo below).
        </p>
      )}
      <CurateForms entity={{ id: entity.id, name: entity.name, type: entity.type, aliases: entity.aliases }} />
      <CurationHistory events={events} />
    </div>
  );
}
