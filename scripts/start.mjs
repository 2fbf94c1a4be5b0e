#!/usr/bin/env node
// `npm start`: install if needed, start the local Neo4j (unless NEO4J_URI is set) and the NER service (unless NLP_URL
// is set), apply the schema and load the seed if the graph is empty, build if the sources changed, and serve.
// Ctrl-C stops all of it.
//   --dev        hot reload (next dev) instead of a production build
//   --no-build   serve the existing build
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, binEnv, loadDotEnv, newestMtime, run, stopGroup, waitForHttp } from './processes.mjs';

const dev = process.argv.includes('--dev');
const skipBuild = process.argv.includes('--no-build');
const cleanups = [];
let stopping = false;

async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping newsgraph…');
  for (const cleanup of cleanups.reverse()) await cleanup().catch((e) => console.error(String(e)));
  process.exit(code);
}
process.on('SIGINT', () => shutdown(130));
process.on('SIGTERM', () => shutdown(143));

async function step(label, command, args, env) {
  const { done } = run(command, args, { env });
  const code = await done;
  if (code !== 0 && !stopping) throw new Error(`${label} failed (exit code ${code}).`);
}

function buildIsStale() {
  const buildId = path.join(REPO_ROOT, '.next', 'BUILD_ID');
  if (!fs.existsSync(buildId)) return true;
  const sources = ['app', 'lib', 'graph-seed', 'next.config.js', 'package.json', 'package-lock.json', 'tsconfig.json'];
  return newestMtime(sources) > fs.statSync(buildId).mtimeMs;
}

/** Starts the local NER service unless NLP_URL is set or the rules extract alone; resolves with its URL. */
async function startNlp() {
  const { needsLocalNlp } = await import('./with-nlp.mjs');
  if (!needsLocalNlp()) {
    if (process.env.NLP_URL) console.log(`Using the NLP service at ${process.env.NLP_URL} (NLP_URL is set).`);
    return process.env.NLP_URL;
  }
  const { startLocalNlp } = await import('./local-nlp.mjs');
  const nlp = await startLocalNlp({ log: (m) => console.log(m) });
  cleanups.push(() => nlp.stop());
  return nlp.url;
}

async function main() {
  loadDotEnv();
  if (!fs.existsSync(path.join(REPO_ROOT, 'node_modules', '.bin', 'next'))) {
    console.log('Installing dependencies (first run)…');
    await step('npm ci', 'npm', ['ci', '--no-audit', '--no-fund']);
  }
  // The NER service loads its models while Neo4j starts; the graph steps wait only for Neo4j.
  const nlpUrl = startNlp();
  nlpUrl.catch(() => {}); // awaited (and reported) below; this only keeps Node from calling it unhandled meanwhile
  let uri = process.env.NEO4J_URI;
  if (uri) {
    console.log(`Using the Neo4j at ${uri} (NEO4J_URI is set; no local Neo4j started).`);
  } else {
    // Supervised: if the JVM dies it is restarted on the same port and data, and the app recovers by itself.
    const { superviseLocalNeo4j } = await import('./supervise-neo4j.mjs');
    const neo4j = await superviseLocalNeo4j({ log: (m) => console.log(m) });
    cleanups.push(() => neo4j.stop());
    uri = neo4j.uri;
  }
  await step('Preparing the database', 'tsx', ['scripts/seed.ts', '--if-empty'], binEnv({ NEO4J_URI: uri }));
  const nlp = await nlpUrl;
  const env = binEnv({ NEO4J_URI: uri, ...(nlp ? { NLP_URL: nlp } : {}) });

  const port = process.env.PORT || '3000';
  const host = process.env.HOST || '127.0.0.1';
  if (!dev && !skipBuild && buildIsStale()) {
    console.log('Building the app (next build)…');
    await step('next build', 'next', ['build'], { ...env, NODE_ENV: 'production' });
  }
  const server = run('next', [dev ? 'dev' : 'start', '-p', port, '-H', host], { env });
  cleanups.push(() => stopGroup(server.child, server.done));
  server.done.then((code) => shutdown(code === 0 ? 0 : 1));
  if (await waitForHttp(`http://127.0.0.1:${port}/api/health`, { timeoutMs: 180_000 })) {
    console.log(`\nnewsgraph is ready: http://${host === '0.0.0.0' ? 'localhost' : host}:${port}  (Ctrl-C stops the app and the local services)\n`);
  }
}

main().catch(async (error) => {
  console.error(`\nnpm start failed: ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
});
