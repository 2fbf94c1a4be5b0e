import { getEnv } from '@/lib/env';
import { NlpHealthSchema } from './types';

export type NlpHealth = {
  /** True when the service answers and its models are loaded. */
  ok: boolean;
  status: 'ready' | 'warming' | 'down' | 'unconfigured';
  url: string | null;
  /** Safe to show: what is wrong and how to fix it, or what is running. */
  message: string;
  corenlp?: string;
  workers?: { size: number; active: number; queued: number; queueCapacity: number };
  latencyMs?: number;
};

/** The NER service as a component of /api/health. Never throws; answers within `timeoutMs`. */
export async function checkNlpHealth({ url = getEnv().NLP_URL, timeoutMs = 2_000 }: { url?: string; timeoutMs?: number } = {}): Promise<NlpHealth> {
  if (!url)
    return { ok: false, status: 'unconfigured', url: null, message: 'NLP_URL is not set: `npm start` sets it, or set NEWSGRAPH_EXTRACTOR=rules to extract with rules only.' };
  const started = Date.now();
  try {
    const response = await fetch(new URL('/health', url), { signal: AbortSignal.timeout(timeoutMs) });
    const parsed = NlpHealthSchema.safeParse(await response.json().catch(() => null));
    const latencyMs = Date.now() - started;
    if (!parsed.success)
      return { ok: false, status: 'down', url, latencyMs, message: `${url}/health answered HTTP ${response.status} without a CoreNLP health report: is NLP_URL right?` };
    const { status, corenlp, workers } = parsed.data;
    const message =
      status === 'ready' ? `CoreNLP ${corenlp}, ${workers.active} of ${workers.size} workers busy, ${workers.queued} queued` : 'loading its models; ready in a few seconds';
    return { ok: status === 'ready', status, url, message, corenlp, workers, latencyMs };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error instanceof Error ? error.name : String(error));
    return { ok: false, status: 'down', url, latencyMs: Date.now() - started, message: `The NLP service at ${url} is not answering (${cause}); start it with \`npm start\`.` };
  }
}
