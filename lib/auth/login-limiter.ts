import { AppError } from '@/lib/errors';

/**
 * Failed sign-ins are limited per client and in total, so the token cannot be guessed online. Per instance and in
 * memory: behind a load balancer each instance counts its own, which still bounds guesses to a few a minute each.
 */
const WINDOW_MS = 10 * 60 * 1000;
const PER_CLIENT = 5;
const IN_TOTAL = 50;

export class TooManyAttemptsError extends AppError {
  constructor(retryAfterSeconds: number) {
    super(`Too many failed sign-ins. Wait ${Math.ceil(retryAfterSeconds / 60)} minute(s) and try again.`, 'too_many_requests', 429);
  }
}

const failures = new Map<string, number[]>();

function recent(key: string, now: number): number[] {
  const kept = (failures.get(key) ?? []).filter((t) => now - t < WINDOW_MS);
  if (kept.length === 0) failures.delete(key);
  else failures.set(key, kept);
  return kept;
}

/** Throws while the client (or everyone together) has used up its failed attempts in the window. */
export function checkLoginAllowed(client: string, now = Date.now()): void {
  for (const [key, limit] of [
    [`client:${client}`, PER_CLIENT],
    ['all', IN_TOTAL],
  ] as const) {
    const times = recent(key, now);
    if (times.length >= limit) throw new TooManyAttemptsError(((times[0] ?? now) + WINDOW_MS - now) / 1000);
  }
}

export function recordLoginFailure(client: string, now = Date.now()): void {
  for (const key of [`client:${client}`, 'all']) failures.set(key, [...recent(key, now), now]);
}

/** For tests. */
export function resetLoginLimiter(): void {
  failures.clear();
}
