/**
 * The NER pipeline ratio (issue 14): ingest with the hybrid extractor against the NER service's own throughput on
 * the same texts, in this process, back to back.
 *  - ner:    recognise() over every fixture text at once (the client packs texts into batches, NLP_CONCURRENCY
 *            requests in flight): what the service can do, the ceiling of any ingest that needs its answers;
 *  - hybrid: the app's batch path (ingestFile on a JSONL of the same texts, INGEST_CONCURRENCY in flight), each
 *            article extracted with the rules and CoreNLP, resolved and written in one transaction;
 *  - rules:  the same batch path with NEWSGRAPH_EXTRACTOR=rules.
 * ratio = hybrid articles/s ÷ ner articles/s (target ≥ 0.8). Each run starts from an emptied database, so every
 * article is new (no "unchanged" shortcut).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { reloadEnv } from '@/lib/env';
import { ingestFile } from '@/lib/ingest';
import type { Language } from '@/lib/model';
import { recognise } from '@/lib/nlp';
import { wipe } from './db';
import { log, timed } from './stats';

const DIR = path.resolve(__dirname, '..', 'lib', 'extract', 'fixtures');

type Text = { id: string; language: Language; title: string; text: string };
export type Throughput = { articles: number; kb: number; seconds: number; articlesPerSec: number; kbPerSec: number };
export type PipelineResult = { status: 'ok'; ner: Throughput; hybrid: Throughput; rules: Throughput; hybridToNerRatio: number; rulesToHybridRatio: number };

function fixtureTexts(): Text[] {
  return readdirSync(DIR)
    .filter((f) => /^(fr|en)-.*\.txt$/.test(f))
    .sort()
    .map((f) => ({ id: f.replace(/\.txt$/, ''), language: f.slice(0, 2) as Language, title: f.replace(/\.txt$/, ''), text: readFileSync(path.join(DIR, f), 'utf8') }));
}

const round2 = (x: number) => Math.round(x * 100) / 100;

function throughput(texts: readonly Text[], ms: number): Throughput {
  const kb = texts.reduce((n, t) => n + Buffer.byteLength(t.text, 'utf8'), 0) / 1024;
  const seconds = ms / 1000;
  return { articles: texts.length, kb: round2(kb), seconds: round2(seconds), articlesPerSec: round2(texts.length / seconds), kbPerSec: round2(kb / seconds) };
}

/** The batch path under one extractor; the environment is re-read so the switch takes effect in this process. */
async function ingestAll(texts: readonly Text[], extractor: 'hybrid' | 'rules'): Promise<number> {
  process.env.NEWSGRAPH_EXTRACTOR = extractor;
  reloadEnv();
  await wipe();
  const lines = texts.map((t) => JSON.stringify({ title: t.title, text: t.text, language: t.language, source: 'bench-fixtures', publishedAt: '2026-01-15' }));
  const { ms, value } = await timed(() => ingestFile('bench-pipeline.jsonl', Buffer.from(lines.join('\n'))));
  const failed = value.filter((o) => o.status === 'failed');
  if (failed.length > 0) throw new Error(`${extractor} ingest failed for ${failed.length} articles, e.g. ${failed[0]?.message}`);
  return ms;
}

export async function benchPipeline({ rounds }: { rounds: number }): Promise<PipelineResult> {
  const before = process.env.NEWSGRAPH_EXTRACTOR;
  const texts = fixtureTexts();
  try {
    await recognise(texts); // warm: both languages' pipelines JIT-compiled before any clock starts
    await ingestAll(texts.slice(0, 4), 'hybrid'); // warm: the rules' worker threads and the hybrid merge
    // warm: Neo4j's query plans and JIT for the whole write path, on every article, so the first measured ingest
    // (the hybrid's) does not pay for a cold database that the rules' run after it no longer sees.
    await ingestAll(texts, 'rules');
    const best = async (run: () => Promise<number>) => {
      let fastest = Infinity;
      for (let r = 0; r < rounds; r += 1) fastest = Math.min(fastest, await run());
      return fastest;
    };
    const nerMs = await best(async () => (await timed(() => recognise(texts))).ms);
    const hybridMs = await best(() => ingestAll(texts, 'hybrid'));
    const rulesMs = await best(() => ingestAll(texts, 'rules'));
    const ner = throughput(texts, nerMs);
    const hybrid = throughput(texts, hybridMs);
    const rules = throughput(texts, rulesMs);
    log(`pipeline: ner ${ner.articlesPerSec} articles/s, hybrid ingest ${hybrid.articlesPerSec}, rules ingest ${rules.articlesPerSec}`);
    return {
      status: 'ok',
      ner,
      hybrid,
      rules,
      hybridToNerRatio: round2(hybrid.articlesPerSec / ner.articlesPerSec),
      rulesToHybridRatio: round2(rules.articlesPerSec / hybrid.articlesPerSec),
    };
  } finally {
    if (before === undefined) delete process.env.NEWSGRAPH_EXTRACTOR;
    else process.env.NEWSGRAPH_EXTRACTOR = before;
    reloadEnv();
  }
}
