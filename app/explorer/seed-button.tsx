'use client';

import { useActionState } from 'react';
import { reloadSeed } from '@/app/actions/seed';

/** Reloads the seed article; the graph refreshes when something changed. */
export function SeedButton() {
  const [state, action, pending] = useActionState(reloadSeed, null);
  return (
    <form action={action} className="seed-form">
      <button type="submit" disabled={pending}>
        {pending ? 'Loading seed…' : 'Reload seed'}
      </button>
      {state && (
        <span role="status" className={state.ok ? 'muted' : 'error'}>
          {' '}
          {state.message}
        </span>
      )}
    </form>
  );
}
