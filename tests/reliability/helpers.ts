/** Shared helpers for the reliability suite: ingesting generated articles and running work with bounded concurrency. */
import { loadArticle } from '@/lib/graph/load-article';
import { validateExtraction } from '@/lib/graph/validate';
import type { GeneratedArticle } from '@/bench/generate';

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
