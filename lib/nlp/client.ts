import { getEnv } from '@/lib/env';
import { mapPool } from '@/lib/pool';
import { splitAtBlankLines, splitForService } from './chunks';
import { NlpRequestError, NlpUnavailableError } from './errors';
import { NerAnswerSchema, type NerResult, type NerText } from './types';

/**
 * The client of the NER service (nlp/). Server-only: it reads NLP_URL from the environment.
 * Texts are cut to the service's length limit, packed several to a request, and requests run a few at a time
 * (the service has two workers and answers 503 beyond its queue, which is retried briefly).
 */
export type RecogniseOptions = {
  /** Default: NLP_URL. */
  url?: string;
  /** Per request; default NLP_TIMEOUT_MS. */
  timeoutMs?: number;
  /** Requests in flight; default NLP_CONCURRENCY. */
  concurrency?: number;
  /** Longest piece sent as one text (tests use a small one to exercise the cutting cheaply). */
  maxPieceChars?: number;
};

/** Under the service's 200,000-character default, so a service started with defaults never refuses a piece. */
const MAX_PIECE_CHARS = 100_000;
/** Per request: 200,000 characters is at most ~1.2 MB of JSON, under the service's 2 MB body limit. */
const MAX_BATCH_CHARS = 200_000;
const MAX_BATCH_TEXTS = 16;
/** 503 (busy or still loading): retried after the service's Retry-After, this many times. */
const BUSY_RETRIES = 5;

type Piece = { key: string; owner: number; offset: number; language: NerText['language']; text: string };

/** Entity mentions and sentences of each text, in the order given. Throws NlpUnavailableError when the service is down. */
export async function recognise(texts: readonly NerText[], options: RecogniseOptions = {}): Promise<NerResult[]> {
  const env = getEnv();
  const url = options.url ?? env.NLP_URL;
  if (!url) throw new NlpUnavailableError(undefined, 'NLP_URL is not set');
  const pieces: Piece[] = texts.flatMap((t, owner) =>
    splitForService(t.text, options.maxPieceChars ?? MAX_PIECE_CHARS).map((p, k) => ({ key: `${owner}:${k}`, owner, offset: p.offset, language: t.language, text: p.text })),
  );
  const answers = await mapPool(toBatches(pieces), options.concurrency ?? env.NLP_CONCURRENCY, (batch) => postBatch(url, batch, options.timeoutMs ?? env.NLP_TIMEOUT_MS));
  const byKey = new Map(answers.flat().map((a) => [a.id, a]));
  const results: NerResult[] = texts.map((t) => ({ id: t.id, language: t.language, sentences: [], entities: [] }));
  for (const piece of pieces) {
    const answer = byKey.get(piece.key);
    if (!answer) throw new NlpRequestError(200, `no answer for text ${piece.key}`);
    const result = results[piece.owner]!;
    const shift = <T extends { start: number; end: number }>(span: T): T => ({ ...span, start: span.start + piece.offset, end: span.end + piece.offset });
    result.sentences.push(...answer.sentences.flatMap((s) => splitAtBlankLines(piece.text, s)).map(shift));
    result.entities.push(...answer.entities.map(shift));
  }
  return results;
}

function toBatches(pieces: Piece[]): Piece[][] {
  const batches: Piece[][] = [];
  let current: Piece[] = [];
  let chars = 0;
  for (const piece of pieces) {
    if (current.length > 0 && (current.length >= MAX_BATCH_TEXTS || chars + piece.text.length > MAX_BATCH_CHARS)) {
      batches.push(current);
      current = [];
      chars = 0;
    }
    current.push(piece);
    chars += piece.text.length;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

async function postBatch(url: string, batch: Piece[], timeoutMs: number) {
  const body = JSON.stringify({ texts: batch.map((p) => ({ id: p.key, language: p.language, text: p.text })) });
  for (let attempt = 0; ; attempt += 1) {
    let response: Response;
    try {
      response = await fetch(new URL('/ner', url), { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      throw new NlpUnavailableError(url, describeFetchError(error, timeoutMs));
    }
    const payload: unknown = await response.json().catch(() => null);
    if (response.ok) {
      const parsed = NerAnswerSchema.safeParse(payload);
      if (!parsed.success) throw new NlpRequestError(response.status, `unexpected answer: ${parsed.error.issues[0]?.message ?? 'bad shape'}`);
      return parsed.data.texts;
    }
    const message = (payload as { error?: unknown } | null)?.error;
    const text = typeof message === 'string' ? message : response.statusText;
    if (response.status !== 503) throw new NlpRequestError(response.status, text);
    if (attempt >= BUSY_RETRIES) throw new NlpUnavailableError(url, `still busy after ${BUSY_RETRIES} retries: ${text}`);
    const retryAfter = Number(response.headers.get('retry-after'));
    await new Promise((resolve) => setTimeout(resolve, (Number.isFinite(retryAfter) && retryAfter > 0 ? Math.min(retryAfter, 10) : 1) * 1000));
  }
}

function describeFetchError(error: unknown, timeoutMs: number): string {
  if (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError')) return `no answer within ${Math.round(timeoutMs / 1000)} s`;
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}
