import type { Metadata } from 'next';
import { listDismissals, listDuplicateCandidates } from '@/lib/curation';
import { isEntityType } from '@/lib/model';
import { TypeOptions } from '@/app/type-options';
import { orUnavailable } from '@/lib/result';
import { DatabaseDown } from '@/app/explorer/database-down';
import { DuplicateList } from './duplicate-list';
import '@/app/ingest/ingest.css';
import '@/app/curation/curation.css';

export const metadata: Metadata = { title: 'Likely duplicates · newsgraph' };
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<{ type?: string }> };

/** Pairs of entities that are probably one, best first, to merge or dismiss in a click; the type filter is in the URL. */
export default async function DuplicatesPage({ searchParams }: Props) {
  const { type: raw } = await searchParams;
  const type = raw && isEntityType(raw) ? raw : null;
  const result = await orUnavailable(async () => ({ pairs: await listDuplicateCandidates({ type, limit: 50 }), dismissals: await listDismissals() }));
  if (!result.ok) return <DatabaseDown message={result.message} />;
  const { pairs, dismissals } = result.value;
  return (
    <div className="curate-page">
      <h1>Likely duplicates</h1>
      <p className="muted">
        Entities of the same type whose names match once normalised, an acronym and its full name, one name inside another, a typo apart or sharing words; shared articles count
        too. Every merge is logged and can be undone on the kept entity’s curation page; a dismissed pair is not proposed again.
      </p>
      <form className="duplicate-filters" method="get">
        <label>
          Type
          <select name="type" defaultValue={type ?? ''}>
            <TypeOptions any="Every type" />
          </select>
        </label>
        <button type="submit">Show</button>
      </form>
      <DuplicateList pairs={pairs} dismissals={dismissals} />
    </div>
  );
}
