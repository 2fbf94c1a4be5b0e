'use client';

import { useCallback, useState } from 'react';
import type { FilterState } from '@/lib/filters/state';
import type { FilterResult } from '@/lib/filters/run';

export type RunStatus =
  | { kind: 'idle' }
  | { kind: 'counting' }
  | { kind: 'confirm'; matches: number; state: FilterState }
  | { kind: 'loading' }
  | { kind: 'done'; result: FilterResult }
  | { kind: 'error'; message: string };

async function postFilter(filter: FilterState, countOnly: boolean): Promise<FilterResult> {
  const response = await fetch('/api/filter', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ filter, countOnly }) });
  const body = (await response.json()) as FilterResult & { error?: { message: string } };
  if (!response.ok) throw new Error(body.error?.message ?? `The filter failed (HTTP ${response.status}).`);
  return body;
}

/** Counts first; above `confirmAbove` matches the user confirms before the elements are fetched and drawn. */
export function useFilterRun(confirmAbove: number, onResult: (result: FilterResult) => void) {
  const [status, setStatus] = useState<RunStatus>({ kind: 'idle' });
  const fetchElements = useCallback(
    async (state: FilterState) => {
      setStatus({ kind: 'loading' });
      try {
        const result = await postFilter(state, false);
        setStatus({ kind: 'done', result });
        onResult(result);
      } catch (error) {
        setStatus({ kind: 'error', message: (error as Error).message });
      }
    },
    [onResult],
  );
  const run = useCallback(
    async (state: FilterState) => {
      setStatus({ kind: 'counting' });
      try {
        const { matches } = await postFilter(state, true);
        if (matches > confirmAbove) setStatus({ kind: 'confirm', matches, state });
        else await fetchElements(state);
      } catch (error) {
        setStatus({ kind: 'error', message: (error as Error).message });
      }
    },
    [confirmAbove, fetchElements],
  );
  const cancel = useCallback(() => setStatus({ kind: 'idle' }), []);
  return { status, run, confirm: fetchElements, cancel };
}
