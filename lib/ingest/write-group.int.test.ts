import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readQuery, runAutoCommit } from '@/lib/neo4j/run';
import { applySchema } from '@/lib/neo4j/schema';
import { closeDriver } from '@/lib/neo4j/driver';
import { extractArticle } from './prepare';
import { removeIngestedArticle } from './remove';
import { OverridesSchema } from './types';
import { writeGroup } from './write-group';

// A batch writes the articles that are ready several to one transaction (lib/ingest/batch.ts). These check,
// against the real Neo4j and the real NER service, what that must not change: an article is resolved against
// the ones written before it in the same transaction, and one article that cannot be written fails alone.
const SOURCE = 'write-group-int-test';
const NONE = OverridesSchema.parse({});
const article = (title: string, text: string) => ({ title, text, language: 'en', source: SOURCE });

const DEFINES = article(
  'Group test: nurses',
  'LONDON — The National Health Service (NHS) will recruit 5,000 more nurses this year, Health Secretary Wes Streeting said on Monday.',
);
const MENTIONS = article('Group test: vacancies', 'Unions welcomed the plan on Tuesday. The NHS has struggled to fill vacancies since 2020, the Royal College of Nursing said.');

async function removeAll() {
  const ids = (await readQuery('MATCH (a:Article {source: $source}) RETURN a.id AS id', { source: SOURCE })).records.map((r) => r.get('id') as string);
  for (const id of ids) await removeIngestedArticle(id);
}

beforeAll(async () => {
  await applySchema();
  await removeAll();
});
afterAll(async () => {
  await runAutoCommit('DROP CONSTRAINT write_group_test_title IF EXISTS');
  await removeAll();
  await closeDriver();
});

describe('writeGroup', () => {
  it('resolves an article against the one written before it in the same transaction: one NHS, mentioned by both', async () => {
    const group = [await extractArticle(DEFINES), await extractArticle(MENTIONS)];
    const written = await writeGroup(group, NONE);
    expect(written.map((w) => (w.ok ? w.result.status : String(w.error)))).toEqual(['added', 'added']);
    const nhs = await readQuery(
      `MATCH (e:Entity) WHERE e.name = 'NHS' OR 'NHS' IN e.aliases
       RETURN e.id AS id, e.name AS name, COUNT { (:Article {source: $source})-[:MENTIONS]->(e) } AS articles`,
      { source: SOURCE },
    );
    expect(nhs.records.map((r) => r.toObject())).toEqual([{ id: 'org-national-health-service', name: 'National Health Service', articles: 2 }]);
    await removeAll();
  });

  it('writes the others when one article of a group cannot be written, and says why for that one', async () => {
    // A real refusal from Neo4j: a uniqueness constraint that the group's last article breaks (its title is taken
    // by the one before it). The group's transaction fails whole; each article is then written alone.
    await runAutoCommit('CREATE CONSTRAINT write_group_test_title IF NOT EXISTS FOR (a:Article) REQUIRE a.title IS UNIQUE');
    try {
      const clash = article('Group test: same title', 'PARIS — The Louvre reopened its Denon wing on Friday after three weeks of repairs.');
      const clashing = article('Group test: same title', 'MADRID — The Prado museum will lend two Goya paintings to the Louvre in 2027.');
      const group = [await extractArticle(DEFINES), await extractArticle(clash), await extractArticle(clashing)];
      const written = await writeGroup(group, NONE);
      expect(written.map((w) => w.ok)).toEqual([true, true, false]);
      const failure = written[2]!;
      expect(failure.ok ? '' : String(failure.error)).toMatch(/already exists with/);
      const titles = await readQuery('MATCH (a:Article {source: $source}) RETURN a.title AS title, a.text AS text ORDER BY title', { source: SOURCE });
      expect(titles.records.map((r) => r.get('text') as string)).toEqual([DEFINES.text, clash.text]);
      // Nothing of the refused article was written: the Prado, which only it mentions, is not in the graph.
      expect((await readQuery("MATCH (e:Entity) WHERE e.name CONTAINS 'Prado' RETURN count(e) AS n")).records[0]?.get('n')).toBe(0);
    } finally {
      await runAutoCommit('DROP CONSTRAINT write_group_test_title IF EXISTS');
    }
  });
});
