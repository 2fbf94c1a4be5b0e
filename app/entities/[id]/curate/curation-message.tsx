import Link from 'next/link';
import type { ActionResult } from '@/lib/gate/server-action';

export type CurationState = ActionResult<{ summary: string; entityId?: string }> | null;

/** The outcome of the last curation, with a link to where the entity now lives. */
export function CurationMessage({ state }: { state: CurationState }) {
  if (!state) return null;
  const entityId = state.ok ? state.value.entityId : undefined;
  return (
    <p role={state.ok ? 'status' : 'alert'} className={state.ok ? 'success' : 'error'}>
      {state.message}
      {entityId && (
        <>
          {' '}
          · <Link href={`/entities/${encodeURIComponent(entityId)}/curate`}>open {entityId}</Link>
        </>
      )}
    </p>
  );
}
