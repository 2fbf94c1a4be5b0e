#!/usr/bin/env node
// Local NER service (Stanford CoreNLP, French and English) for development and tests: builds the small
// Maven project in nlp/ (cached; the first build downloads ~755 MB of CoreNLP models once into ~/.m2),
// runs it as a child JVM on a loopback port, waits for its "READY http://127.0.0.1:<port>" line, and
// restarts it if it dies. Plain Node ESM with no npm dependencies.
//
// CLI: node scripts/local-nlp.mjs [--port N]   (runs until Ctrl-C; prints READY <url> on stdout)
import { spawn } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { getFreePort } from './free-port.mjs';
import { buildLocalNlp, CLASSES_DIR, NLP_VERSION, readClasspath, REPO_ROOT } from './nlp/build.mjs';
import { onLines, stopChild, track, untrack, wasSignalled } from './nlp/children.mjs';

export { NLP_VERSION, buildLocalNlp };

const MAIN_CLASS = 'newsgraph.nlp.Service';
const START_TIMEOUT_MS = 240_000;
/** Crashes tolerated within RESTART_WINDOW_MS before the launcher gives up (a crash loop helps nobody). */
const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 10 * 60_000;

/**
 * JVM flags. 768 MB of heap: both pipelines' models hold ~450 MB live, and 512 MB is not enough
 * (EXTRACTION-NOTES.md). G1: with Parallel GC's fixed young/old split the models crowded the old
 * generation and annotation ran into back-to-back full collections (14 in the first minute, measured);
 * G1 sizes its regions to fit and stays near 0.8 GB resident. Metaspace and code cache are capped so the
 * process stays under 1 GB.
 */
export const JVM_FLAGS = [
  '-Xms768m',
  '-Xmx768m',
  '-XX:+UseG1GC',
  '-XX:ParallelGCThreads=2',
  '-XX:MaxMetaspaceSize=128m',
  '-XX:ReservedCodeCacheSize=64m',
  '-XX:MaxDirectMemorySize=32m',
  '-XX:+ExitOnOutOfMemoryError',
  '-Djava.awt.headless=true',
  '-Dfile.encoding=UTF-8',
  // slf4j-simple: CoreNLP's loading messages on stderr, without a date on every line.
  '-Dorg.slf4j.simpleLogger.showDateTime=false',
  '-Dorg.slf4j.simpleLogger.showThreadName=false',
];

function defaultLog(message) {
  process.stderr.write(`${message}\n`);
}

/** Port from NLP_LOCAL_PORT, else a free one. */
async function choosePort(port) {
  const raw = port ?? process.env.NLP_LOCAL_PORT;
  if (raw === undefined || raw === null || String(raw).trim() === '') return getFreePort();
  const parsed = Number(raw);
  if (!Number.isInteger(parsed) || parsed < 1 || parsed > 65535) throw new Error(`NLP_LOCAL_PORT (or --port) must be a port number (1-65535), got ${JSON.stringify(raw)}`);
  return parsed;
}

/**
 * @typedef {object} LocalNlp
 * @property {string} url          http://127.0.0.1:<port>, stable across restarts
 * @property {number} port
 * @property {() => number} pid    the current JVM's process id
 * @property {() => number} restarts  how many times it was restarted after a crash
 * @property {() => Promise<void>} stop  SIGTERM, then SIGKILL after 15 s; no restart after; safe to call twice
 * @property {Promise<{ code: number | null, signal: string | null }>} exited  settles once it is stopped or given up on
 */

/**
 * Builds (if needed) and starts the NER service; resolves once both pipelines are loaded and warm.
 * The JVM stops when this process exits or gets SIGINT/SIGTERM, and within ~1 s if this process is
 * killed outright (it watches our pid). A crash after READY restarts it on the same port.
 * @param {{ port?: number, log?: (message: string) => void, timeoutMs?: number, progress?: boolean, restart?: boolean, workers?: number }} [options]
 * @returns {Promise<LocalNlp>}
 */
export async function startLocalNlp({ port, log = defaultLog, timeoutMs = START_TIMEOUT_MS, progress, restart = true, workers } = {}) {
  const servicePort = await choosePort(port);
  const url = `http://127.0.0.1:${servicePort}`;
  const showProgress = progress ?? (log === defaultLog && Boolean(process.stderr.isTTY));
  await buildLocalNlp({ log, progress: showProgress });

  const extra = workers ? ['--workers', String(workers)] : [];
  const launch = () => launchOnce({ url, port: servicePort, log, timeoutMs, showProgress, extra });
  let current = await launch();
  let stopped = false;
  let restarts = 0;
  /** A restart in progress when stop() is called: stop() waits for it, then stops the new JVM too. */
  let restarting = null;
  const crashes = [];
  let settle;
  const exited = new Promise((resolve) => (settle = resolve));

  const supervise = async (instance) => {
    const result = await instance.exited;
    if (stopped || wasSignalled()) return settle(result);
    const now = Date.now();
    crashes.push(now);
    while (crashes.length && crashes[0] < now - RESTART_WINDOW_MS) crashes.shift();
    const how = result.signal ?? `code ${result.code}`;
    if (!restart || crashes.length > MAX_RESTARTS) {
      log(
        `[nlp] The NLP service exited (${how})${restart ? ` ${crashes.length} times in ${RESTART_WINDOW_MS / 60_000} minutes; not restarting it` : ''}.${describeOutput(instance.recent)}`,
      );
      return settle(result);
    }
    log(`[nlp] The NLP service exited unexpectedly (${how}); restarting it on ${url}…`);
    await new Promise((r) => setTimeout(r, 500 * 2 ** (crashes.length - 1)));
    if (stopped) return settle(result);
    restarting = launch();
    try {
      current = await restarting;
      restarts += 1;
      supervise(current);
    } catch (error) {
      log(`[nlp] Restarting the NLP service failed: ${error instanceof Error ? error.message : String(error)}`);
      settle(result);
    } finally {
      restarting = null;
    }
  };
  supervise(current);

  let stopping;
  const stop = () => {
    stopped = true;
    stopping ??= (async () => {
      await restarting?.catch(() => undefined);
      await stopChild(current.child, current.exited);
    })();
    return stopping;
  };
  return { url, port: servicePort, pid: () => current.child.pid ?? -1, restarts: () => restarts, stop, exited };
}

/** Starts one JVM and waits for its READY line; on failure the JVM is stopped and the error says why. */
async function launchOnce({ url, port, log, timeoutMs, showProgress, extra }) {
  const classpath = [CLASSES_DIR, ...readClasspath()].join(path.delimiter);
  const args = [...JVM_FLAGS, '-cp', classpath, MAIN_CLASS, '--port', String(port), '--parent-pid', String(process.pid), ...extra];
  const child = spawn('java', args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const recent = [];
  const remember = (line) => {
    recent.push(line);
    if (recent.length > 40) recent.shift();
  };
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

  const started = Date.now();
  const label = `Starting the NLP service (CoreNLP ${NLP_VERSION}, fr + en) on ${url}…`;
  const ticker = showProgress ? setInterval(() => process.stderr.write(`\r${label} ${Math.round((Date.now() - started) / 1000)}s`), 1000) : null;
  if (showProgress) process.stderr.write(label);
  else log(label);
  let ready = false;
  const readyPromise = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The NLP service did not become ready within ${Math.round(timeoutMs / 1000)} s.${describeOutput(recent)}`)), timeoutMs);
    timer.unref();
    const forward = (line) => {
      remember(line);
      // After READY, pass on what the JVM says (rare: failures), but not its routine shutdown line.
      if (ready && !/^\[local-nlp\] shutting down/.test(line)) log(`[nlp] ${line}`);
    };
    onLines(child.stdout, (line) => {
      if (!ready && line === `READY ${url}`) {
        ready = true;
        clearTimeout(timer);
        resolve();
      } else forward(line);
    });
    onLines(child.stderr, forward);
    exited.then(({ code, signal, error }) => {
      clearTimeout(timer);
      if (ready) return;
      const how = error ? `could not be started (${error.message})` : `exited with ${signal ?? `code ${code}`}`;
      reject(new Error(`The NLP service ${how} before it was ready.${describeOutput(recent)}\n${hintFor(recent, port)}`));
    });
  });
  try {
    await readyPromise;
  } catch (error) {
    if (ticker) clearInterval(ticker);
    if (showProgress) process.stderr.write(`\r${label} failed\n`);
    await stopChild(child, exited);
    throw error;
  }
  if (ticker) clearInterval(ticker);
  const took = `${((Date.now() - started) / 1000).toFixed(1)} s`;
  if (showProgress) process.stderr.write(`\r${label} ready in ${took}\n`);
  else log(`NLP service ready at ${url} in ${took}.`);
  return { child, exited, recent };
}

function hintFor(lines, port) {
  const text = lines.join('\n');
  if (/BindException|Address already in use/i.test(text))
    return `Hint: port ${port} is in use; set NLP_LOCAL_PORT (or --port) to another port, or leave it unset to pick a free one.`;
  if (/OutOfMemoryError|Java heap space/i.test(text)) return 'Hint: the JVM ran out of memory loading the models; it needs about 1 GB of free RAM.';
  if (/UnsupportedClassVersionError|class file version/i.test(text)) return 'Hint: Java 17 or newer is required (check `java -version`).';
  if (/ClassNotFoundException|NoClassDefFoundError|models-french/i.test(text)) return 'Hint: the build looks incomplete; delete nlp/target and try again.';
  return 'Hint: set NLP_URL to use an NLP service running elsewhere, or NEWSGRAPH_EXTRACTOR=rules to extract without one.';
}

function describeOutput(lines) {
  return lines.length ? `\nLast output:\n${lines.map((line) => `  ${line}`).join('\n')}` : '';
}

async function main(argv) {
  let port;
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].includes('=') ? argv[i].split(/=(.*)/s) : [argv[i], undefined];
    if (flag === '--port') port = inline ?? argv[++i];
    else {
      process.stderr.write(
        `${flag === '--help' || flag === '-h' ? '' : `unknown argument ${argv[i]}\n`}Usage: node scripts/local-nlp.mjs [--port N]   (default: NLP_LOCAL_PORT, else a free port)\n`,
      );
      process.exit(flag === '--help' || flag === '-h' ? 0 : 2);
    }
  }
  const nlp = await startLocalNlp({ port });
  process.stdout.write(`READY ${nlp.url}\n`);
  defaultLog(`CoreNLP ${NLP_VERSION} NER is running at ${nlp.url} (loopback only; pid ${nlp.pid()}). Use it with NLP_URL=${nlp.url}. Press Ctrl-C to stop.`);
  const { code, signal } = await nlp.exited;
  if (!wasSignalled()) {
    defaultLog(`The NLP service stopped (${signal ?? `code ${code}`}).`);
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((error) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
