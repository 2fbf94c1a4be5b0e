import type { Extraction } from '@/lib/model';
import type { NerMention } from '@/lib/nlp';
import type { ExtractOptions } from '../types';

/** What the NER service said of an article, for the hybrid merge: its name mentions and its sentences. */
export type NerReading = { entities: NerMention[]; sentences: { start: number; end: number }[] };

/**
 * What a caller asks of the pool, one of two jobs. 'extract': an article, by the named extractor. 'merge': the
 * hybrid's second step, the rules' extraction of an article and CoreNLP's reading of it merged (off the request
 * thread like the first).
 */
export type ExtractionJob = { kind: 'extract'; extractor: string; text: string; options: ExtractOptions } | { kind: 'merge'; text: string; rules: Extraction; ner: NerReading };

/** Main thread → worker: a job, numbered by the pool so the reply finds its caller. */
export type ExtractRequest = ExtractionJob & { id: number };

/** An error as it crosses the thread boundary: class instances do not survive postMessage, their fields do. */
export type WireError = { name: string; message: string; code?: string; status?: number; detected?: string | null };

/** Worker → main thread: 'ready' once its modules and gazetteer are loaded, then one reply per request. */
export type WorkerReply = { kind: 'ready' } | { kind: 'done'; id: number; extraction: Extraction } | { kind: 'failed'; id: number; error: WireError };

export function toWireError(error: unknown): WireError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const { code, status, detected } = error as Error & { code?: unknown; status?: unknown; detected?: unknown };
  return {
    name: error.name,
    message: error.message,
    ...(typeof code === 'string' ? { code } : {}),
    ...(typeof status === 'number' ? { status } : {}),
    ...(typeof detected === 'string' || detected === null ? { detected } : {}),
  };
}
