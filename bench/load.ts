/**
 * The read paths under load while articles are written: `connections` kept-alive connections (32) send search
 * (GET /api/entities?q=), expansion (GET /api/entities/{id}/neighbors) and the explorer page (GET /) in turn,
 * back to back, for `seconds`, while raw articles arrive through POST /api/articles at `ingestPerSec` (extraction,
 * resolution and the write all happen in the app). Loopback only; every request has a timeout; it stops by itself.
 */
import type { BigGraph } from './big-graph';
import { generateArticles, rng, toIngestInput } from './generate';
import { connection, figures, runLoops, type LoadRequest, type RouteFigures, type Sample } from './load-client';
import { log } from './stats';

export type LoadResult = {
  seconds: number;
  connections: number;
  routes: Record<'search' | 'neighbours' | 'explorer', RouteFigures>;
  ingest: RouteFigures & { targetPerSec: number; added: number };
  errors: number;
  errorSamples: string[];
};

const TIMEOUT_MS = 30_000;
/** Raw articles in flight at most: past that the schedule waits, so a slow app is not buried under writes. */
const INGEST_IN_FLIGHT = 2;

type Options = { appUrl: string; writeToken: string | null; graph: BigGraph; seconds: number; connections: number; ingestPerSec: number };

export async function benchLoad({ appUrl, writeToken, graph, seconds, connections, ingestPerSec }: Options): Promise<LoadResult> {
  const random = rng(31);
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)] as T;
  const prefix = () =>
    pick(graph.names)
      .split(' ')[0]
      ?.slice(0, 3 + Math.floor(random() * 3)) ?? 'a';
  const reads: Array<() => LoadRequest> = [
    () => ({ route: 'search', method: 'GET', path: `/api/entities?q=${encodeURIComponent(prefix())}` }),
    () => ({ route: 'neighbours', method: 'GET', path: `/api/entities/${encodeURIComponent(pick(graph.entityIds))}/neighbors` }),
    () => ({ route: 'explorer', method: 'GET', path: '/' }),
  ];
  // Loops start on different routes, so the three are in flight in equal numbers all along.
  const next = (loop: number, i: number) => (reads[(loop + i) % reads.length] as () => LoadRequest)();

  const warm = connection(appUrl, TIMEOUT_MS);
  for (let i = 0; i < 3 * reads.length; i++) await warm.send(next(0, i));
  warm.close();

  const articles = generateArticles({ count: Math.ceil(seconds * ingestPerSec) + INGEST_IN_FLIGHT, seed: 3131, idPrefix: 'load' }).map(toIngestInput);
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(writeToken ? { authorization: `Bearer ${writeToken}` } : {}) };
  log(`load: ${connections} connections for ${seconds} s, ingesting ${ingestPerSec} articles/s…`);
  const started = performance.now();
  const until = started + seconds * 1000;
  const secondsSince = (t: number) => () => (performance.now() - t) / 1000;
  const [[readSamples, readSeconds], [ingestSamples, ingestSeconds]] = await Promise.all([
    runLoops(appUrl, { connections, until, timeoutMs: TIMEOUT_MS, next }).then((s) => [s, secondsSince(started)()] as const),
    ingestOnSchedule(
      appUrl,
      articles.map((a) => ({ route: 'ingest', method: 'POST' as const, path: '/api/articles', headers, body: Buffer.from(JSON.stringify(a)) })),
      { until, perSec: ingestPerSec },
    ).then((s) => [s, secondsSince(started)()] as const),
  ]);
  // Rates over each side's own span: the window plus the answers still awaited when it closed.
  const of = (route: string) =>
    figures(
      readSamples.filter((s) => s.route === route),
      readSeconds,
    );
  const all = [...readSamples, ...ingestSamples];
  const errors = all.filter((s) => s.error !== null);
  return {
    seconds: Math.round(readSeconds * 10) / 10,
    connections,
    routes: { search: of('search'), neighbours: of('neighbours'), explorer: of('explorer') },
    ingest: { ...figures(ingestSamples, ingestSeconds), targetPerSec: ingestPerSec, added: ingestSamples.filter((s) => s.status === 201).length },
    errors: errors.length,
    errorSamples: [...new Set(errors.map((s) => s.error as string))].slice(0, 5),
  };
}

/** POSTs the articles one every 1/perSec seconds until `until`, at most INGEST_IN_FLIGHT at once: when the app falls behind, the next article waits for a free slot. */
async function ingestOnSchedule(appUrl: string, requests: LoadRequest[], { until, perSec }: { until: number; perSec: number }): Promise<Sample[]> {
  const pool = Array.from({ length: INGEST_IN_FLIGHT }, () => connection(appUrl, TIMEOUT_MS));
  const idle = [...pool];
  const samples: Sample[] = [];
  const inFlight = new Set<Promise<void>>();
  try {
    for (let i = 0, due = performance.now(); i < requests.length && due < until; i++, due += 1000 / perSec) {
      await new Promise((r) => setTimeout(r, Math.max(0, due - performance.now())));
      if (idle.length === 0) await Promise.race(inFlight);
      if (performance.now() >= until) break;
      const c = idle.pop() as (typeof pool)[number];
      const sent = c.send(requests[i] as LoadRequest).then((sample) => {
        samples.push(sample);
        idle.push(c);
        inFlight.delete(sent);
      });
      inFlight.add(sent);
    }
    await Promise.all(inFlight);
  } finally {
    for (const c of pool) c.close();
  }
  return samples;
}
