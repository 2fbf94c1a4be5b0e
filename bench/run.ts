/**
 * `npm run bench [-- --quick] [-- --only=extraction,relations,nlp,pipeline,ingest,read,browser,load] [-- --no-build]`
 * Starts a throwaway Neo4j (BENCH_NEO4J_PORT, default 7852) on a temp data directory and the NER service (nlp
 * section, unless NLP_URL is set; with NLP_URL the section is skipped: it needs the JVM's pid), runs the sections,
 * writes bench/results/<date>-<machine>.json and bench/results/latest.md, and stops everything it started.
 * Seeded generators and fixed sizes: two runs on the same machine measure the same work.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// @ts-expect-error plain ESM helper without type declarations
import { startLocalNeo4j, NEO4J_VERSION } from '../scripts/local-neo4j.mjs';
// @ts-expect-error plain ESM helper without type declarations
import { startLocalNlp } from '../scripts/local-nlp.mjs';
import { describeMachine, rssMiB } from './machine';
import { log } from './stats';
import { toMarkdown } from './report';

const quick = process.argv.includes('--quick');
const only = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice(7)
  .split(',');
const wants = (section: string) => !only || only.includes(section);
const SIZES = quick
  ? {
      articles: 200,
      naive: 50,
      ingestRuns: 1,
      entities: 10_000,
      relations: 100_000,
      warmup: 5,
      runs: 40,
      browser: [1000],
      webgl: [] as number[],
      extractionRuns: 5,
      loadSeconds: Number(process.env.BENCH_LOAD_SECONDS ?? 5),
    }
  : {
      articles: 1000,
      naive: 100,
      ingestRuns: 3,
      entities: 100_000,
      relations: 1_000_000,
      warmup: 20,
      runs: 200,
      browser: [1000, 5000, 10000],
      webgl: [1000],
      extractionRuns: 20,
      loadSeconds: 30,
    };
/** The load section: kept-alive connections on the read routes, and raw articles ingested per second meanwhile. */
const LOAD = { connections: 32, ingestPerSec: 4 };
const ROOT = path.resolve(__dirname, '..');

type Neo4jHandle = { uri: string; pid: number; stop: () => Promise<void> };

async function main() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-bench-'));
  const port = Number(process.env.BENCH_NEO4J_PORT ?? 7852);
  const appPort = Number(process.env.BENCH_APP_PORT ?? 3851);
  const results: Record<string, unknown> = { date: new Date().toISOString(), mode: quick ? 'quick' : 'full', sizes: SIZES, machine: describeMachine(NEO4J_VERSION as string) };
  // The ingest section measures the database path, with the rules' extraction as in earlier runs; the NER
  // service's cost is the nlp section's own figure (at ~15 KB per CPU-second it would swamp the writes).
  process.env.NEWSGRAPH_EXTRACTOR ??= 'rules';
  const nlp =
    (wants('nlp') || wants('pipeline')) && !process.env.NLP_URL ? ((await startLocalNlp({ log })) as { url: string; pid: () => number; stop: () => Promise<void> }) : null;
  if (nlp) process.env.NLP_URL = nlp.url;
  const neo4j = (await startLocalNeo4j({ port, dataDir, log })) as Neo4jHandle;
  process.env.NEO4J_URI = neo4j.uri;
  let app: import('./app-server').AppHandle | null = null;
  const { closeDriver } = await import('@/lib/neo4j/driver');
  try {
    const { applySchema } = await import('@/lib/neo4j/schema');
    await applySchema();
    if (wants('extraction')) {
      const { benchExtraction } = await import('./extraction');
      results.extraction = await orError(() => benchExtraction({ runs: SIZES.extractionRuns }));
      log(`extraction: ${JSON.stringify(results.extraction)}`);
    }
    if (wants('relations')) {
      const { benchRelationPatterns } = await import('./relation-patterns');
      results.relations = await orError(() => benchRelationPatterns({ runs: Math.max(3, Math.round(SIZES.extractionRuns / 2)) }));
      log(`relations: ${JSON.stringify(results.relations)}`);
    }
    if (wants('nlp') && nlp) {
      const { benchNlp } = await import('./nlp');
      results.nlp = await orError(() => benchNlp({ pid: nlp.pid(), rounds: quick ? 1 : 3 }));
      log(`nlp: ${JSON.stringify(results.nlp)}`);
    }
    if (wants('pipeline')) {
      if (!process.env.NLP_URL) throw new Error('the pipeline section needs the NER service: leave NLP_URL unset (the bench starts one) or point it at one');
      const { benchPipeline } = await import('./pipeline');
      results.pipeline = await orError(() => benchPipeline({ rounds: quick ? 1 : 2, pids: { nlp: nlp ? nlp.pid() : null, neo4j: neo4j.pid } }));
      log(`pipeline: ${JSON.stringify(results.pipeline)}`);
    }
    if (wants('ingest')) {
      const { generateArticles } = await import('./generate');
      const { benchIngest } = await import('./ingest');
      results.ingest = await orError(() => benchIngest(generateArticles({ count: SIZES.articles, seed: 2026 }), { runs: SIZES.ingestRuns, naiveCount: SIZES.naive }));
    }
    if (wants('read') || wants('browser') || wants('load')) {
      const { buildApp, startApp } = await import('./app-server');
      results.appBuild = buildApp(!quick && !process.argv.includes('--no-build'));
      app = await startApp(appPort, neo4j.uri);
    }
    // Browser before read: it loads and wipes its own small graphs; the read section's million relations come last
    // and are never deleted (the throwaway data directory goes at the end).
    if (wants('browser')) {
      const { benchBrowser } = await import('./browser');
      results.browser = await orError(() => benchBrowser({ sizes: SIZES.browser, webglSizes: SIZES.webgl, appUrl: app?.url ?? null }));
    }
    if (wants('read') || wants('load')) {
      const { loadBigGraph } = await import('./big-graph');
      const graph = await loadBigGraph({ entities: SIZES.entities, relations: SIZES.relations });
      results.bigGraph = { entities: graph.entities, relations: graph.relations, loadMs: graph.loadMs };
      if (!app) throw new Error('the read and load sections need the app server');
      if (wants('read')) {
        const { benchReadPaths } = await import('./read-paths');
        results.readPaths = await benchReadPaths(graph, { appUrl: app.url, warmup: SIZES.warmup, runs: SIZES.runs });
      }
      // After the read section, whose figures the articles it writes would otherwise change.
      if (wants('load')) {
        const { benchLoad } = await import('./load');
        const appUrl = app.url;
        const writeToken = app.writeToken;
        results.load = await orError(() => benchLoad({ appUrl, writeToken, graph, seconds: SIZES.loadSeconds, ...LOAD }));
        log(`load: ${JSON.stringify(results.load)}`);
      }
    }
    results.memory = await memory(neo4j.pid, app?.child.pid);
  } finally {
    await closeDriver();
    await app?.stop();
    await neo4j.stop();
    await nlp?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  results.loadAverageEnd = os.loadavg().map((x) => Math.round(x * 100) / 100);
  const dir = path.join(ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  // A partial run (--only) gets its own file, so it never overwrites the day's full run (*-quick.json stay ignored).
  const file = path.join(dir, `${(results.date as string).slice(0, 10)}-${os.hostname()}${only ? `-only-${only.join('+')}` : ''}${quick ? '-quick' : ''}.json`);
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  const markdown = toMarkdown(results as Parameters<typeof toMarkdown>[0]);
  if (!quick && !only) {
    writeFileSync(path.join(dir, 'latest.md'), markdown);
    updateReadme(markdown);
  }
  process.stdout.write(`\n${markdown}\nWrote ${path.relative(ROOT, file)}\n`);
}

/** A section that fails is recorded with its error; the other sections still run. */
async function orError<T>(work: () => Promise<T>): Promise<T | { error: string }> {
  try {
    return await work();
  } catch (error) {
    log(`section failed: ${error instanceof Error ? error.message : String(error)}`);
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** Replaces the table between the bench markers in README.md's Performance section (full runs only). */
function updateReadme(markdown: string) {
  const readme = path.join(ROOT, 'README.md');
  if (!existsSync(readme)) return;
  const text = readFileSync(readme, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  if (!text.includes(start) || !text.includes(end)) return;
  writeFileSync(readme, `${text.slice(0, text.indexOf(start) + start.length)}\n${markdown}${text.slice(text.indexOf(end))}`);
}

/** App RSS (the `next start` process) and Neo4j's heap from JMX, plus the JVM's RSS. */
async function memory(neo4jPid: number, appPid: number | undefined) {
  const { readQuery } = await import('@/lib/neo4j/run');
  let heap: { used?: number; max?: number } = {};
  try {
    const record = (await readQuery("CALL dbms.queryJmx('java.lang:type=Memory') YIELD attributes RETURN attributes.HeapMemoryUsage.value.properties AS heap")).records[0];
    heap = (record?.get('heap') as { used?: number; max?: number }) ?? {};
  } catch (error) {
    log(`JMX heap not available: ${error instanceof Error ? error.message : String(error)}`);
  }
  const mib = (x: number | undefined) => (x === undefined ? null : Math.round(Number(x) / 2 ** 20));
  return { appRssMiB: appPid ? rssMiB(appPid) : null, neo4jHeapUsedMiB: mib(heap.used), neo4jHeapMaxMiB: mib(heap.max), neo4jRssMiB: rssMiB(neo4jPid) };
}

main().catch((error: unknown) => {
  console.error(`Bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
