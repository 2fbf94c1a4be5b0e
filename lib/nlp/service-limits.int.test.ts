import { describe, expect, it } from 'vitest';

// The service's own bounds, straight over HTTP (the client never sends such requests).
const url = process.env.NLP_URL;
if (!url) throw new Error('NLP_URL is not set: run these through `node scripts/test.mjs --only=integration`, or start `npm run nlp` and set NLP_URL.');

const post = (body: string) => fetch(`${url}/ner`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

describe('NER service limits', () => {
  it('refuses malformed bodies with 400 and a reason', async () => {
    for (const [body, reason] of [
      ['not json', 'not a JSON object'],
      ['{"texts": "x"}', '"texts" must be an array'],
      ['{"texts": [{"id": "a", "language": "de", "text": "Hallo"}]}', 'must be "fr" or "en"'],
      ['{"texts": [{"id": "a", "language": "en"}]}', 'text must be a string'],
    ]) {
      const response = await post(body!);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: string }).error).toContain(reason);
    }
  });

  it('refuses a text over the length limit (400) and a body over the size limit (413)', async () => {
    const long = await post(JSON.stringify({ texts: [{ id: 'a', language: 'en', text: 'word '.repeat(50_000) }] }));
    expect(long.status).toBe(400);
    const huge = await post(JSON.stringify({ texts: [{ id: 'a', language: 'en', text: 'x'.repeat(2_200_000) }] }));
    expect(huge.status).toBe(413);
  });

  it('reads 100 KB without a sentence break quickly (the sentence is left untagged) and stays healthy', async () => {
    const line = Array.from({ length: 1200 }, () => 'Angela Merkel met Emmanuel Macron and officials of the European Union in Berlin and').join(' ');
    const started = Date.now();
    const response = await post(JSON.stringify({ texts: [{ id: 'a', language: 'en', text: line }] }));
    expect(response.status).toBe(200);
    const answer = (await response.json()) as { texts: { sentences: unknown[]; entities: unknown[] }[] };
    expect(answer.texts[0]!.sentences).toHaveLength(1);
    expect(answer.texts[0]!.entities).toEqual([]);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect((await fetch(`${url}/health`)).status).toBe(200);
  });

  it('answers 503 at once beyond its workers and queue, and serves the others', async () => {
    const text = 'Angela Merkel met Emmanuel Macron in Berlin with officials of the European Union. '.repeat(50); // ~4 KB: long enough to keep both workers busy while the rest arrive
    const body = JSON.stringify({ texts: [{ id: 'a', language: 'en', text }] });
    const statuses = await Promise.all(Array.from({ length: 16 }, () => post(body).then(async (r) => (await r.arrayBuffer(), r.status))));
    expect(statuses.filter((s) => s === 503).length).toBeGreaterThan(0);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(10); // 2 workers + 8 queued
    expect(statuses.every((s) => s === 200 || s === 503)).toBe(true);
  });
});
