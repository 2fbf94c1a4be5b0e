/** Builds (when asked or missing) and starts the app with `next start` against the bench database. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, openSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { log } from './stats';

const ROOT = path.resolve(__dirname, '..');
const NEXT = path.join(ROOT, 'node_modules', '.bin', 'next');

export function buildApp(force: boolean): { built: boolean; ms: number } {
  if (!force && existsSync(path.join(ROOT, '.next', 'BUILD_ID'))) return { built: false, ms: 0 };
  log('building the app (next build)…');
  const started = Date.now();
  const result = spawnSync(NEXT, ['build'], { cwd: ROOT, env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' }, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error('next build failed; run `npx next build` to see why.');
  return { built: true, ms: Date.now() - started };
}

export type AppHandle = { url: string; writeToken: string; child: ChildProcess; stop: () => Promise<void> };

/** Write-protected like a deployment: a fresh write token each run, which the load section's ingest sends. */
export async function startApp(port: number, neo4jUri: string): Promise<AppHandle> {
  const writeToken = randomBytes(24).toString('hex');
  const env = { ...process.env, NEO4J_URI: neo4jUri, NEWSGRAPH_WRITE_TOKEN: writeToken, NODE_ENV: 'production' as const, NEXT_TELEMETRY_DISABLED: '1' };
  // The app's own log, for the cause of any error a section records.
  const logFile = path.join(os.tmpdir(), `newsgraph-bench-app-${port}.log`);
  const out = openSync(logFile, 'w');
  const child = spawn(NEXT, ['start', '-p', String(port), '-H', '127.0.0.1'], { cwd: ROOT, env, stdio: ['ignore', out, out], detached: true });
  closeSync(out);
  log(`app log: ${logFile}`);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`The app did not start on ${url} (is port ${port} free?).`);
    await new Promise((r) => setTimeout(r, 300));
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || !child.pid) return;
    process.kill(-child.pid, 'SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
  };
  return { url, writeToken, child, stop };
}
