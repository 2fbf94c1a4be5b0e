import type { Extraction } from '@/lib/model';
import type { ExtractOptions } from '../types';

/** Main thread → worker: one article to extract, by the named extractor. */
export type ExtractRequest = { id: number; extractor: string; text: string; options: ExtractOptions };

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
