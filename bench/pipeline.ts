/**
 * The NER pipeline ratio (issue 14): ingest with the hybrid extractor against the NER service's own throughput on
 * the same texts, in this process, back to back.
 *  - ner:    recognise() over every fixture text at once (the client packs texts into batches, NLP_CONCURRENCY
 *            requests in flight): what the service can do, the ceiling of any ingest that needs its answers;
 *  - hybrid: the app's batch path (ingestFile on a JSONL of the same texts; lib/ingest/batch.ts), each
 *            article extracted with the rules and CoreNLP, resolved and written in one transaction;
 *  - rules:  the same batch path with NEWSGRAPH_EXTRACTOR=rules.
 * ratio = hybrid articles/s ÷ ner articles/s (target ≥ 0.8). Each run starts from an emptied database, so every
 * article is new (no "unchanged" shortcut).
 * The CPU seconds each process spent in each run (this process with its worker threads, the NER service's JVM
 * when the bench started it, Neo4j's JVM) say where the time goes on a machine whose cores they share:
 * `cpuBoundRatio` is the ratio the hybrid could reach if CPU were its only limit (its CPU seconds spread over
 * every core, against the NER run's wall time).
 */
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { reloadEnv } from '@/lib/env';
import { ingestFile } from '@/lib/ingest';
import type { Language } from '@/lib/model';
import { recognise } from '@/lib/nlp';
import { wipe } from './db';
import { cpuSeconds } from './machine';
import { log, timed } from './stats';

const DIR = path.resolve(__dirname, '..', 'lib', 'extract', 'fixtures');

type Text = { id: string; language: Language; title: string; text: string };
export type Throughput = { articles: number; kb: number; seconds: number; articlesPerSec: number; kbPerSec: number };
export type CpuSeconds = { app: number; nlp: number | null; neo4j: number; total: number };
export type PipelineResult = {
  status: 'ok';
  ner: Throughput;
  hybrid: Throughput;
  rules: Throughput;
  hybridToNerRatio: number;
  rulesToHybridRatio: number;
  cpu: { cores: number; ner: CpuSeconds; hybrid: CpuSeconds; rules: CpuSeconds; cpuBoundRatio: number | null };
};
export type Pids = { nlp: number | null; neo4j: number };

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
async function ingestAll(texts: readonly Text[], extractor: 'hybrid' | 'rules', wiped = false): Promise<number> {
  process.env.NEWSGRAPH_EXTRACTOR = extractor;
  reloadEnv();
  if (!wiped) await wipe();
  const lines = texts.map((t) => JSON.stringify({ title: t.title, text: t.text, language: t.language, source: 'bench-fixtures', publishedAt: '2026-01-15' }));
  const { ms, value } = await timed(() => ingestFile('bench-pipeline.jsonl', Buffer.from(lines.join('\n'))));
  const failed = value.filter((o) => o.status === 'failed');
  if (failed.length > 0) throw new Error(`${extractor} ingest failed for ${failed.length} articles, e.g. ${failed[0]?.message}`);
  return ms;
}

/** The fastest of `rounds` runs, with the CPU seconds each process spent in that run. */
async function fastest(rounds: number, pids: Pids, run: () => Promise<number>, prepare: () => Promise<void> = async () => {}): Promise<{ ms: number; cpu: CpuSeconds }> {
  let best = { ms: Infinity, cpu: { app: 0, nlp: null, neo4j: 0, total: 0 } as CpuSeconds };
  for (let r = 0; r < rounds; r += 1) {
    // Emptying the database is no part of the run: it happens before the CPU counters are read.
    await prepare();
    const app0 = process.cpuUsage();
    const nlp0 = pids.nlp === null ? null : cpuSeconds(pids.nlp);
    const neo4j0 = cpuSeconds(pids.neo4j);
    const ms = await run();
    const used = process.cpuUsage(app0);
    const app = round2((used.user + used.system) / 1e6);
    const nlp = pids.nlp === null || nlp0 === null ? null : round2(cpuSeconds(pids.nlp) - nlp0);
    const neo4j = round2(cpuSeconds(pids.neo4j) - neo4j0);
    if (ms < best.ms) best = { ms, cpu: { app, nlp, neo4j, total: round2(app + (nlp ?? 0) + neo4j) } };
  }
  return best;
}

export async function benchPipeline({ rounds, pids }: { rounds: number; pids: Pids }): Promise<PipelineResult> {
  const before = process.env.NEWSGRAPH_EXTRACTOR;
  const texts = fixtureTexts();
  try {
    await recognise(texts); // warm: both languages' pipelines JIT-compiled before any clock starts
    await ingestAll(texts.slice(0, 4), 'hybrid'); // warm: the rules' worker threads and the hybrid merge
    // warm: Neo4j's query plans and JIT for the whole write path, on every article, so the first measured ingest
    // (the hybrid's) does not pay for a cold database that the rules' run after it no longer sees.
    await ingestAll(texts, 'rules');
    const nerRun = await fastest(rounds, pids, async () => (await timed(() => recognise(texts))).ms);
    const hybridRun = await fastest(rounds, pids, () => ingestAll(texts, 'hybrid', true), wipe);
    const rulesRun = await fastest(rounds, pids, () => ingestAll(texts, 'rules', true), wipe);
    const ner = throughput(texts, nerRun.ms);
    const hybrid = throughput(texts, hybridRun.ms);
    const rules = throughput(texts, rulesRun.ms);
    const cores = os.availableParallelism();
    // Without the NER service's process (NLP_URL elsewhere) its CPU is unknown, and so is the bound.
    const cpuBoundRatio = pids.nlp === null ? null : round2(ner.seconds / (hybridRun.cpu.total / cores));
    log(`pipeline: ner ${ner.articlesPerSec} articles/s, hybrid ingest ${hybrid.articlesPerSec}, rules ingest ${rules.articlesPerSec}`);
    log(
      `pipeline CPU seconds: ner ${JSON.stringify(nerRun.cpu)}, hybrid ${JSON.stringify(hybridRun.cpu)}, rules ${JSON.stringify(rulesRun.cpu)}; CPU-bound ratio on ${cores} cores ${cpuBoundRatio}`,
    );
    return {
      status: 'ok',
      ner,
      hybrid,
      rules,
      hybridToNerRatio: round2(hybrid.articlesPerSec / ner.articlesPerSec),
      rulesToHybridRatio: round2(rules.articlesPerSec / hybrid.articlesPerSec),
      cpu: { cores, ner: nerRun.cpu, hybrid: hybridRun.cpu, rules: rulesRun.cpu, cpuBoundRatio },
    };
  } finally {
    if (before === undefined) delete process.env.NEWSGRAPH_EXTRACTOR;
    else process.env.NEWSGRAPH_EXTRACTOR = before;
    reloadEnv();
  }
}
