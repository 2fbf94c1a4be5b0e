import path from 'node:path';
import { Worker, type ResourceLimits } from 'node:worker_threads';

/** A worker's heap is capped, so a pathological article kills its worker (which is replaced), not the server. */
const RESOURCE_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 1024 };

/**
 * Run from source (tsx, vitest, Playwright): the entry is TypeScript, which Node 20 cannot load by itself, so a
 * two-line CommonJS bootstrap registers tsx's require hook in the new thread first (tsx resolves the @/ paths too).
 */
const FROM_SOURCE_BOOTSTRAP = "require('tsx/cjs'); require(require('node:worker_threads').workerData.entry);";

/** A new extraction worker: the bundled entry inside the Next.js server, the TypeScript source everywhere else. */
export function spawnExtractionWorker(): Worker {
  const options = { name: 'newsgraph-extract', resourceLimits: RESOURCE_LIMITS };
  if (process.env.NEXT_RUNTIME) {
    // A require the bundler follows at build time and nothing else ever runs (see spawn-bundled.ts).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { spawnBundledWorker } = require('./spawn-bundled') as typeof import('./spawn-bundled');
    return spawnBundledWorker(options.name, options.resourceLimits);
  }
  return new Worker(FROM_SOURCE_BOOTSTRAP, { ...options, eval: true, workerData: { entry: path.join(__dirname, 'extract.worker.ts') } });
}
