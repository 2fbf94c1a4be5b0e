import { loadArticle, type LoadResult } from '@/lib/graph/load-article';
import { validateExtraction } from '@/lib/graph/validate';
import { readSeedArticles } from './seed-files';

/** Loads every annotated article in graph-seed/. Safe to repeat: unchanged articles are left alone. */
export async function loadSeed(): Promise<LoadResult[]> {
  const results: LoadResult[] = [];
  for (const { article, extraction } of await readSeedArticles()) {
    results.push(await loadArticle(article, validateExtraction(extraction, article.text)));
  }
  return results;
}
