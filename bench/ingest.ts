/**
 * Ingest throughput, three ways, on the same generated articles:
 *  - app:   the app's own ingest function, ingestArticle (extract + resolve + one transaction per article), one at a
 *           time, and the app's batch path, ingestFile on a JSONL of all the articles (extraction ahead of the writes,
 *           which carry up to INGEST_GROUP_SIZE waiting articles per transaction);
 *  - naive: one transaction per article, per entity and per relation, each with its own MERGE;
 *  - bulk:  the raw upper bound, a single transaction of UNWIND … MERGE over the already-extracted data.
 * The baselines write what the app's extractor finds in the same texts (extracted before the clock starts).
 */
import { getDriver, getDatabase } from '@/lib/neo4j/driver';
import { ingestArticle, ingestFile, type IngestInput } from '@/lib/ingest';
import { extractArticle } from '@/lib/ingest/prepare';
import { getEnv } from '@/lib/env';
import { mapPool } from '@/lib/pool';
import { writeTransaction } from '@/lib/neo4j/run';
import { RELATION_TYPES, type Article, type Extraction } from '@/lib/model';
import { toIngestInput, type GeneratedArticle } from './generate';
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

type Extracted = { article: Article; extraction: Extraction };

/** The app path, one article after the other. */
async function ingestApp(inputs: IngestInput[]): Promise<number> {
  await wipe();
  const { ms } = await timed(async () => {
    for (const input of inputs) await ingestArticle(input);
  });
  return ms;
}

/** The app's batch path: one JSONL file of every article, as the ingest page and `npm run ingest` hand it over. */
async function ingestAppBatch(inputs: IngestInput[]): Promise<number> {
  await wipe();
  const bytes = Buffer.from(inputs.map((input) => JSON.stringify(input)).join('\n'));
  const { ms, value } = await timed(() => ingestFile('bench.jsonl', bytes));
  const failed = value.filter((o) => o.status === 'failed');
  if (failed.length > 0) throw new Error(`batch ingest failed for ${failed.length} articles, e.g. ${failed[0]?.message}`);
  return ms;
}

const TOUCH_ARTICLE = 'MERGE (a:Article {id: $id}) SET a.title = $title';

/**
 * Not a way to ingest: the least a transaction per article can cost here (begin, one small write, a durable
 * commit), `concurrency` in flight. It bounds any path that keeps one transaction per article.
 */
async function transactionFloor(articles: Extracted[], concurrency: number): Promise<number> {
  await wipe();
  const { ms } = await timed(() => mapPool(articles, concurrency, ({ article }) => writeTransaction((tx) => tx.run(TOUCH_ARTICLE, { id: article.id, title: article.title }))));
  return ms;
}

async function ingestNaive(articles: Extracted[]): Promise<number> {
  await wipe();
  const session = getDriver().session({ database: getDatabase() });
  try {
    const { ms } = await timed(async () => {
      for (const { article, extraction } of articles) {
        await session.executeWrite((tx) => tx.run(NAIVE_ARTICLE, article));
        for (const e of extraction.entities) {
          const params = {
            articleId: article.id,
            id: e.id,
            name: e.name,
            type: e.type,
            count: e.mentions.length,
            starts: e.mentions.map((m) => m.start),
            ends: e.mentions.map((m) => m.end),
          };
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

async function ingestBulk(articles: Extracted[]): Promise<number> {
  await wipe();
  const articleRows = articles.map(({ article }) => ({ ...article }));
  const entityRows = articles.flatMap(({ article, extraction }) =>
    extraction.entities.map((e) => ({ articleId: article.id, id: e.id, name: e.name, type: e.type, starts: e.mentions.map((m) => m.start), ends: e.mentions.map((m) => m.end) })),
  );
  const relationRows = articles.flatMap(({ article, extraction }) =>
    extraction.relations.map((r) => ({
      type: r.type,
      articleId: article.id,
      source: r.source,
      target: r.target,
      evidence: r.evidence.map((e) => e.text),
      confidence: r.confidence,
    })),
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

export type IngestResult = {
  articles: number;
  naiveArticles: number;
  runs: number;
  concurrency: number;
  entitiesPerArticle: number;
  relationsPerArticle: number;
  appArticlesPerSec: number;
  appBatchArticlesPerSec: number;
  naiveArticlesPerSec: number;
  bulkArticlesPerSec: number;
  transactionFloorPerSec: number;
  ratioToBulk: number;
  ratioToNaive: number;
  batchRatioToBulk: number;
  batchRatioToNaive: number;
  path: string;
  samplesMs: Record<string, number[]>;
};

/** Transactions in flight for the floor (and the extraction before the clock starts): the batch's old default. */
const FLOOR_CONCURRENCY = 4;

/** Median of `runs` runs of each mode (after one small warm-up of each). Naive runs on a prefix: it is slow. */
export async function benchIngest(generated: GeneratedArticle[], { runs, naiveCount }: { runs: number; naiveCount: number }): Promise<IngestResult> {
  const inputs = generated.map(toIngestInput);
  // Through the worker pool as the app does it, a few at a time (all at once would overflow its queue).
  const extracted = await mapPool(inputs, FLOOR_CONCURRENCY, async (input) => {
    const { article, scoped } = await extractArticle(input);
    return { article, extraction: scoped };
  });
  const warm = 20;
  const concurrency = FLOOR_CONCURRENCY;
  const { INGEST_GROUP_SIZE, INGEST_CONCURRENCY } = getEnv();
  await ingestApp(inputs.slice(0, warm));
  await ingestAppBatch(inputs.slice(0, warm));
  await ingestNaive(extracted.slice(0, warm));
  await ingestBulk(extracted.slice(0, warm));
  await transactionFloor(extracted.slice(0, warm), concurrency);
  const samples: Record<'app' | 'batch' | 'naive' | 'bulk' | 'floor', number[]> = { app: [], batch: [], naive: [], bulk: [], floor: [] };
  const modes = [
    ['app', 'app, one at a time', () => ingestApp(inputs), inputs.length],
    ['batch', `app batch (groups of up to ${INGEST_GROUP_SIZE}, ${INGEST_CONCURRENCY} at once)`, () => ingestAppBatch(inputs), inputs.length],
    ['naive', 'naive', () => ingestNaive(extracted.slice(0, naiveCount)), naiveCount],
    ['bulk', 'raw bulk', () => ingestBulk(extracted), inputs.length],
    ['floor', `transaction floor (${concurrency} in flight)`, () => transactionFloor(extracted, concurrency), inputs.length],
  ] as const;
  for (let i = 0; i < runs; i++) {
    for (const [key, label, run, count] of modes) {
      samples[key].push(await run());
      log(`ingest ${label} run ${i + 1}: ${samples[key].at(-1)} ms for ${count} articles`);
    }
  }
  await wipe();
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
  const rate = (n: number, ms: number) => Math.round((n / (ms / 1000)) * 10) / 10;
  const app = rate(inputs.length, median(samples.app));
  const batch = rate(inputs.length, median(samples.batch));
  const naive = rate(naiveCount, median(samples.naive));
  const bulk = rate(inputs.length, median(samples.bulk));
  const floor = rate(inputs.length, median(samples.floor));
  const per = (pick: (e: Extraction) => unknown[]) => Math.round((extracted.reduce((n, e) => n + pick(e.extraction).length, 0) / extracted.length) * 10) / 10;
  return {
    articles: inputs.length,
    naiveArticles: naiveCount,
    runs,
    concurrency,
    entitiesPerArticle: per((e) => e.entities),
    relationsPerArticle: per((e) => e.relations),
    appArticlesPerSec: app,
    appBatchArticlesPerSec: batch,
    naiveArticlesPerSec: naive,
    bulkArticlesPerSec: bulk,
    transactionFloorPerSec: floor,
    ratioToBulk: Math.round((app / bulk) * 100) / 100,
    ratioToNaive: Math.round((app / naive) * 10) / 10,
    batchRatioToBulk: Math.round((batch / bulk) * 100) / 100,
    batchRatioToNaive: Math.round((batch / naive) * 10) / 10,
    path: 'lib/ingest ingestArticle (extract + resolve + one transaction per article); batch: ingestFile on a JSONL file',
    samplesMs: samples,
  };
}
