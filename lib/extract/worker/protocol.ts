import type { Extraction } from '@/lib/model';
import type { NerMention } from '@/lib/nlp';
import type { ExtractOptions } from '../types';

/** What the NER service said of an article, for the hybrid merge: its name mentions and its sentences. */
export type NerReading = { entities: NerMention[]; sentences: { start: number; end: number }[] };

/**
 * Main thread → worker: one article to extract, by the named extractor; with `merge`, the rules' extraction of it
 * and CoreNLP's reading, to merge (the hybrid's second step, off the request thread like the first).
 */
export type ExtractRequest = { id: number; extractor: string; text: string; options: ExtractOptions; merge?: { rules: Extraction; ner: NerReading } };

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
