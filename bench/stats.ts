/** Timing helpers: warm-up runs, then percentiles over repeated runs. Numbers are reported, never asserted. */
export type Timing = { p50: number; p95: number; mean: number; min: number; max: number; runs: number };

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] as number;
}

export function summarize(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    mean: round(sorted.reduce((s, x) => s + x, 0) / Math.max(1, sorted.length)),
    min: round(sorted[0] ?? NaN),
    max: round(sorted[sorted.length - 1] ?? NaN),
    runs: sorted.length,
  };
}

/** Runs `work(i)` `warmup` times unmeasured, then `runs` times measured (ms, wall clock). */
export async function measure(work: (i: number) => Promise<unknown>, { warmup, runs }: { warmup: number; runs: number }): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await work(i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work(warmup + i);
    samples.push(performance.now() - started);
  }
  return summarize(samples);
}

export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: Math.round((performance.now() - started) * 10) / 10, value };
}

export function log(message: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}
