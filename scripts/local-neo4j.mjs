#!/usr/bin/env node
// Local embedded Neo4j for development and tests: builds the small Maven project in neo4j/
// (cached), runs it as a child JVM and waits for its "READY bolt://127.0.0.1:<port>" line.
// Plain Node ESM with no npm dependencies.
//
// CLI: node scripts/local-neo4j.mjs [--port N] [--data DIR]   (runs until Ctrl-C)
//
// Bolt listens on 127.0.0.1 only, with authentication disabled: any username/password is accepted.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PROJECT_DIR = path.join(REPO_ROOT, 'neo4j');
const POM = path.join(PROJECT_DIR, 'pom.xml');
const SOURCE_DIR = path.join(PROJECT_DIR, 'src');
const TARGET_DIR = path.join(PROJECT_DIR, 'target');
const CLASSES_DIR = path.join(TARGET_DIR, 'classes');
const CLASSPATH_FILE = path.join(TARGET_DIR, 'classpath.txt');
/** Written after a successful build; sources newer than this trigger a rebuild. */
const BUILD_STAMP = path.join(TARGET_DIR, 'local-neo4j.stamp');
/** Held (mkdir is atomic) while Maven runs, so parallel starts do not build on top of each other. */
const BUILD_LOCK = path.join(TARGET_DIR, '.build-lock');
const MAIN_CLASS = 'newsgraph.LocalNeo4j';

const START_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 30_000;

/** The Neo4j version, read from neo4j/pom.xml so there is one place to change it. */
export const NEO4J_VERSION = readNeo4jVersion();

/**
 * JVM flags for the embedded server. Taken from the server.jvm.additional defaults that Neo4j
 * 5.26 ships in conf/neo4j.conf, minus the ones that do not matter for a local dev database:
 * -XX:+AlwaysPreTouch (slows start-up), TLS tuning (Bolt is plain-text on loopback) and the
 * profiling aids (-XX:FlightRecorderOptions, -XX:+DebugNonSafepoints).
 */
export const JVM_FLAGS = [
  // Memory: a bounded heap for a development graph; the page cache (256 MiB) and the transaction memory limits
  // (128 MiB per transaction, 640 MiB in total) are set in LocalNeo4j.java. No -XX:+ExitOnOutOfMemoryError:
  // allocations Neo4j does not track (a string doubled 31 times in one expression) can still exhaust the heap,
  // and Neo4j then fails only that query (Neo.TransientError.General.OutOfMemoryError) instead of the JVM exiting.
  '-Xms256m',
  '-Xmx1g',
  // GC and JIT settings from Neo4j's defaults.
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  // Netty (Bolt) uses direct buffers through reflection.
  '-Dio.netty.tryReflectionSetAccessible=true',
  // Module access Neo4j needs for its off-heap memory and I/O (page cache, native buffers).
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  // No JMX endpoint for log4j; stable encodings.
  '-Dlog4j2.disable.jmx=true',
  '-Dfile.encoding=UTF-8',
];

/** @param {string} message */
function defaultLog(message) {
  process.stderr.write(`${message}\n`);
}

/** Port from NEO4J_LOCAL_PORT, else 7687. */
export function defaultPort() {
  const raw = process.env.NEO4J_LOCAL_PORT;
  return raw && raw.trim() !== '' ? parsePort(raw, 'NEO4J_LOCAL_PORT') : 7687;
}

/** Data directory from NEO4J_LOCAL_DATA_DIR, else <repo>/.data/neo4j (always absolute). */
export function defaultDataDir() {
  const raw = process.env.NEO4J_LOCAL_DATA_DIR;
  return raw && raw.trim() !== '' ? path.resolve(REPO_ROOT, raw) : path.join(REPO_ROOT, '.data', 'neo4j');
}

// ---------------------------------------------------------------------------------------------
// Build

/**
 * Builds the launcher with Maven unless target/ is up to date with pom.xml and the Java source.
 * @param {{ log?: (message: string) => void }} [options]
 * @returns {Promise<{ built: boolean }>}
 */
export async function buildLocalNeo4j({ log = defaultLog } = {}) {
  if (!needsBuild()) return { built: false };
  return withBuildLock(log, async () => {
    if (!needsBuild()) return { built: false }; // another process built it while we waited
    return runBuild(log);
  });
}

async function runBuild(log) {
  await requireTool(
    'java',
    ['-version'],
    'Java 17+ is needed for the local Neo4j: install a JDK (e.g. `apt-get install openjdk-17-jdk-headless`), or set NEO4J_URI to use an existing Neo4j.',
  );
  await requireTool('mvn', ['-v'], 'Maven is needed to build the local Neo4j: install it (e.g. `apt-get install maven`), or set NEO4J_URI to use an existing Neo4j.');
  const started = Date.now();
  log(`Building local Neo4j ${NEO4J_VERSION} launcher with Maven (the first build downloads ~160 MB into ~/.m2)…`);
  const result = await runCapture('mvn', ['-q', '-B', '-f', POM, 'compile'], { cwd: PROJECT_DIR });
  if (result.code !== 0) {
    throw new Error(`Building the local Neo4j launcher failed (mvn exited with ${result.code}):\n${tail(result.output, 30)}\nRetry with: mvn -B -f neo4j/pom.xml compile`);
  }
  if (!fs.existsSync(CLASSPATH_FILE) || !fs.existsSync(path.join(CLASSES_DIR, 'newsgraph', 'LocalNeo4j.class'))) {
    throw new Error(`Maven finished but ${path.relative(REPO_ROOT, CLASSPATH_FILE)} or the compiled class is missing.`);
  }
  fs.writeFileSync(BUILD_STAMP, `${new Date().toISOString()}\n`);
  log(`Built local Neo4j launcher in ${formatSeconds(Date.now() - started)}.`);
  return { built: true };
}

async function withBuildLock(log, fn) {
  fs.mkdirSync(TARGET_DIR, { recursive: true });
  const deadline = Date.now() + 10 * 60_000;
  let announced = false;
  for (;;) {
    try {
      fs.mkdirSync(BUILD_LOCK);
      fs.writeFileSync(path.join(BUILD_LOCK, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
    if (!isAlive(readLockPid())) {
      fs.rmSync(BUILD_LOCK, { recursive: true, force: true }); // left behind by a killed build
      continue;
    }
    if (Date.now() > deadline) throw new Error(`Timed out waiting for another build of the local Neo4j launcher (${BUILD_LOCK}).`);
    if (!announced) log('Waiting for another build of the local Neo4j launcher…');
    announced = true;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(BUILD_LOCK, { recursive: true, force: true });
  }
}

function readLockPid() {
  try {
    return Number(fs.readFileSync(path.join(BUILD_LOCK, 'pid'), 'utf8'));
  } catch {
    // Just created by another process that has not written its pid yet: treat as alive unless old.
    try {
      return Date.now() - fs.statSync(BUILD_LOCK).mtimeMs < 10_000 ? process.pid : 0;
    } catch {
      return 0;
    }
  }
}

function isAlive(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

function needsBuild() {
  let stampTime;
  try {
    stampTime = fs.statSync(BUILD_STAMP).mtimeMs;
  } catch {
    return true;
  }
  if (!fs.existsSync(path.join(CLASSES_DIR, 'newsgraph', 'LocalNeo4j.class'))) return true;
  if (newestMtime(POM) > stampTime || newestMtime(SOURCE_DIR) > stampTime) return true;
  // ~/.m2 may have been cleaned since the last build.
  return readClasspath().some((entry) => !fs.existsSync(entry));
}

/** @param {string} target */
function newestMtime(target) {
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

function readClasspath() {
  try {
    return fs.readFileSync(CLASSPATH_FILE, 'utf8').trim().split(path.delimiter).filter(Boolean);
  } catch {
    return [];
  }
}

function readNeo4jVersion() {
  try {
    const match = /<neo4j\.version>\s*([^<\s]+)\s*<\/neo4j\.version>/.exec(fs.readFileSync(POM, 'utf8'));
    if (match) return match[1];
  } catch {
    // fall through
  }
  return 'unknown';
}

// ---------------------------------------------------------------------------------------------
// Start / stop

/**
 * @typedef {object} LocalNeo4j
 * @property {string} uri        bolt://127.0.0.1:<port>
 * @property {number} port
 * @property {string} dataDir    absolute path
 * @property {number} pid        the JVM's process id
 * @property {() => Promise<void>} stop  SIGTERM, then SIGKILL after 30 s; safe to call twice
 * @property {Promise<{ code: number | null, signal: string | null }>} exited  settles when the JVM exits
 */

/**
 * Builds (if needed) and starts the embedded Neo4j; resolves once Bolt accepts connections.
 * The JVM is stopped when this Node process exits or gets SIGINT/SIGTERM, and it stops itself
 * within ~2 s if this process is killed outright (it watches our pid).
 * @param {{ port?: number, dataDir?: string, log?: (message: string) => void, timeoutMs?: number, progress?: boolean }} [options]
 *   progress: show a live "Starting… 12s" counter on stderr (default: when stderr is a TTY and no custom log is given).
 * @returns {Promise<LocalNeo4j>}
 */
export async function startLocalNeo4j({ port, dataDir, log = defaultLog, timeoutMs = START_TIMEOUT_MS, progress } = {}) {
  const boltPort = port === undefined || port === null ? defaultPort() : parsePort(String(port), 'port');
  const dir = dataDir ? path.resolve(dataDir) : defaultDataDir();
  const uri = `bolt://127.0.0.1:${boltPort}`;
  const showProgress = progress ?? (log === defaultLog && Boolean(process.stderr.isTTY));

  await assertPortFree(boltPort);
  await buildLocalNeo4j({ log });
  fs.mkdirSync(dir, { recursive: true });

  const args = [
    ...JVM_FLAGS,
    '-cp',
    [CLASSES_DIR, ...readClasspath()].join(path.delimiter),
    MAIN_CLASS,
    '--port',
    String(boltPort),
    '--data',
    dir,
    '--parent-pid',
    String(process.pid),
  ];
  const child = spawn('java', args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });

  /** Last lines of the JVM's output, for error messages. */
  const recent = [];
  const remember = (line) => {
    recent.push(line);
    if (recent.length > 40) recent.shift();
  };
  let ready = false;

  const exited = new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      untrack(child);
      resolve({ code, signal });
    });
    child.once('error', (error) => {
      untrack(child);
      remember(String(error));
      resolve({ code: null, signal: null, error });
    });
  });
  track(child, exited);

  let stopping;
  const stop = () => {
    stopping ??= stopChild(child, exited);
    return stopping;
  };

  const started = Date.now();
  const label = `Starting local Neo4j ${NEO4J_VERSION} on ${uri} (data: ${displayPath(dir)})…`;
  let ticker;
  if (showProgress) {
    process.stderr.write(label);
    ticker = setInterval(() => process.stderr.write(`\r${label} ${Math.round((Date.now() - started) / 1000)}s`), 1000);
  } else {
    log(label);
  }
  const endProgress = (suffix) => {
    if (ticker) clearInterval(ticker);
    if (showProgress) process.stderr.write(`\r${label} ${suffix}\n`);
  };

  const readyPromise = new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`Local Neo4j did not become ready within ${Math.round(timeoutMs / 1000)} s.${describeOutput(recent)}`));
    }, timeoutMs);
    timer.unref();

    // After READY, pass the JVM's (rare) output on, except its routine shutdown messages.
    const forward = (line) => {
      remember(line);
      if (ready && !/^\[local-neo4j\] (shutting down|stopped in)/.test(line)) log(`[neo4j] ${line}`);
    };
    onLines(child.stdout, (line) => {
      if (!ready && line === `READY ${uri}`) {
        ready = true;
        clearTimeout(timer);
        resolve();
      } else {
        forward(line);
      }
    });
    onLines(child.stderr, forward);

    exited.then(({ code, signal, error }) => {
      clearTimeout(timer);
      if (ready) return;
      const how = error ? `could not be started (${error.message})` : `exited with ${signal ?? `code ${code}`}`;
      reject(new Error(`Local Neo4j ${how} before it was ready.${describeOutput(recent)}\n${hintFor(recent, boltPort, dir)}`));
    });
  });

  try {
    await readyPromise;
  } catch (error) {
    endProgress('failed');
    await stop();
    throw error;
  }
  endProgress(`ready in ${formatSeconds(Date.now() - started)}`);
  if (!showProgress) log(`Local Neo4j ready at ${uri} in ${formatSeconds(Date.now() - started)}.`);

  return { uri, port: boltPort, dataDir: dir, pid: child.pid ?? -1, stop, exited };
}

/**
 * @param {import('node:child_process').ChildProcess} child
 * @param {Promise<unknown>} exited
 */
async function stopChild(child, exited) {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) {
    await exited;
    return;
  }
  child.kill('SIGTERM');
  let timer;
  const timedOut = await Promise.race([
    exited.then(() => false),
    new Promise((resolve) => {
      timer = setTimeout(() => resolve(true), STOP_TIMEOUT_MS);
    }),
  ]);
  clearTimeout(timer);
  if (timedOut) {
    child.kill('SIGKILL');
    await exited;
  }
}

/** Fails fast, before building or starting a JVM, if something already listens on the port. */
async function assertPortFree(port) {
  const inUse = await new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', (error) => (error.code === 'EADDRINUSE' || error.code === 'EACCES' ? resolve(error.code) : reject(error)));
    server.listen({ host: '127.0.0.1', port, exclusive: true }, () => server.close(() => resolve(null)));
  });
  if (inUse === 'EACCES') {
    throw new Error(`Cannot listen on 127.0.0.1:${port} (permission denied). Set NEO4J_LOCAL_PORT (or --port) to a port above 1024.`);
  }
  if (inUse) {
    throw new Error(
      `Port ${port} on 127.0.0.1 is already in use, so the local Neo4j cannot start.\n` +
        `  - another local Neo4j? Use it with NEO4J_URI=bolt://127.0.0.1:${port}, or stop it;\n` +
        `  - otherwise pick another port: NEO4J_LOCAL_PORT=7688 (or --port 7688).`,
    );
  }
}

function hintFor(lines, port, dir) {
  const text = lines.join('\n');
  if (/address already in use|BindException|Failed to bind/i.test(text)) {
    return `Hint: port ${port} is in use; set NEO4J_LOCAL_PORT (or --port) to another port.`;
  }
  if (/StoreLock|FileLockException|already locked|Lock file has been locked/i.test(text)) {
    return `Hint: another Neo4j is using ${displayPath(dir)}; stop it or set NEO4J_LOCAL_DATA_DIR.`;
  }
  if (/UnsupportedClassVersionError|class file version/i.test(text)) {
    return 'Hint: Java 17 or newer is required (check `java -version`).';
  }
  return `Hint: port ${port} in use? set NEO4J_LOCAL_PORT. More detail in ${displayPath(path.join(dir, 'logs', 'debug.log'))}.`;
}

function describeOutput(lines) {
  return lines.length ? `\nLast output:\n${lines.map((line) => `  ${line}`).join('\n')}` : '';
}

// ---------------------------------------------------------------------------------------------
// Cleanup: never leave a JVM behind.

/** Running JVMs and the promise that settles when each exits. @type {Map<import('node:child_process').ChildProcess, Promise<unknown>>} */
const running = new Map();
let handlersInstalled = false;
let signalled = false;
const SIGNALS = /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP']);

/** True once this process got SIGINT/SIGTERM/SIGHUP and is stopping its JVMs (a supervisor must not restart them). */
export function isShuttingDown() {
  return signalled;
}

function track(child, exited) {
  running.set(child, exited);
  if (!handlersInstalled) {
    handlersInstalled = true;
    process.on('exit', onExit);
    for (const signal of SIGNALS) process.on(signal, onSignal);
  }
}

function untrack(child) {
  running.delete(child);
  if (running.size === 0 && !signalled) removeHandlers();
}

function removeHandlers() {
  if (!handlersInstalled) return;
  handlersInstalled = false;
  process.off('exit', onExit);
  for (const signal of SIGNALS) process.off(signal, onSignal);
}

/** Synchronous last resort: the JVM's shutdown hook finishes on its own. */
function onExit() {
  for (const child of running.keys()) child.kill('SIGTERM');
}

/**
 * On SIGINT/SIGTERM/SIGHUP: stop the JVMs, then exit like the default handler would, unless the
 * host program registered its own handler for this signal (then exiting is its decision).
 * A second signal kills the JVMs immediately and exits.
 * @param {NodeJS.Signals} signal
 */
function onSignal(signal) {
  const code = 128 + ({ SIGHUP: 1, SIGINT: 2, SIGTERM: 15 }[signal] ?? 0);
  if (signalled) {
    for (const child of running.keys()) child.kill('SIGKILL');
    process.exit(code);
  }
  signalled = true;
  const othersHandleIt = process.listenerCount(signal) > 1;
  Promise.all([...running].map(([child, exited]) => stopChild(child, exited))).finally(() => {
    if (!othersHandleIt) process.exit(code);
    signalled = false;
    if (running.size === 0) removeHandlers();
  });
}

// ---------------------------------------------------------------------------------------------
// Helpers

/** @param {import('node:stream').Readable | null} stream @param {(line: string) => void} onLine */
function onLines(stream, onLine) {
  if (!stream) return;
  stream.setEncoding('utf8');
  let buffer = '';
  stream.on('data', (chunk) => {
    buffer += chunk;
    let index;
    while ((index = buffer.indexOf('\n')) >= 0) {
      onLine(buffer.slice(0, index).replace(/\r$/, ''));
      buffer = buffer.slice(index + 1);
    }
  });
  stream.on('end', () => {
    if (buffer) onLine(buffer);
    buffer = '';
  });
}

/** Runs a command, collecting stdout and stderr together. */
function runCapture(command, args, options = {}) {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('error', (error) => resolve({ code: -1, output: `${output}${error.message}\n`, error }));
    child.once('close', (code) => resolve({ code: code ?? -1, output }));
  });
}

async function requireTool(command, args, fix) {
  const result = await runCapture(command, args);
  if (result.error || result.code !== 0) {
    throw new Error(`\`${command} ${args.join(' ')}\` failed${result.error?.code === 'ENOENT' ? ` (${command} is not on PATH)` : ''}. ${fix}`);
  }
}

function parsePort(raw, name) {
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`${name} must be a port number (1-65535), got ${JSON.stringify(raw)}`);
  return port;
}

function tail(text, count) {
  return text.trimEnd().split('\n').slice(-count).join('\n');
}

function formatSeconds(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}

function displayPath(target) {
  const relative = path.relative(REPO_ROOT, target);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : target;
}

// ---------------------------------------------------------------------------------------------
// CLI

async function main(argv) {
  const options = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i] ?? usage(`${flag} needs a value`);
    if (flag === '--port') options.port = parsePort(value(), '--port');
    else if (flag === '--data') options.dataDir = path.resolve(value());
    else if (flag === '--help' || flag === '-h') usage();
    else usage(`unknown argument ${arg}`);
  }
  // Supervised (restarted if the JVM dies); imported here because supervise-neo4j.mjs imports this module.
  const { superviseLocalNeo4j } = await import('./supervise-neo4j.mjs');
  const neo4j = await superviseLocalNeo4j(options);
  process.stdout.write(`READY ${neo4j.uri}\n`);
  defaultLog(`Neo4j ${NEO4J_VERSION} is running at ${neo4j.uri} (no authentication, loopback only; pid ${neo4j.pid}; restarted if it dies). Press Ctrl-C to stop.`);
  const { gaveUp } = await neo4j.exited;
  if (gaveUp && !signalled) process.exit(1);
}

function usage(problem) {
  const text = 'Usage: node scripts/local-neo4j.mjs [--port N] [--data DIR]\n  Defaults: NEO4J_LOCAL_PORT or 7687; NEO4J_LOCAL_DATA_DIR or .data/neo4j';
  if (problem) {
    process.stderr.write(`${problem}\n${text}\n`);
    process.exit(2);
  }
  process.stdout.write(`${text}\n`);
  process.exit(0);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((error) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
