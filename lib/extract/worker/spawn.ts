import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';

/** A worker's heap is capped, so a pathological article kills its worker (which is replaced), not the server. */
const RESOURCE_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 1024 };

/**
 * Run from source (tsx, vitest): the entry is TypeScript, which Node 20 cannot load by itself, so a two-line
 * CommonJS bootstrap registers tsx's require hook in the new thread first (tsx resolves the @/ paths too).
 */
const FROM_SOURCE_BOOTSTRAP = "require('tsx/cjs'); require(require('node:worker_threads').workerData.entry);";

/**
 * A new extraction worker. Inside the Next.js server the bundler (Turbopack or webpack) finds
 * `new Worker(new URL('./extract.worker.ts', import.meta.url))`, compiles the entry and its imports into a
 * chunk of their own and points the URL at it; that form must stay literal for the bundler to see it.
 * Everywhere else (CLI scripts under tsx, vitest, the bench) this module runs from its .ts source.
 */
export function spawnExtractionWorker(): Worker {
  if (process.env.NEXT_RUNTIME) {
    return new Worker(new URL('./extract.worker.ts', import.meta.url), { name: 'newsgraph-extract', resourceLimits: RESOURCE_LIMITS });
  }
  const entry = path.join(path.dirname(fileURLToPath(import.meta.url)), 'extract.worker.ts');
  return new Worker(FROM_SOURCE_BOOTSTRAP, { eval: true, workerData: { entry }, name: 'newsgraph-extract', resourceLimits: RESOURCE_LIMITS });
}
