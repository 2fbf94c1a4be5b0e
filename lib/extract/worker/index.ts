import os from 'node:os';
import { getEnv } from '@/lib/env';
import { TooLargeError } from '@/lib/errors';
import type { Extraction } from '@/lib/model';
import { getExtractor } from '../registry';
import type { ExtractOptions } from '../types';
import { ExtractionPool } from './pool';
import type { NerReading } from './protocol';
import { spawnExtractionWorker } from './spawn';

export { ExtractionBusyError, ExtractionFailedError, ExtractionTimeoutError } from './errors';
export { ExtractionPool, type PoolOptions } from './pool';
export { spawnExtractionWorker } from './spawn';

// One pool per process; kept on globalThis so a hot reload in `next dev` reuses it instead of leaking workers.
const KEY = Symbol.for('newsgraph.extractionPool');
const holder = globalThis as typeof globalThis & { [KEY]?: ExtractionPool };

/** The process's pool, sized from EXTRACT_WORKERS (default: min(2, cores)), EXTRACT_TIMEOUT_MS and EXTRACT_QUEUE_LIMIT. */
export function getExtractionPool(): ExtractionPool {
  const env = getEnv();
  holder[KEY] ??= new ExtractionPool({
    size: env.EXTRACT_WORKERS ?? Math.min(2, os.availableParallelism()),
    timeoutMs: env.EXTRACT_TIMEOUT_MS,
    maxQueue: env.EXTRACT_QUEUE_LIMIT,
    spawn: spawnExtractionWorker,
  });
  return holder[KEY];
}

/**
 * Entities and relations of one article, extracted in a worker thread so the event loop keeps serving requests.
 * Refuses text over MAX_ARTICLE_BYTES before any work; throws ExtractionTimeoutError past EXTRACT_TIMEOUT_MS,
 * ExtractionBusyError when the queue is full, and the extractor's own errors (UnsupportedLanguageError) as they are.
 */
export async function extractOffThread(text: string, options: ExtractOptions = {}): Promise<Extraction> {
  const max = getEnv().MAX_ARTICLE_BYTES;
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > max)
    throw new TooLargeError(
      `The article is ${bytes.toLocaleString('en')} bytes, over the limit of ${max.toLocaleString('en')} bytes (MAX_ARTICLE_BYTES). Split it, or raise MAX_ARTICLE_BYTES.`,
    );
  return getExtractionPool().run({ kind: 'extract', extractor: getExtractor().name, text, options });
}

/** The hybrid's merge of the rules' extraction and CoreNLP's reading, in a worker thread, under the same time limit. */
export async function mergeOffThread(text: string, rules: Extraction, ner: NerReading): Promise<Extraction> {
  return getExtractionPool().run({ kind: 'merge', text, rules, ner });
}
