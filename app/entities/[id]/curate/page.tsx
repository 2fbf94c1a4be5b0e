import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getEntity } from '@/lib/graph/explore';
import { listCurationEvents, listMergeCandidates } from '@/lib/curation';
import { NotFoundError } from '@/lib/errors';
import { orUnavailable } from '@/lib/result';
import { DatabaseDown } from '@/app/explorer/database-down';
import { TypeBadge } from '@/app/explorer/type-badge';
import { CurateForms } from './curate-forms';
import { CurationHistory } from './curation-history';
import '@/app/ingest/ingest.css';

export const metadata: Metadata = { title: 'Curate an entity · newsgraph' };
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

export default async function CuratePage({ params }: Props) {
  const { id } = await params;
  const result = await orUnavailable(async () => {
    const entity = await getEntity(id).catch((error: unknown) => (error instanceof NotFoundError ? null : Promise.reject(error)));
    return entity && { entity, events: await listCurationEvents(id), candidates: await listMergeCandidates(id) };
  });
  if (!result.ok) return <DatabaseDown message={result.message} />;
  if (!result.value) notFound();
  const { entity, events, candidates } = result.value;
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
      <CurateForms entity={{ id: entity.id, name: entity.name, type: entity.type, aliases: entity.aliases }} candidates={candidates} />
      <CurationHistory events={events} />
    </div>
  );
}
