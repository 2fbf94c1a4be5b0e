import { writeTransaction } from '@/lib/neo4j/run';
import type { Article, Extraction } from '@/lib/model';
import { loadArticle, sha256, toRows, type LoadResult } from './load-article';
import * as Q from './load-queries';

/**
 * Batch ingest: all NEW articles of the batch land in ONE transaction (one statement), so a batch is whole or
 * absent, like a single article. Unchanged articles are skipped; changed ones go through loadArticle one by one
 * (they need their old evidence removed first). Per-article transactions cost a commit each, which caps
 * throughput far below a bulk UNWIND (see bench/results); batches of ~50 close most of that gap.
 */
export async function loadArticles(items: Array<{ article: Article; extraction: Extraction }>): Promise<LoadResult[]> {
  const unique = [...new Map(items.map((item) => [item.article.id, item])).values()];
  const hashed = unique.map((item) => ({ ...item, hash: sha256(item.article.text), extractionHash: sha256(JSON.stringify(item.extraction)) }));
  const changed: typeof hashed = [];
  const results = await writeTransaction(async (tx) => {
    const existing = new Map((await tx.run(Q.GET_ARTICLE_HASHES, { ids: hashed.map((h) => h.article.id) })).records.map((r) => [r.get('id') as string, r]));
    const fresh = hashed.filter((h) => !existing.has(h.article.id));
    const out: LoadResult[] = [];
    for (const h of hashed) {
      const record = existing.get(h.article.id);
      if (!record) continue;
      if (record.get('sha256') === h.hash && record.get('extractionHash') === h.extractionHash) out.push({ articleId: h.article.id, status: 'unchanged', entities: 0, relations: 0 });
      else changed.push(h);
    }
    if (fresh.length === 0) return out;
    const rows = fresh.map((h) => ({ articleId: h.article.id, article: { ...h.article, url: h.article.url ?? null, sha256: h.hash, extractionHash: h.extractionHash }, ...toRows(h.extraction) }));
    const entityIds = [...new Set(fresh.flatMap((h) => h.extraction.entities.map((e) => e.id)))].sort();
    await tx.run(Q.WRITE_NEW_ARTICLES, { items: rows, entityIds, now: new Date().toISOString() });
    return [...out, ...fresh.map((h) => ({ articleId: h.article.id, status: 'added' as const, entities: h.extraction.entities.length, relations: h.extraction.relations.length }))];
  });
  for (const h of changed) results.push(await loadArticle(h.article, h.extraction));
  return results;
}
