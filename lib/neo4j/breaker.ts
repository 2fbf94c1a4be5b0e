import { DatabaseUnavailableError } from '@/lib/errors';

/**
 * A small circuit breaker in front of the driver. When Neo4j is down, the driver retries each transaction
 * for maxTransactionRetryTime (5 s), so every request would take ~6 s to fail. After one request has found the
 * database unavailable the breaker opens: later requests fail at once with the same DatabaseUnavailableError,
 * except for one cheap connectivity probe at most every PROBE_INTERVAL_MS. When a probe (or any request)
 * succeeds the breaker closes, so the app recovers without a restart.
 */
const PROBE_INTERVAL_MS = 1_000;

type State = { open: boolean; lastProbe: number; probe: Promise<boolean> | null; reason: string };
const globalForBreaker = globalThis as unknown as { newsgraphBreaker?: State };
const state: State = (globalForBreaker.newsgraphBreaker ??= { open: false, lastProbe: 0, probe: null, reason: '' });

/** Throws DatabaseUnavailableError at once while the breaker is open and the probe says Neo4j is still down. */
export async function checkBreaker(probe: () => Promise<void>): Promise<void> {
  if (!state.open) return;
  if (!state.probe && Date.now() - state.lastProbe >= PROBE_INTERVAL_MS) {
    state.lastProbe = Date.now();
    state.probe = probe().then(
      () => true,
      () => false,
    );
    void state.probe.finally(() => (state.probe = null));
  }
  if (state.probe && (await state.probe)) {
    state.open = false;
    return;
  }
  throw new DatabaseUnavailableError(state.reason || undefined);
}

export function recordOutcome(error: unknown): void {
  if (error instanceof DatabaseUnavailableError) {
    state.open = true;
    state.lastProbe = Date.now();
    state.reason = /\(([^)]*)\)/.exec(error.message)?.[1] ?? '';
  } else {
    state.open = false;
  }
}

/** For tests. */
export function isBreakerOpen(): boolean {
  return state.open;
}
