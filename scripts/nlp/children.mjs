// Child JVMs of the NLP launcher: line reading, stopping, and cleanup on exit or signal, so no JVM is
// ever left behind. The same rules as scripts/local-neo4j.mjs.

const STOP_TIMEOUT_MS = 15_000;
const SIGNALS = /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP']);

/** Running JVMs and the promise that settles when each exits. @type {Map<import('node:child_process').ChildProcess, Promise<unknown>>} */
const running = new Map();
let handlersInstalled = false;
let signalled = false;

/** True once SIGINT/SIGTERM/SIGHUP arrived: a JVM exiting then is not a crash to restart. */
export function wasSignalled() {
  return signalled;
}

export function track(child, exited) {
  running.set(child, exited);
  if (!handlersInstalled) {
    handlersInstalled = true;
    process.on('exit', onExit);
    for (const signal of SIGNALS) process.on(signal, onSignal);
  }
}

export function untrack(child) {
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
 * Stops the JVMs, then exits like the default handler would, unless the host program registered its own
 * handler for this signal (then exiting is its decision). A second signal kills them at once.
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

/** SIGTERM, then SIGKILL if the JVM has not exited after 15 s. */
export async function stopChild(child, exited) {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) {
    await exited;
    return;
  }
  child.kill('SIGTERM');
  let timer;
  const timedOut = await Promise.race([exited.then(() => false), new Promise((resolve) => (timer = setTimeout(() => resolve(true), STOP_TIMEOUT_MS)))]);
  clearTimeout(timer);
  if (timedOut) {
    child.kill('SIGKILL');
    await exited;
  }
}

/** @param {import('node:stream').Readable | null} stream @param {(line: string) => void} onLine */
export function onLines(stream, onLine) {
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
