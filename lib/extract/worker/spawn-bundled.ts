import { Worker, type ResourceLimits } from 'node:worker_threads';

/**
 * Inside the Next.js server only. The bundler (Turbopack or webpack) finds this literal
 * `new Worker(new URL('./extract.worker.ts', import.meta.url))`, compiles the entry and its imports into a chunk of
 * their own and points the URL at it. It lives in a file of its own because `import.meta` makes the loaders that
 * run our sources as CommonJS (Playwright's) refuse the whole file; spawn.ts requires it only under Next.js.
 */
export function spawnBundledWorker(name: string, resourceLimits: ResourceLimits): Worker {
  // The options stay an object literal: Turbopack recognises the worker only in this exact shape.
  return new Worker(new URL('./extract.worker.ts', import.meta.url), { name, resourceLimits });
}
