import type { EntityDetail } from '@/lib/graph/types';
import { entitiesToFetch } from '@/lib/cy/export-graph';
import { fetchJson } from './fetch-json';

/** Requests in flight at once: enough to be quick, few enough to leave the server room for everyone else. */
const CONCURRENCY = 4;
/** Beyond this many entities the export says which relations came without evidence rather than wait minutes. */
export const MAX_EVIDENCE_FETCHES = 400;

export type EvidenceResult = { details: EntityDetail[]; failed: number; skipped: number };

/**
 * Entity details (aliases, relations with evidence, article titles) for the GraphML and GEXF exports, fetched from
 * the same API as the details panel, for one end of each relation, a few at a time, with progress.
 */
export async function fetchEvidence(nodeIds: string[], edges: { source: string; target: string }[], onProgress: (done: number, total: number) => void): Promise<EvidenceResult> {
  const wanted = entitiesToFetch(nodeIds, edges);
  const ids = wanted.slice(0, MAX_EVIDENCE_FETCHES);
  const details: EntityDetail[] = [];
  let failed = 0;
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < ids.length) {
      const id = ids[next++]!;
      try {
        details.push((await fetchJson<{ entity: EntityDetail }>(`/api/entities/${encodeURIComponent(id)}`)).entity);
      } catch {
        failed++; // counted and reported with the download: the export still carries the graph
      }
      onProgress(++done, ids.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, ids.length) }, worker));
  return { details, failed, skipped: wanted.length - ids.length };
}
