import Link from 'next/link';
import type { CurationState } from '@/app/actions/curation';

/** The outcome of the last curation, with a link to where the entity now lives. */
export function CurationMessage({ state }: { state: CurationState }) {
  if (!state) return null;
  return (
    <p role={state.ok ? 'status' : 'alert'} className={state.ok ? 'success' : 'error'}>
      {state.message}
      {state.ok && state.entityId && <> · <Link href={`/entities/${encodeURIComponent(state.entityId)}/curate`}>open {state.entityId}</Link></>}
    </p>
  );
}
