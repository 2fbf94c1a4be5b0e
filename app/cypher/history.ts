import { useSyncExternalStore } from 'react';

/** Query history for this browser session (sessionStorage), newest first, without duplicates. */
const KEY = 'newsgraph.cypher.history';
const MAX = 30;
const listeners = new Set<() => void>();
const EMPTY: HistoryEntry[] = [];
let cache: { raw: string | null; entries: HistoryEntry[] } = { raw: null, entries: EMPTY };

export type HistoryEntry = { query: string; paramsText: string; at: string };

function snapshot(): HistoryEntry[] {
  const raw = window.sessionStorage.getItem(KEY);
  if (raw === cache.raw) return cache.entries;
  let entries: HistoryEntry[] = EMPTY;
  try {
    const parsed: unknown = JSON.parse(raw ?? '[]');
    if (Array.isArray(parsed)) entries = parsed as HistoryEntry[];
  } catch {
    // A damaged entry (edited by hand) just means no history.
  }
  cache = { raw, entries };
  return entries;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useHistory(): HistoryEntry[] {
  return useSyncExternalStore(subscribe, snapshot, () => EMPTY);
}

export function addToHistory(entry: Omit<HistoryEntry, 'at'>): void {
  const next = [{ ...entry, at: new Date().toISOString() }, ...snapshot().filter((h) => h.query !== entry.query || h.paramsText !== entry.paramsText)].slice(0, MAX);
  window.sessionStorage.setItem(KEY, JSON.stringify(next));
  listeners.forEach((l) => l());
}
