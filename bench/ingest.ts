/**
 * Ingest throughput, three ways, on the same generated articles:
 *  - app:   the app's own ingest path, one article at a time (lib/ingest's ingestArticle once it lands with a
 *           fixed-extraction entry point; until then validateExtraction + loadArticle, which is what it calls);
 *  - naive: one transaction per article, per entity and per relation, each with its own MERGE;
 *  - bulk:  the raw upper bound, a single transaction of UNWIND … MERGE over all the extracted data.
 */
import { getDriver, getDatabase } from '@/lib/neo4j/driver';
import { loadArticle } from '@/lib/graph/load-article';
import { loadArticles } from '@/lib/graph/load-articles';
import { validateExtraction } from '@/lib/graph/validate';
import { RELATION_TYPES } from '@/lib/model';
import type { GeneratedArticle } from './generate';
import { log, timed } from './stats';
import { wipe } from './db';

const NAIVE_ARTICLE = 'MERGE (a:Article {id: $id}) SET a.title = $title, a.publishedAt = $publishedAt, a.language = $language, a.source = $source, a.text = $text';
const NAIVE_ENTITY = `
MATCH (a:Article {id: $articleId})
MERGE (e:Entity {id: $id}) ON CREATE SET e.name = $name, e.type = $type, e.aliases = []
MERGE (a)-[m:MENTIONS]->(e) SET m.count = $count, m.starts = $starts, m.ends = $ends`;
const naiveRelation = (type: string) => `
MATCH (s:Entity {id: $source}), (t:Entity {id: $target})
MERGE (s)-[r:${type}]->(t) ON CREATE SET r.articleIds = [], r.evidence = [], r.confidence = 0.0
SET r.articleIds = r.articleIds + $articleId, r.evidence = r.evidence + $evidence, r.confidence = $confidence`;

const BULK_ARTICLES = 'UNWIND $rows AS row MERGE (a:Article {id: row.id}) SET a += row';
const BULK_ENTITIES = `
UNWIND $rows AS row
MERGE (e:Entity {id: row.id}) ON CREATE SET e.name = row.name, e.type = row.type, e.aliases = []
WITH e, row
MATCH (a:Article {id: row.articleId})
MERGE (a)-[m:MENTIONS]->(e) SET m.count = size(row.starts), m.starts = row.starts, m.ends = row.ends`;
const bulkRelations = (type: string) => `
UNWIND $rows AS row
MATCH (s:Entity {id: row.source}), (t:Entity {id: row.target})
MERGE (s)-[r:${type}]->(t) ON CREATE SET r.articleIds = [], r.evidence = [], r.confidence = 0.0
SET r.articleIds = r.articleIds + row.articleId, r.evidence = r.evidence + row.evidence, r.confidence = row.confidence`;

/** The app path, `concurrency` articles in flight (each still its own transaction). */
export async function ingestApp(articles: GeneratedArticle[], concurrency = 1): Promise<number> {
  await wipe();
  let next = 0;
  const worker = async () => {
    while (next < articles.length) {
      const { article, extraction } = articles[next++] as GeneratedArticle;
      await loadArticle(article, validateExtraction(extraction, article.text));
    }
  };
  const { ms } = await timed(() => Promise.all(Array.from({ length: concurrency }, worker)));
  return ms;
}

/** Batch ingest: validate each, then `loadArticles` per batch of `size` (one transaction per batch). */
export async function ingestAppBatch(articles: GeneratedArticle[], size = 50): Promise<number> {
  await wipe();
  const { ms } = await timed(async () => {
    for (let i = 0; i < articles.length; i += size) {
      await loadArticles(articles.slice(i, i + size).map(({ article, extraction }) => ({ article, extraction: validateExtraction(extraction, article.text) })));
    }
  });
  return ms;
}

export async function ingestNaive(articles: GeneratedArticle[]): Promise<number> {
  await wipe();
  const session = getDriver().session({ database: getDatabase() });
  try {
    const { ms } = await timed(async () => {
      for (const { article, extraction } of articles) {
        await session.executeWrite((tx) => tx.run(NAIVE_ARTICLE, article));
        for (const e of extraction.entities) {
          const params = { articleId: article.id, id: e.id, name: e.name, type: e.type, count: e.mentions.length, starts: e.mentions.map((m) => m.start), ends: e.mentions.map((m) => m.end) };
          await session.executeWrite((tx) => tx.run(NAIVE_ENTITY, params));
        }
        for (const r of extraction.relations) {
          const params = { source: r.source, target: r.target, articleId: article.id, evidence: r.evidence.map((e) => e.text), confidence: r.confidence };
          await session.executeWrite((tx) => tx.run(naiveRelation(r.type), params));
        }
      }
    });
    return ms;
  } finally {
    await session.close();
  }
}

export async function ingestBulk(articles: GeneratedArticle[]): Promise<number> {
  await wipe();
  const articleRows = articles.map(({ article }) => ({ ...article }));
  const entityRows = articles.flatMap(({ article, extraction }) =>
    extraction.entities.map((e) => ({ articleId: article.id, id: e.id, name: e.name, type: e.type, starts: e.mentions.map((m) => m.start), ends: e.mentions.map((m) => m.end) })),
  );
  const relationRows = articles.flatMap(({ article, extraction }) =>
    extraction.relations.map((r) => ({ type: r.type, articleId: article.id, source: r.source, target: r.target, evidence: r.evidence.map((e) => e.text), confidence: r.confidence })),
  );
  const session = getDriver().session({ database: getDatabase() });
  try {
    const { ms } = await timed(() =>
      session.executeWrite(async (tx) => {
        await tx.run(BULK_ARTICLES, { rows: articleRows });
        await tx.run(BULK_ENTITIES, { rows: entityRows });
        for (const type of RELATION_TYPES) {
          const rows = relationRows.filter((r) => r.type === type);
          if (rows.length > 0) await tx.run(bulkRelations(type), { rows });
        }
      }),
    );
    return ms;
  } finally {
    await session.close();
  }
}

export type IngestResult = { articles: number; naiveArticles: number; runs: number; appArticlesPerSec: number; appConcurrent4ArticlesPerSec: number; ratioToBulkConcurrent4: number; appBatch50ArticlesPerSec: number; ratioToBulkBatch50: number; ratioToNaiveBatch50: number; naiveArticlesPerSec: number; bulkArticlesPerSec: number; ratioToBulk: number; ratioToNaive: number; path: string; samplesMs: Record<string, number[]> };

/** Median of `runs` runs of each mode (after one small warm-up of each). Naive runs on a prefix: it is slow. */
export async function benchIngest(articles: GeneratedArticle[], { runs, naiveCount }: { runs: number; naiveCount: number }): Promise<IngestResult> {
  const warm = articles.slice(0, 20);
  await ingestApp(warm);
  await ingestAppBatch(warm, 10);
  await ingestNaive(warm);
  await ingestBulk(warm);
  const samples: Record<string, number[]> = { app: [], app4: [], batch: [], naive: [], bulk: [] };
  for (let i = 0; i < runs; i++) {
    samples.app?.push(await ingestApp(articles));
    log(`ingest app run ${i + 1}: ${samples.app?.at(-1)} ms for ${articles.length} articles`);
    samples.app4?.push(await ingestApp(articles, 4));
    log(`ingest app (4 concurrent) run ${i + 1}: ${samples.app4?.at(-1)} ms for ${articles.length} articles`);
    samples.batch?.push(await ingestAppBatch(articles));
    log(`ingest app batch (50 per transaction) run ${i + 1}: ${samples.batch?.at(-1)} ms for ${articles.length} articles`);
    samples.naive?.push(await ingestNaive(articles.slice(0, naiveCount)));
    log(`ingest naive run ${i + 1}: ${samples.naive?.at(-1)} ms for ${naiveCount} articles`);
    samples.bulk?.push(await ingestBulk(articles));
    log(`ingest bulk run ${i + 1}: ${samples.bulk?.at(-1)} ms for ${articles.length} articles`);
  }
  await wipe();
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
  const rate = (n: number, ms: number) => Math.round((n / (ms / 1000)) * 10) / 10;
  const app = rate(articles.length, median(samples.app ?? []));
  const app4 = rate(articles.length, median(samples.app4 ?? []));
  const batch = rate(articles.length, median(samples.batch ?? []));
  const naive = rate(naiveCount, median(samples.naive ?? []));
  const bulk = rate(articles.length, median(samples.bulk ?? []));
  return {
    articles: articles.length,
    naiveArticles: naiveCount,
    runs,
    appArticlesPerSec: app,
    appConcurrent4ArticlesPerSec: app4,
    ratioToBulkConcurrent4: Math.round((app4 / bulk) * 100) / 100,
    appBatch50ArticlesPerSec: batch,
    ratioToBulkBatch50: Math.round((batch / bulk) * 100) / 100,
    ratioToNaiveBatch50: Math.round((batch / naive) * 10) / 10,
    naiveArticlesPerSec: naive,
    bulkArticlesPerSec: bulk,
    ratioToBulk: Math.round((app / bulk) * 100) / 100,
    ratioToNaive: Math.round((app / naive) * 10) / 10,
    path: 'validateExtraction + loadArticle (one transaction per article), sequential and 4 in flight; validateExtraction + loadArticles (one transaction per 50 articles)',
    samplesMs: samples,
  };
}
