import { describe, expect, it } from 'vitest';
import net from 'node:net';
import { checkNlpHealth } from './health';
import { recognise } from './client';
import { NlpUnavailableError } from './errors';

// The real CoreNLP service: scripts/test.mjs starts one and sets NLP_URL (or point NLP_URL at yours).
const url = process.env.NLP_URL;
if (!url) throw new Error('NLP_URL is not set: run these through `node scripts/test.mjs --only=integration`, or start `npm run nlp` and set NLP_URL.');

const EN = 'Manchester United signed Bruno Fernandes from Sporting Lisbon, Reuters reported on Monday.';
const FR = "😀 Emmanuel Macron a rencontré à l'Élysée les dirigeants de TotalEnergies, a indiqué l'Agence France-Presse.";

/** A loopback port nothing listens on (asked of the OS, then released). */
async function getFreePort(): Promise<number> {
  const server = net.createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const find = (entities: { text: string; type: string }[], text: string) => entities.find((e) => e.text === text)?.type;

describe('recognise (real NER service)', () => {
  it('reads a French and an English text in one call, with offsets into each original text', async () => {
    const [en, fr] = await recognise([
      { id: 'en', language: 'en', text: EN },
      { id: 'fr', language: 'fr', text: FR },
    ]);
    expect(find(en!.entities, 'Bruno Fernandes')).toBe('PERSON');
    expect(find(en!.entities, 'Reuters')).toBe('ORGANIZATION');
    expect(find(fr!.entities, 'Emmanuel Macron')).toBe('PERSON');
    expect(find(fr!.entities, 'TotalEnergies')).toBe('ORGANIZATION');
    // The emoji is two UTF-16 code units in Java and in JavaScript alike: offsets still line up.
    for (const [result, text] of [
      [en!, EN],
      [fr!, FR],
    ] as const) {
      for (const e of result.entities) expect(text.slice(e.start, e.end)).toBe(e.text);
      expect(result.sentences.length).toBeGreaterThan(0);
    }
  });

  it('ends a sentence at a blank line and after a dateline: a headline without a full stop is not one sentence with the lead', async () => {
    const text = 'Reform UK wins Runcorn by six votes\n\nLONDON (Reuters) - Sarah Pochin won the seat.';
    for (const language of ['en', 'fr'] as const) {
      const [result] = await recognise([{ id: language, language, text }]);
      expect(result!.sentences.map((s) => text.slice(s.start, s.end))).toEqual(['Reform UK wins Runcorn by six votes', 'LONDON (Reuters)', 'Sarah Pochin won the seat.']);
    }
  });

  it('cuts a text longer than one piece and shifts the offsets of the later pieces', async () => {
    const filler = 'The weather was calm and nothing else happened that day. '.repeat(80); // ~4,600 characters
    const text = `${filler}Angela Merkel visited Warsaw.`;
    const [result] = await recognise([{ id: 'long', language: 'en', text }], { maxPieceChars: 1_000 });
    const merkel = result!.entities.find((e) => e.text === 'Angela Merkel');
    expect(merkel?.type).toBe('PERSON');
    expect(merkel!.start).toBeGreaterThan(4_000);
    expect(result!.sentences.length).toBe(81); // every piece's sentences, none lost at the cuts
    expect(text.slice(merkel!.start, merkel!.end)).toBe('Angela Merkel');
  });

  it('keeps the order and ids of many texts sent over several requests', async () => {
    const texts = Array.from({ length: 40 }, (_, i) => ({
      id: `t${i}`,
      language: (i % 2 ? 'fr' : 'en') as 'fr' | 'en',
      text: `${i % 2 ? 'Le maire de Lyon' : 'The mayor of Boston'} met number ${i}.`,
    }));
    const results = await recognise(texts, { concurrency: 3 });
    expect(results.map((r) => r.id)).toEqual(texts.map((t) => t.id));
    for (const [i, r] of results.entries()) expect(find(r.entities, i % 2 ? 'Lyon' : 'Boston')).toBe('LOCATION');
  });

  it('gives each of many concurrent callers its own answers when their texts share requests', async () => {
    // Twelve articles extracting at once, as a batch ingest runs them: their texts queue together and leave
    // several to a request (lib/nlp/dispatch.ts); each caller must still get exactly its own mentions and offsets.
    const cities = ['Boston', 'Lyon', 'Denver', 'Marseille', 'Chicago', 'Toulouse'];
    const calls = Array.from({ length: 12 }, (_, i) => {
      const language = (i % 2 ? 'fr' : 'en') as 'fr' | 'en';
      const city = cities[i % cities.length]!;
      const text = `${'\n'.repeat(i)}${language === 'fr' ? `Le maire de ${city} a parlé.` : `The mayor of ${city} spoke.`}`;
      return { city, text, answer: recognise([{ id: 'article', language, text }]) };
    });
    for (const { city, text, answer } of calls) {
      const [result] = await answer;
      expect(result!.id).toBe('article');
      expect(result!.entities.map((e) => text.slice(e.start, e.end))).toEqual([city]);
    }
  });

  it('says plainly that the service is down, and how to fix it', async () => {
    const down = `http://127.0.0.1:${await getFreePort()}`;
    const error = await recognise([{ id: 'x', language: 'en', text: EN }], { url: down }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NlpUnavailableError);
    expect((error as Error).message).toContain(`The NLP service at ${down} is not answering`);
    expect((error as Error).message).toContain('NEWSGRAPH_EXTRACTOR=rules');
    expect((error as NlpUnavailableError).status).toBe(503);
  });
});

describe('checkNlpHealth', () => {
  it('reports the running service as ready, with its CoreNLP version', async () => {
    const health = await checkNlpHealth({ url });
    expect(health).toMatchObject({ ok: true, status: 'ready', url, corenlp: '4.5.10' });
  });

  it('reports a stopped service as down without throwing', async () => {
    const down = `http://127.0.0.1:${await getFreePort()}`;
    const health = await checkNlpHealth({ url: down });
    expect(health).toMatchObject({ ok: false, status: 'down', url: down });
    expect(health.message).toContain('npm start');
  });
});
