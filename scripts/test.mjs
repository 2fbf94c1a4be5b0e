#!/usr/bin/env node
// `npm test`: typecheck, lint, unit tests, integration tests against a real Neo4j started on a free port with
// a throwaway data directory and the real NER service (nlp/, unless NLP_URL is set), then Playwright specs against the built app in Chromium. Ends with one summary
// line and a non-zero exit code on any failure. Stages: --only=typecheck,lint,format,unit,integration,e2e,reliability
// The app is built with NEO4J_PASSWORD set to a random marker (the local Neo4j accepts any password), so the
// reliability stage can check that no client bundle carries it.
// `--files=a,b` narrows every runner to those test files (vitest and Playwright filters), with the same real
// services: `npm test -- --only=e2e --files=e2e/ingest.spec.ts`. The build is skipped with --no-build when .next exists.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import { binEnv, run } from './processes.mjs';
import { getFreePort } from './free-port.mjs';
import { findChromium } from './chromium.mjs';

const only = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice(7)
  .split(',');
const wants = (stage) => !only || only.includes(stage);
const files =
  process.argv
    .find((a) => a.startsWith('--files='))
    ?.slice(8)
    .split(',')
    .filter(Boolean) ?? [];
const skipBuild = process.argv.includes('--no-build') && fs.existsSync('.next/BUILD_ID');
const reports = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-test-'));
const results = [];
let neo4j = null;
let nlp = null;

async function stage(name, command, args, env) {
  const started = Date.now();
  console.log(`\n=== ${name} ===`);
  const code = await run(command, args, { env }).done;
  results.push({ name, ok: code === 0, seconds: (Date.now() - started) / 1000 });
  return code === 0;
}

/** Test counts from the runners' JSON reports, so the summary line counts tests, not stages. */
function countTests() {
  let passed = 0;
  let failed = 0;
  const named = [];
  for (const file of fs.readdirSync(reports)) {
    let report;
    try {
      report = JSON.parse(fs.readFileSync(path.join(reports, file), 'utf8'));
    } catch {
      named.push({ kind: 'unreadable report', where: file, title: 'a runner wrote a report that is not JSON (it may have been killed)', error: '' });
      continue;
    }
    if (file.startsWith('vitest')) {
      passed += report.numPassedTests ?? 0;
      failed += report.numFailedTests ?? 0;
      for (const suite of report.testResults ?? []) {
        // A file that failed to load has no tests, only its message.
        if (suite.status === 'failed' && (suite.assertionResults ?? []).length === 0)
          named.push({ kind: 'failed to run', where: path.relative(process.cwd(), String(suite.name ?? '?')), title: 'the whole file', error: suite.message });
        for (const test of suite.assertionResults ?? [])
          if (test.status === 'failed')
            named.push({ kind: 'failed', where: path.relative(process.cwd(), String(suite.name ?? '?')), title: test.fullName, error: test.failureMessages?.[0] });
      }
    } else if (file.startsWith('playwright')) {
      passed += report.stats?.expected ?? 0;
      failed += (report.stats?.unexpected ?? 0) + (report.stats?.flaky ?? 0);
      const walk = (suite, parents) => {
        // A file's suite is titled with its path; a describe() adds its title.
        const titles = suite.title && suite.title !== suite.file && !/\.(?:[cm]?[jt]sx?)$/.test(suite.title) ? [...parents, suite.title] : parents;
        for (const spec of suite.specs ?? [])
          for (const test of spec.tests ?? [])
            if (test.status === 'unexpected' || test.status === 'flaky')
              named.push({
                kind: test.status === 'flaky' ? 'flaky (passed on retry)' : 'failed',
                where: `e2e/${spec.file}:${spec.line}`,
                title: [...titles, spec.title].join(' › '),
                error: test.results?.find((r) => r.status !== 'passed')?.error?.message,
              });
        for (const child of suite.suites ?? []) walk(child, titles);
      };
      for (const suite of report.suites ?? []) walk(suite, []);
    }
  }
  return { passed, failed, named };
}

/** The first lines of an error, without colour codes: enough to tell in a CI tail what broke. */
function firstLines(text, lines = 3) {
  return (
    String(text ?? '')
      // eslint-disable-next-line no-control-regex -- colour codes start with ESC
      .replace(/\u001b\[[0-9;]*m/g, '')
      .split('\n')
      .map((l) => l.trimEnd())
      .filter(Boolean)
      .slice(0, lines)
      .map((l) => `      ${l.slice(0, 200)}`)
      .join('\n')
  );
}

async function main() {
  for (const signal of ['SIGINT', 'SIGTERM'])
    process.on(signal, async () => {
      await Promise.all([neo4j?.stop(), nlp?.stop()]);
      process.exit(130);
    });
  const env = binEnv();
  if (wants('typecheck')) await stage('typecheck (tsc --noEmit)', 'tsc', ['--noEmit'], env);
  if (wants('lint')) await stage('lint (eslint)', 'eslint', ['--max-warnings=0', '.'], env);
  if (wants('format')) await stage('format (prettier --check; fix with npm run format)', 'prettier', ['--check', '--log-level=warn', '.'], env);
  if (wants('unit'))
    await stage(
      'unit tests (vitest)',
      'vitest',
      ['run', '--project', 'unit', '--reporter=default', '--reporter=json', `--outputFile.json=${reports}/vitest-unit.json`, ...files],
      env,
    );

  if (wants('integration') || wants('e2e') || wants('reliability')) {
    const { startLocalNeo4j } = await import('./local-neo4j.mjs');
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-neo4j-'));
    neo4j = await startLocalNeo4j({ port: await getFreePort(), dataDir, log: (m) => console.log(m) });
    // Then the NER service (unless NLP_URL points at one), ready before any stage. One after the other: on a busy
    // 2-core machine, CoreNLP loading its models alongside pushed Neo4j past its start-up deadline.
    if (!process.env.NLP_URL) nlp = await (await import('./local-nlp.mjs')).startLocalNlp({ log: (m) => console.log(m) });
    const marker = `marker-${crypto.randomBytes(8).toString('hex')}`;
    const dbEnv = binEnv({
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: 'neo4j',
      NEO4J_PASSWORD: marker,
      NEO4J_DATABASE: 'neo4j',
      NEO4J_TEST_DATA_DIR: dataDir,
      NLP_URL: nlp?.url ?? process.env.NLP_URL,
    });
    try {
      if (wants('integration')) {
        await stage(
          'integration tests (vitest, real Neo4j)',
          'vitest',
          ['run', '--project', 'integration', '--reporter=default', '--reporter=json', `--outputFile.json=${reports}/vitest-integration.json`, ...files],
          dbEnv,
        );
      }
      if (wants('e2e') || wants('reliability')) {
        const chromium = findChromium();
        if (!chromium.ok) {
          console.error(`\n${chromium.message}`);
          results.push({ name: 'e2e (Playwright)', ok: false, seconds: 0 });
        } else if (skipBuild || (await stage('build (next build)', 'next', ['build'], { ...dbEnv, NODE_ENV: 'production' }))) {
          if (wants('e2e')) {
            await stage('seed for e2e', 'tsx', ['scripts/seed.ts'], dbEnv);
            const e2eEnv = { ...dbEnv, E2E_PORT: String(await getFreePort()), CHROMIUM_PATH: chromium.path, PLAYWRIGHT_JSON_OUTPUT_NAME: `${reports}/playwright.json` };
            await stage('e2e (Playwright, Chromium)', 'playwright', ['test', ...files], e2eEnv);
          }
          // Last: it wipes this database and starts (and kills) Neo4j instances of its own.
          if (wants('reliability')) {
            const relEnv = { ...dbEnv, RELIABILITY_PASSWORD_MARKER: marker, CHROMIUM_PATH: chromium.path };
            await stage(
              'reliability (vitest: SIGKILL, outage, concurrency, export/import, bad input, XSS, headers)',
              'vitest',
              ['run', '--project', 'reliability', '--reporter=default', '--reporter=json', `--outputFile.json=${reports}/vitest-reliability.json`, ...files],
              relEnv,
            );
          }
        }
      }
    } finally {
      await Promise.all([neo4j.stop(), nlp?.stop()]);
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }

  console.log('\n=== summary ===');
  for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'}  ${r.name} (${r.seconds.toFixed(1)} s)`);
  let counted = { passed: 0, failed: 0, named: [] };
  try {
    counted = countTests();
  } catch (error) {
    console.log(`(could not read the test reports: ${error})`);
  }
  const { passed, failed, named } = counted;
  for (const t of named) console.log(`\n${t.kind}: ${t.title}\n  at ${t.where}\n${firstLines(t.error)}`);
  const failedStages = results.filter((r) => !r.ok).length;
  console.log(`\n${passed} passed, ${failed + (failed === 0 ? failedStages : 0)} failed`);
  fs.rmSync(reports, { recursive: true, force: true });
  process.exit(failedStages > 0 ? 1 : 0);
}

main().catch(async (error) => {
  console.error(`npm test could not run: ${error instanceof Error ? error.message : String(error)}`);
  await Promise.all([neo4j?.stop(), nlp?.stop()]);
  process.exit(1);
});
