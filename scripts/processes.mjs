// Small process helpers shared by start.mjs and test.mjs (dependency-free).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(REPO_ROOT, 'node_modules', '.bin');

/** Environment with node_modules/.bin first on PATH. */
export function binEnv(extra = {}) {
  // Telemetry off: it would only try to reach the network from every build and start.
  return { NEXT_TELEMETRY_DISABLED: '1', ...process.env, PATH: `${BIN}${path.delimiter}${process.env.PATH ?? ''}`, ...extra };
}

/**
 * Spawns a command in its own process group (so it can be stopped with everything it started)
 * with inherited output. Resolves with its exit code.
 */
export function run(command, args, { env = binEnv(), cwd = REPO_ROOT } = {}) {
  const child = spawn(command, args, { cwd, env, stdio: 'inherit', detached: true });
  const done = new Promise((resolve) => {
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
    child.once('error', (error) => {
      console.error(`Could not run ${command}: ${error.message}`);
      resolve(127);
    });
  });
  return { child, done, stop: () => stopGroup(child, done) };
}

/** SIGTERM to the whole process group, then SIGKILL after `graceMs`. */
export async function stopGroup(child, done, graceMs = 10_000) {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }, graceMs);
  await done;
  clearTimeout(timer);
}

/** Polls an HTTP URL until it answers 2xx or the deadline passes. */
export async function waitForHttp(url, { timeoutMs = 120_000, intervalMs = 500 } = {}) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      if (response.ok) return true;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  return false;
}

/** Loads .env (if present) without overriding variables already set, like Next.js does. */
export function loadDotEnv() {
  const file = path.join(REPO_ROOT, '.env');
  if (fs.existsSync(file) && typeof process.loadEnvFile === 'function') process.loadEnvFile(file);
}

/** Newest modification time under the given paths (files or folders). */
export function newestMtime(paths) {
  let newest = 0;
  const visit = (p) => {
    let stat;
    try {
      stat = fs.statSync(p);
    } catch {
      return;
    }
    if (stat.isDirectory()) for (const entry of fs.readdirSync(p)) visit(path.join(p, entry));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const p of paths) visit(path.join(REPO_ROOT, p));
  return newest;
}
