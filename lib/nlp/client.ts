import { getEnv } from '@/lib/env';
import { splitAtBlankLines, splitForService } from './chunks';
import { BatchQueue } from '@/lib/batch-queue';
import { NlpRequestError, NlpUnavailableError } from './errors';
import { NerAnswerSchema, type NerResult, type NerText } from './types';

/**
 * The client of the NER service (nlp/). Server-only: it reads NLP_URL from the environment.
 * Texts are cut to the service's length limit and queued with every other caller's (lib/batch-queue.ts): they go
 * out packed several to a request, NLP_CONCURRENCY requests in flight per service, whoever asked (the service has
 * two workers and answers 503 beyond its queue, which is retried briefly).
 */
export type RecogniseOptions = {
  /** Default: NLP_URL. */
  url?: string;
  /** Per request; default NLP_TIMEOUT_MS. */
  timeoutMs?: number;
  /** Requests in flight to this service, shared with other callers using the same value; default NLP_CONCURRENCY. */
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

/** One text as sent: `key` (unique across callers, as one request may carry several callers' texts) comes back. */
type QueuedText = { key: string; language: NerText['language']; text: string };
type Piece = QueuedText & { owner: number; offset: number };
type Answer = Awaited<ReturnType<typeof postBatch>>[number];

/** A text's answer, or why there is none: one text the service refuses fails its own caller only. */
type Outcome = { ok: true; answer: Answer } | { ok: false; error: unknown };

/**
 * One queue per service, timeout and concurrency, dropped when idle (addresses tried once leave nothing behind).
 * On globalThis: Next.js may load this module once per bundle layer, and the limit is per process.
 */
const shared = globalThis as unknown as { newsgraphNerQueues?: Map<string, BatchQueue<QueuedText, Outcome>>; newsgraphNerCalls?: number };
const queues = (shared.newsgraphNerQueues ??= new Map());

async function answersFor(url: string, batch: QueuedText[], timeoutMs: number): Promise<Outcome[]> {
  const byKey = new Map((await postBatch(url, batch, timeoutMs)).map((a) => [a.id, a]));
  return batch.map((p) => {
    const answer = byKey.get(p.key);
    return answer ? { ok: true, answer } : { ok: false, error: new NlpRequestError(200, `no answer for text ${p.key}`) };
  });
}

/**
 * A request packs several callers' texts. When the service refuses it for anything but being down or busy (a 4xx,
 * a bad answer), each text is sent again alone, so the text at fault fails its own caller and the others get answers.
 */
async function postShared(url: string, batch: QueuedText[], timeoutMs: number): Promise<Outcome[]> {
  try {
    return await answersFor(url, batch, timeoutMs);
  } catch (error) {
    if (error instanceof NlpUnavailableError || batch.length === 1) throw error;
    const each: Outcome[] = [];
    for (const text of batch)
      each.push(
        ...(await answersFor(url, [text], timeoutMs).catch((e: unknown): Outcome[] => {
          if (e instanceof NlpUnavailableError) throw e;
          return [{ ok: false, error: e }];
        })),
      );
    return each;
  }
}

function queueFor(url: string, timeoutMs: number, concurrency: number): BatchQueue<QueuedText, Outcome> {
  const key = `${url} ${timeoutMs} ${concurrency}`;
  let queue = queues.get(key);
  if (!queue) {
    queue = new BatchQueue<QueuedText, Outcome>(
      (batch) => postShared(url, batch, timeoutMs),
      concurrency,
      { maxItems: MAX_BATCH_TEXTS, maxWeight: MAX_BATCH_CHARS, weight: (p) => p.text.length },
      () => queues.delete(key),
    );
    queues.set(key, queue);
  }
  return queue;
}

/** Entity mentions and sentences of each text, in the order given. Throws NlpUnavailableError when the service is down. */
export async function recognise(texts: readonly NerText[], options: RecogniseOptions = {}): Promise<NerResult[]> {
  const env = getEnv();
  const url = options.url ?? env.NLP_URL;
  if (!url) throw new NlpUnavailableError(undefined, 'NLP_URL is not set');
  const call = (shared.newsgraphNerCalls = (shared.newsgraphNerCalls ?? 0) + 1);
  const pieces: Piece[] = texts.flatMap((t, owner) =>
    splitForService(t.text, options.maxPieceChars ?? MAX_PIECE_CHARS).map((p, k) => ({
      key: `${call}:${owner}:${k}`,
      owner,
      offset: p.offset,
      language: t.language,
      text: p.text,
    })),
  );
  const outcomes = await queueFor(url, options.timeoutMs ?? env.NLP_TIMEOUT_MS, options.concurrency ?? env.NLP_CONCURRENCY).submit(pieces);
  const failed = outcomes.find((o) => !o.ok);
  if (failed && !failed.ok) throw failed.error;
  const answers = outcomes.map((o) => (o as { answer: Answer }).answer);
  const results: NerResult[] = texts.map((t) => ({ id: t.id, language: t.language, sentences: [], entities: [] }));
  for (const [i, piece] of pieces.entries()) {
    const answer = answers[i]!;
    const result = results[piece.owner]!;
    const shift = <T extends { start: number; end: number }>(span: T): T => ({ ...span, start: span.start + piece.offset, end: span.end + piece.offset });
    result.sentences.push(...answer.sentences.flatMap((s) => splitAtBlankLines(piece.text, s)).map(shift));
    result.entities.push(...answer.entities.map(shift));
  }
  return results;
}

async function postBatch(url: string, batch: QueuedText[], timeoutMs: number) {
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
