'use client';

import { useEffect, useState } from 'react';
import type { FilterState } from '@/lib/filters/state';

export type RangeCount = { status: 'idle' } | { status: 'counting' } | { status: 'done'; matches: number } | { status: 'error'; message: string };

/** Waits for the brush to rest before asking Neo4j, so a drag does not send a count per pixel. */
const SETTLE_MS = 250;

/**
 * How many entities the explorer's filter matches with the brushed range: the same POST /api/filter (countOnly)
 * the filter panel runs, so the number is what the explorer will draw.
 */
export function useRangeCount(state: FilterState, active: boolean): RangeCount {
  const [count, setCount] = useState<RangeCount>({ status: 'idle' });
  const body = JSON.stringify({ filter: state, countOnly: true });
  useEffect(() => {
    if (!active) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setCount({ status: 'counting' });
      fetch('/api/filter', { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal: controller.signal })
        .then(async (response) => {
          const result = (await response.json()) as { matches?: number; error?: { message: string } };
          if (!response.ok || result.matches === undefined) throw new Error(result.error?.message ?? `The server answered ${response.status}.`);
          setCount({ status: 'done', matches: result.matches });
        })
        .catch((error: unknown) => {
          if (!controller.signal.aborted) setCount({ status: 'error', message: error instanceof Error ? error.message : String(error) });
        });
    }, SETTLE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [body, active]);
  return active ? count : { status: 'idle' };
}
