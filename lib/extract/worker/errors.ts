import { AppError } from '@/lib/errors';
import { UnsupportedLanguageError } from '../errors';
import type { WireError } from './protocol';

/** The article took longer than the time limit; its worker was stopped and replaced. */
export class ExtractionTimeoutError extends AppError {
  constructor(seconds: number) {
    super(
      `Extraction took longer than ${seconds} s and was stopped; nothing was added. Split the article into smaller parts (or raise EXTRACT_TIMEOUT_MS).`,
      'extraction_timeout',
      413,
    );
  }
}

/** Every worker is busy and the queue is full: the caller should retry in a moment. */
export class ExtractionBusyError extends AppError {
  constructor(queued: number) {
    super(
      `The server is busy extracting other articles (${queued} waiting); nothing was added. Try again in a moment, or raise EXTRACT_QUEUE_LIMIT / EXTRACT_WORKERS.`,
      'extraction_busy',
      503,
    );
  }
}

/** The worker died (out of memory, a crash) while extracting; it has been replaced. */
export class ExtractionFailedError extends AppError {
  constructor(detail: string) {
    super(`Extraction failed (${detail}); nothing was added. If it happens again with this article, split it into smaller parts.`, 'extraction_failed', 500);
  }
}

/** An error from the worker as the class the caller would have caught had extraction run in its own thread. */
export function fromWireError(error: WireError): Error {
  if (error.name === 'UnsupportedLanguageError') return new UnsupportedLanguageError(error.detected ?? null);
  if (error.code && error.status) return Object.assign(new AppError(error.message, error.code, error.status), { name: error.name });
  return Object.assign(new Error(error.message), { name: error.name });
}
