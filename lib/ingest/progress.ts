/**
 * Figures for "n of N records, r/s, about t left", shared by the upload form and `npm run ingest`. Pure.
 * The rate is over the whole run so far: batches arrive in bursts, and a per-batch rate would jump about.
 */
export type ProgressFigures = { done: number; total: number; ratePerSecond: number | null; remainingMs: number | null };

export function progressFigures(done: number, total: number, elapsedMs: number): ProgressFigures {
  // Too early to tell: no record finished yet, or less than half a second of history.
  if (done <= 0 || elapsedMs < 500) return { done, total, ratePerSecond: null, remainingMs: null };
  const ratePerSecond = done / (elapsedMs / 1000);
  return { done, total, ratePerSecond, remainingMs: (Math.max(0, total - done) / ratePerSecond) * 1000 };
}

/** "about 2 min 5 s left" style durations, rounded to what a reader can use. */
export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${seconds % 60} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** "120 of 200 records · 12.3 records/s · about 7 s left" (rate and estimate once they are known). */
export function describeProgress(figures: ProgressFigures): string {
  const parts = [`${figures.done.toLocaleString('en')} of ${figures.total.toLocaleString('en')} record${figures.total === 1 ? '' : 's'}`];
  if (figures.ratePerSecond !== null) parts.push(`${figures.ratePerSecond.toFixed(figures.ratePerSecond < 10 ? 1 : 0)} records/s`);
  if (figures.remainingMs !== null && figures.done < figures.total) parts.push(`about ${formatDuration(figures.remainingMs)} left`);
  return parts.join(' · ');
}
