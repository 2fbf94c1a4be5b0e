import { afterAll, describe, expect, it } from 'vitest';

// Nothing listens on this port: ingestion must fail with the domain error that says how to fix it.
process.env.NEO4J_URI = 'bolt://127.0.0.1:1';
const { ingestArticle, previewArticle } = await import('./index');
const { closeDriver } = await import('@/lib/neo4j/driver');
const { DatabaseUnavailableError } = await import('@/lib/errors');

afterAll(() => closeDriver());

describe('ingesting when Neo4j is down', () => {
  it('preview and ingest fail with DatabaseUnavailableError, not a driver error', async () => {
    const text = 'The United Nations Office on Drugs and Crime (UNODC) opened a new office in Nairobi on Monday.';
    for (const work of [() => previewArticle({ text }), () => ingestArticle({ text })]) {
      const error = await work().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DatabaseUnavailableError);
      expect((error as Error).message).toMatch(/npm start/);
    }
  });
});
