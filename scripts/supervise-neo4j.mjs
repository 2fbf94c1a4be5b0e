// Keeps the local Neo4j running: when its JVM dies (kill -9, a crash), start it again on the same port and data
// directory, with backoff and a bounded number of attempts. The app needs no restart: its circuit breaker
// (lib/neo4j/breaker.ts) probes Neo4j and closes once it answers again. Neo4j recovers its transaction log
// on start, so every acknowledged (committed) write survives the kill.
import { isShuttingDown, startLocalNeo4j } from './local-neo4j.mjs';

/** Waits before each restart attempt; past the last one the supervisor gives up. */
export const RESTART_BACKOFF_MS = [500, 2_000, 5_000, 10_000, 20_000];
/** A JVM that ran this long before dying was healthy: the next death starts the backoff afresh. */
const STABLE_AFTER_MS = 60_000;

/**
 * Like startLocalNeo4j (same options, resolves once Neo4j is ready), plus restarts. The returned `pid` is the
 * current JVM's; `restarts` counts successful restarts; `exited` settles when stopped or after giving up.
 * @param {Parameters<typeof startLocalNeo4j>[0] & { backoffMs?: number[], onRestart?: (event: { restarts: number, downMs: number }) => void }} [options]
 */
export async function superviseLocalNeo4j(options = {}) {
  const { backoffMs = RESTART_BACKOFF_MS, onRestart, ...startOptions } = options;
  const log = startOptions.log ?? ((m) => process.stderr.write(`${m}\n`));
  let current = await startLocalNeo4j(startOptions);
  // Restarts reuse what the first start resolved (a free port chosen by the caller stays the same).
  const fixed = { ...startOptions, port: current.port, dataDir: current.dataDir, progress: false };
  let stopping = false;
  let restarts = 0;
  let startedAt = Date.now();
  let finish;
  const exited = new Promise((resolve) => (finish = resolve));

  const watch = (instance) => {
    instance.exited.then(async ({ code, signal }) => {
      stopping ||= isShuttingDown();
      if (stopping) return finish({ code, signal, gaveUp: false });
      const diedAt = Date.now();
      log(`Local Neo4j (pid ${instance.pid}) died (${signal ?? `code ${code}`}); restarting it on port ${fixed.port} with the same data…`);
      const attempts = diedAt - startedAt >= STABLE_AFTER_MS || restarts === 0 ? backoffMs : backoffMs.slice(Math.min(restarts, backoffMs.length - 1));
      for (const [i, wait] of attempts.entries()) {
        await new Promise((r) => setTimeout(r, wait));
        stopping ||= isShuttingDown();
        if (stopping) return finish({ code, signal, gaveUp: false });
        try {
          current = await startLocalNeo4j(fixed);
        } catch (error) {
          log(`Restart attempt ${i + 1} of ${attempts.length} failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
          continue;
        }
        if (stopping) {
          await current.stop();
          return finish({ code, signal, gaveUp: false });
        }
        restarts++;
        startedAt = Date.now();
        log(`Local Neo4j is back (pid ${current.pid}) after ${((startedAt - diedAt) / 1000).toFixed(1)} s.`);
        onRestart?.({ restarts, downMs: startedAt - diedAt });
        return watch(current);
      }
      log(`Local Neo4j could not be restarted after ${attempts.length} attempts; giving up. See ${fixed.dataDir}/logs/debug.log, then run npm start again.`);
      finish({ code, signal, gaveUp: true });
    });
  };
  watch(current);

  return {
    uri: current.uri,
    port: current.port,
    dataDir: current.dataDir,
    get pid() {
      return current.pid;
    },
    get restarts() {
      return restarts;
    },
    exited,
    stop: async () => {
      stopping = true;
      await current.stop();
      await exited;
    },
  };
}
