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
