/** Shared helper for the reliability suite: ingesting generated articles (lib/pool.ts runs them with bounded concurrency). */
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
