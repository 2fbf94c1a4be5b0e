import net from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';

// A real Neo4j (NEO4J_URI) and an NLP service that is not there: a port asked of the OS and released.
const server = net.createServer().listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const downUrl = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
await new Promise((resolve) => server.close(resolve));
process.env.NLP_URL = downUrl;
process.env.NEWSGRAPH_EXTRACTOR = 'hybrid';

const { ingestArticle, previewArticle } = await import('./index');
const { readTransaction } = await import('@/lib/neo4j/run');
const { closeDriver } = await import('@/lib/neo4j/driver');
const { NlpUnavailableError } = await import('@/lib/nlp');

afterAll(() => closeDriver());

const TITLE = `NLP down ${Date.now()}`;
const countArticles = () =>
  readTransaction(async (tx) => Number((await tx.run('MATCH (a:Article {title: $title}) RETURN count(a) AS n', { title: TITLE })).records[0]?.get('n') ?? 0));

describe('ingesting while the NLP service is down (hybrid extractor)', () => {
  it('preview and ingest say so plainly, with the fix, and write nothing', async () => {
    const input = { title: TITLE, text: 'Manchester United signed Bruno Fernandes from Sporting Lisbon, Reuters reported on Monday.' };
    for (const work of [() => previewArticle(input), () => ingestArticle(input)]) {
      const error = await work().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NlpUnavailableError);
      expect((error as Error).message).toContain(`The NLP service at ${downUrl} is not answering`);
      expect((error as Error).message).toContain('NEWSGRAPH_EXTRACTOR=rules');
      expect((error as Error).message).toContain('Nothing was added');
    }
    expect(await countArticles()).toBe(0);
  });
});
