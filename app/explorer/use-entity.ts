'use client';

import { useEffect, useState } from 'react';
import type { EntityDetail } from '@/lib/graph/types';

type State = { status: 'idle' } | { status: 'loading'; id: string } | { status: 'ready'; entity: EntityDetail } | { status: 'error'; id: string; message: string };

/** Fetches one entity's details from the JSON API; a newer id cancels the older request. */
export function useEntity(id: string | null): State {
  const [state, setState] = useState<State>({ status: 'idle' });
  useEffect(() => {
    if (!id) return;
    const controller = new AbortController();
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the request starts here, so does its loading state
    setState({ status: 'loading', id });
    fetch(`/api/entities/${encodeURIComponent(id)}`, { signal: controller.signal })
      .then(async (response) => {
        const body = (await response.json()) as { entity?: EntityDetail; error?: { message: string } };
        if (!response.ok || !body.entity) throw new Error(body.error?.message ?? `The server answered ${response.status}.`);
        setState({ status: 'ready', entity: body.entity });
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ status: 'error', id, message: error instanceof Error ? error.message : String(error) });
      });
    return () => controller.abort();
  }, [id]);
  return id ? state : { status: 'idle' };
}
