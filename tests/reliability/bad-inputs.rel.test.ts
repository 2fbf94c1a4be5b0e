import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeed } from '@/lib/seed/load-seed';
import { countGraph } from '@/lib/graph/stats';
import { validateExtraction } from '@/lib/graph/validate';
import { loadArticle } from '@/lib/graph/load-article';
import { importGraph } from '@/lib/portability/import';
import { BadInputError } from '@/lib/errors';
import { BAD_EXTRACTIONS, BAD_IMPORTS, BAD_REQUESTS, TEXT, VALID_EXTRACTION } from './bad-input-cases';
import { startApp } from './app';
import { withEmptyDatabase, wipeDatabase } from './fixture';
import { watchGraphCounts } from '../security/harness';

const article = { id: 'bad-input-article', title: 'Bad inputs', publishedAt: '2020-01-01', language: 'fr' as const, source: 'test', text: TEXT };
let app: Awaited<ReturnType<typeof startApp>> | undefined;

withEmptyDatabase();
beforeAll(async () => {
  await loadSeed();
});
const graph = watchGraphCounts();
beforeAll(async () => {
  app = await startApp(process.env.NEO4J_URI as string);
});
afterAll(() => app?.stop());

describe('reliability 6: bad inputs are refused with clear messages and change nothing', () => {
  it('has at least 40 cases', () => {
    expect(BAD_EXTRACTIONS.length + BAD_REQUESTS.length + BAD_IMPORTS.length).toBeGreaterThanOrEqual(40);
  });

  it('the valid extraction used as a base is accepted (so each case fails for its own reason)', () => {
    expect(() => validateExtraction(VALID_EXTRACTION, TEXT)).not.toThrow();
  });

  it.each(BAD_EXTRACTIONS)('ingest refuses an extraction with $name', async ({ input, message }) => {
    const error = await Promise.resolve()
      .then(() => loadArticle(article, validateExtraction(input, TEXT)))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadInputError);
    expect((error as Error).message).toMatch(message);
    await graph.expectUnchanged();
  });

  it.each(BAD_REQUESTS)('the API refuses $name', async ({ path, method, status, code }) => {
    const response = await fetch(`${app?.url}${path}`, { method: method ?? 'GET' });
    expect(response.status).toBe(status);
    if (code) {
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe(code);
      expect(body.error.message.length).toBeGreaterThan(10);
    }
    await graph.expectUnchanged();
  });

  it('import refuses every bad file with a clear message, leaving an empty database empty', async () => {
    await app?.stop();
    app = undefined;
    await wipeDatabase();
    for (const { name, text, message } of BAD_IMPORTS) {
      async function* lines() {
        yield* text.split('\n');
      }
      await expect(importGraph(lines()), name).rejects.toThrow(message);
      await wipeDatabase();
    }
    expect((await countGraph()).nodes).toBe(0);
  });
});

describe('reliability 6b: request bodies are checked before they are read whole', () => {
  // Reliability 6 stops its app to test an import into a non-empty database; this block needs one.
  beforeAll(async () => {
    app ??= await startApp(process.env.NEO4J_URI as string);
  });
  const post = (body: BodyInit, headers: Record<string, string>) => fetch(`${app?.url}/api/cypher`, { method: 'POST', headers, body, duplex: 'half' } as RequestInit);

  it('refuses a body over the limit with 413, whether its length is declared or it is streamed', async () => {
    const big = JSON.stringify({ query: 'RETURN 1', params: { pad: 'x'.repeat(400_000) } });
    const declared = await post(big, { 'content-type': 'application/json' });
    expect(declared.status).toBe(413);
    const chunks = Array.from({ length: 64 }, () => new TextEncoder().encode('x'.repeat(64 * 1024)));
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = chunks.shift();
        if (next) controller.enqueue(next);
        else controller.close();
      },
    });
    const streamed = await post(stream, { 'content-type': 'application/json' });
    expect(streamed.status).toBe(413);
    expect(((await streamed.json()) as { error: { code: string } }).error.code).toBe('too_large');
  });

  it('refuses a JSON body sent as a form or as text/plain with 415, and invalid UTF-8 with 400', async () => {
    expect((await post('{"query":"RETURN 1"}', { 'content-type': 'text/plain' })).status).toBe(415);
    expect((await post('query=RETURN+1', { 'content-type': 'application/x-www-form-urlencoded' })).status).toBe(415);
    expect((await post(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), { 'content-type': 'application/json' })).status).toBe(400);
  });
});
