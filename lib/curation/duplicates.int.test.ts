import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestArticle, removeIngestedArticle } from '@/lib/ingest';
import { loadArticle, removeArticle } from '@/lib/graph/load-article';
import { readQuery, writeTransaction } from '@/lib/neo4j/run';
import { applySchema } from '@/lib/neo4j/schema';
import { closeDriver } from '@/lib/neo4j/driver';
import { dismissDuplicate, listDuplicateCandidates, mergeEntities, restoreDuplicate, undoCuration, type DuplicatePair } from './index';
import { pairKey } from './duplicates';
import { duplicateArticles } from '@/tests/fixtures/duplicates/articles';

// Five short articles about real events with planted duplicates (tests/fixtures/duplicates/README.md), through the
// real ingest: NLP service, resolution, loader. Ingest keeps "M. Macron" and "RN" apart from the full names.
const articleIds: string[] = [];
let entityIds: string[] = [];

const count = async (query: string, params: Record<string, unknown> = {}) => Number((await readQuery(query, { ids: articleIds, ...params })).records[0]?.get('n') ?? 0);
const mentionSpans = () => count('MATCH (a:Article)-[m:MENTIONS]->(:Entity) WHERE a.id IN $ids RETURN sum(m.count) AS n');
const mentionEdges = () => count('MATCH (a:Article)-[m:MENTIONS]->(:Entity) WHERE a.id IN $ids RETURN count(m) AS n');
const evidence = () => count('MATCH (:Entity)-[r]->(:Entity) UNWIND r.evidenceArticleIds AS a WITH a WHERE a IN $ids RETURN count(*) AS n');
const evidenceSentences = async () =>
  (
    await readQuery('MATCH (:Entity)-[r]->(:Entity) UNWIND range(0, size(r.evidence) - 1) AS i WITH r, i WHERE r.evidenceArticleIds[i] IN $ids RETURN r.evidence[i] AS s', {
      ids: articleIds,
    })
  ).records
    .map((r) => r.get('s') as string)
    .sort();
const entityByName = async (name: string) =>
  (await readQuery('MATCH (a:Article)-[:MENTIONS]->(e:Entity) WHERE a.id IN $ids AND e.name = $name RETURN DISTINCT e.id AS id', { ids: articleIds, name })).records[0]?.get(
    'id',
  ) as string;
const findPair = (pairs: DuplicatePair[], x: string, y: string) => pairs.find((p) => pairKey(p.a.id, p.b.id) === pairKey(x, y));

beforeAll(async () => {
  await applySchema();
  for (const article of duplicateArticles()) articleIds.push((await ingestArticle(article)).articleId);
  const rows = await readQuery('MATCH (a:Article)-[:MENTIONS]->(e:Entity) WHERE a.id IN $ids RETURN collect(DISTINCT e.id) AS ids', { ids: articleIds });
  entityIds = rows.records[0]?.get('ids') as string[];
});
afterAll(async () => {
  for (const id of articleIds) await removeIngestedArticle(id).catch(() => undefined);
  await removeArticle('test-dup-linked');
  // Curated entities outlive their articles on purpose; these are this suite's own, so they go too.
  await writeTransaction(async (tx) => {
    await tx.run('MATCH (e:Entity) WHERE e.id IN $ids DETACH DELETE e', { ids: entityIds });
    await tx.run('MATCH (c:CurationEvent) WHERE any(x IN c.entityIds WHERE x IN $ids) DELETE c', { ids: entityIds });
    await tx.run('MATCH (d:DuplicateDismissal) WHERE d.a IN $ids OR d.b IN $ids DELETE d', { ids: entityIds });
  });
  await closeDriver();
});

describe('likely duplicates after a real ingest', () => {
  it('ingest left the planted variants as separate entities, and the candidates list finds them with a reason', async () => {
    const [macron, mMacron, partyFull, party] = (await Promise.all(['Emmanuel Macron', 'Macron', 'Rassemblement national', 'RN'].map(entityByName))) as [
      string,
      string,
      string,
      string,
    ];
    expect([macron, mMacron, partyFull, party].every(Boolean)).toBe(true);
    expect(new Set([macron, mMacron]).size).toBe(2);
    const persons = await listDuplicateCandidates({ type: 'Person' });
    expect(findPair(persons, macron, mMacron)?.reasons.join(' ')).toMatch(/every word of “Macron” is in “Emmanuel Macron”/);
    const all = await listDuplicateCandidates();
    const pair = findPair(all, partyFull, party);
    expect(pair).toMatchObject({ a: { id: partyFull }, b: { id: party } });
    expect(pair?.reasons[0]).toMatch(/“RN” is the initials of “Rassemblement national”/);
    expect(findPair(persons, partyFull, party)).toBeUndefined();
    // No false pair between entities of different names in these articles (Barnier is not Macron).
    expect(findPair(persons, macron, await entityByName('Michel Barnier'))).toBeUndefined();
  });

  it('merging a candidate keeps every mention and every piece of evidence; undo restores it', async () => {
    const [partyFull, party] = (await Promise.all(['Rassemblement national', 'RN'].map(entityByName))) as [string, string];
    const before = { spans: await mentionSpans(), edges: await mentionEdges(), evidence: await evidence(), sentences: await evidenceSentences() };
    expect(before.evidence).toBeGreaterThan(0);
    const outcome = await mergeEntities(party, partyFull, 'test');
    expect({ spans: await mentionSpans(), edges: await mentionEdges(), evidence: await evidence(), sentences: await evidenceSentences() }).toEqual(before);
    expect(await count('MATCH (e:Entity {id: $id}) RETURN count(e) AS n', { id: party })).toBe(0);
    const kept = await readQuery('MATCH (e:Entity {id: $id}) RETURN e.aliases AS aliases, e.articleCount AS n', { id: partyFull });
    expect(kept.records[0]?.get('aliases')).toContain('RN');
    expect(Number(kept.records[0]?.get('n'))).toBe(2);
    expect(findPair(await listDuplicateCandidates(), partyFull, party)).toBeUndefined();

    await undoCuration(outcome.eventId);
    expect(await entityByName('RN')).toBe(party);
    expect({ spans: await mentionSpans(), edges: await mentionEdges(), evidence: await evidence(), sentences: await evidenceSentences() }).toEqual(before);
  });

  it('a dismissed pair is not proposed again until the dismissal is taken back', async () => {
    const [macron, mMacron] = (await Promise.all(['Emmanuel Macron', 'Macron'].map(entityByName))) as [string, string];
    const { key } = await dismissDuplicate(mMacron, macron, 'test');
    expect(findPair(await listDuplicateCandidates({ type: 'Person' }), macron, mMacron)).toBeUndefined();
    // Dismissing again is harmless: still one record.
    await dismissDuplicate(macron, mMacron, 'test');
    expect(await count('MATCH (d:DuplicateDismissal {id: $key}) RETURN count(d) AS n', { key })).toBe(1);
    await restoreDuplicate(key);
    expect(findPair(await listDuplicateCandidates({ type: 'Person' }), macron, mMacron)).toBeDefined();
    await expect(restoreDuplicate(key)).rejects.toThrow(/No dismissal/);
    await expect(dismissDuplicate(macron, 'person-no-such-entity', 'test')).rejects.toThrow(/no longer exists/);
  });

  it('a pair linked by a typed relation (part of) drops, with the reason, because it is two entities', async () => {
    const text = 'The Dupland Agency is part of the Dupland Agency for Rivers.';
    const span = (t: string) => ({ start: text.indexOf(t), end: text.indexOf(t) + t.length, text: t });
    const [parent, child] = ['org-test-dup-agency-for-rivers', 'org-test-dup-agency'];
    entityIds.push(parent, child);
    await loadArticle(
      { id: 'test-dup-linked', title: 'Linked', language: 'en', source: 'test', text },
      {
        language: 'en',
        entities: [
          { id: child, name: 'Dupland Agency', type: 'Organization', aliases: [], mentions: [span('Dupland Agency')] },
          { id: parent, name: 'Dupland Agency for Rivers', type: 'Organization', aliases: [], mentions: [span('Dupland Agency for Rivers')] },
        ],
        relations: [{ type: 'PART_OF', source: child, target: parent, confidence: 0.9, evidence: [span(text)] }],
      },
    );
    const pair = findPair(await listDuplicateCandidates({ type: 'Organization', limit: 500 }), parent, child);
    expect(pair?.reasons).toEqual(['every word of “Dupland Agency” is in “Dupland Agency for Rivers”', 'linked by PART_OF, so probably two entities']);
    expect(pair?.score).toBeLessThan(0.5);
  });
});
