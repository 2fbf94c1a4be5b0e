#!/usr/bin/env node
// `npm run test:reliability`: the reliability suite (tests/reliability/*.rel.test.ts) against a throwaway Neo4j.
// Builds the app first with NEO4J_PASSWORD set to a random marker, so a test can check that no client bundle
// carries the database password. Cases 3 and 4 start (and kill) their own extra Neo4j.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { binEnv, run } from './processes.mjs';
import { getFreePort } from './free-port.mjs';
import { findChromium } from './chromium.mjs';
import { startLocalNeo4j } from './local-neo4j.mjs';

async function main() {
  const started = Date.now();
  const chromium = findChromium();
  if (!chromium.ok) throw new Error(chromium.message);
  const marker = `marker-${crypto.randomBytes(8).toString('hex')}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-reliability-main-'));
  let neo4j = null;
  for (const signal of ['SIGINT', 'SIGTERM'])
    process.on(signal, async () => {
      await neo4j?.stop();
      process.exit(130);
    });
  try {
    console.log('=== build (next build, marker password) ===');
    const env = binEnv({ NEO4J_PASSWORD: marker, NEXT_TELEMETRY_DISABLED: '1' });
    const built = await run('next', ['build'], { env: { ...env, NODE_ENV: 'production' } }).done;
    if (built !== 0) return built;
    neo4j = await startLocalNeo4j({ port: await getFreePort(), dataDir, log: (m) => console.log(m) });
    console.log('=== reliability suite (vitest, real Neo4j, real Chromium) ===');
    const extra = process.argv.slice(2);
    return await run('vitest', ['run', '--project', 'reliability', ...extra], {
      env: { ...env, NEO4J_URI: neo4j.uri, NEO4J_USER: 'neo4j', NEO4J_DATABASE: 'neo4j', RELIABILITY_PASSWORD_MARKER: marker, CHROMIUM_PATH: chromium.path },
    }).done;
  } finally {
    await neo4j?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
    console.log(`Reliability suite finished in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`test:reliability could not run: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
