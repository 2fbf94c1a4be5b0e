/**
 * Shared helpers for the reliability suite (`npm run test:reliability`). The suite runs against its own
 * throwaway Neo4j (scripts/test-reliability.mjs starts it), so wiping the database here is safe.
 */
import { runAutoCommit } from '@/lib/neo4j/run';
import { loadArticle } from '@/lib/graph/load-article';
import { validateExtraction } from '@/lib/graph/validate';
import type { GeneratedArticle } from '@/bench/generate';

export const WIPE = 'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS';

export async function wipeDatabase(): Promise<void> {
  await runAutoCommit(WIPE);
}

type IngestModule = { ingestArticle?: (input: unknown) => Promise<unknown> };

/**
 * The app's own ingest path for an article with a known extraction: validate, then load in one transaction.
 * (The extractor-driven `ingestArticle` from lib/ingest is exercised separately; here the extraction is fixed
 * so counts can be predicted.)
 */
export async function ingestGenerated({ article, extraction }: GeneratedArticle): Promise<void> {
  await loadArticle(article, validateExtraction(extraction, article.text));
}

/** Runs `work` over `items` with at most `concurrency` in flight. */
export async function pool<T>(items: T[], concurrency: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const runners = Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      await work(items[index] as T, index);
    }
  });
  await Promise.all(runners);
}

export type { IngestModule };
