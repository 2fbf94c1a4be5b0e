'use client';

import { useEffect, useState } from 'react';
import type { SearchPage, SearchResult } from '@/lib/graph/search';
import { fetchJson } from './fetch-json';

export type SearchState = { status: 'idle' } | { status: 'loading' } | { status: 'done'; results: SearchResult[] } | { status: 'error'; message: string };

const DEBOUNCE_MS = 150;

/** Entities matching the text typed so far (debounced; a newer query cancels the older request). */
export function useSearch(text: string, limit = 8): SearchState {
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  const query = text.trim();
  useEffect(() => {
    if (!query) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setState({ status: 'loading' });
      fetchJson<SearchPage>(`/api/entities?q=${encodeURIComponent(query)}&limit=${limit}`, controller.signal)
        .then((page) => setState({ status: 'done', results: page.results }))
        .catch((e: unknown) => {
          if (!controller.signal.aborted) setState({ status: 'error', message: e instanceof Error ? e.message : String(e) });
        });
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, limit]);
  return query ? state : { status: 'idle' };
}
