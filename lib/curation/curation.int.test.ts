import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { listCurationEvents, mergeEntities, renameEntity, retypeEntity, splitAlias, undoCuration } from './index';
import { loadArticle, removeArticle } from '@/lib/graph/load-article';
import { countGraph } from '@/lib/graph/stats';
import { getEntity } from '@/lib/graph/explore';
import { readQuery, writeTransaction } from '@/lib/neo4j/run';
import { applySchema } from '@/lib/neo4j/schema';
import { closeDriver } from '@/lib/neo4j/driver';
import type { Article, Extraction } from '@/lib/model';

// Two articles that the extractor would have resolved wrongly: "Curia Org" and "CO Agency" are one organisation,
// while "Rexton" was merged into the city of Curiaville by mistake.
const text1 = 'Ann Curator leads Curia Org. Curia Org is based in Curiaville.';
const text2 = 'Ann Curator leads CO Agency. CO Agency opened an office in Rexton.';
const at = (text: string, s: string, from = 0) => ({ start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length, text: s });
const sentence = (text: string, s: string) => at(text, s);
const article = (id: string, text: string): Article => ({ id, title: id, publishedAt: '2020-01-01', language: 'en', source: 'test', text });
const ex1: Extraction = {
  language: 'en',
  entities: [
    { id: 'person-test-ann-curator', name: 'Ann Curator', type: 'Person', aliases: [], mentions: [at(text1, 'Ann Curator')] },
    { id: 'org-test-curia', name: 'Curia Org', type: 'Organization', aliases: [], mentions: [at(text1, 'Curia Org'), at(text1, 'Curia Org', 20)] },
    { id: 'loc-test-curiaville', name: 'Curiaville', type: 'Location', aliases: [], mentions: [at(text1, 'Curiaville')] },
  ],
  relations: [
    { type: 'LEADS', source: 'person-test-ann-curator', target: 'org-test-curia', confidence: 0.9, evidence: [sentence(text1, 'Ann Curator leads Curia Org.')] },
    { type: 'HEADQUARTERED_IN', source: 'org-test-curia', target: 'loc-test-curiaville', confidence: 0.8, evidence: [sentence(text1, 'Curia Org is based in Curiaville.')] },
  ],
};
const ex2: Extraction = {
  language: 'en',
  entities: [
    { id: 'person-test-ann-curator', name: 'Ann Curator', type: 'Person', aliases: [], mentions: [at(text2, 'Ann Curator')] },
    { id: 'org-test-co-agency', name: 'CO Agency', type: 'Organization', aliases: [], mentions: [at(text2, 'CO Agency'), at(text2, 'CO Agency', 20)] },
    { id: 'loc-test-curiaville', name: 'Curiaville', type: 'Location', aliases: ['Rexton'], mentions: [at(text2, 'Rexton')] },
  ],
  relations: [
    { type: 'LEADS', source: 'person-test-ann-curator', target: 'org-test-co-agency', confidence: 0.7, evidence: [sentence(text2, 'Ann Curator leads CO Agency.')] },
    { type: 'LOCATED_IN', source: 'org-test-co-agency', target: 'loc-test-curiaville', confidence: 0.6, evidence: [sentence(text2, 'CO Agency opened an office in Rexton.')] },
  ],
};

// One article that uses both forms of the wrongly merged place: only the sentence naming "Rexton" is about Rexton.
const text3 = 'Ann Curator visited Curiaville. Curia Org is based in Curiaville. Ann Curator opened an office in Rexton.';
const ex3: Extraction = {
  language: 'en',
  entities: [
    { id: 'person-test-ann-curator', name: 'Ann Curator', type: 'Person', aliases: [], mentions: [at(text3, 'Ann Curator'), at(text3, 'Ann Curator', 10)] },
    { id: 'org-test-curia', name: 'Curia Org', type: 'Organization', aliases: [], mentions: [at(text3, 'Curia Org')] },
    { id: 'loc-test-curiaville', name: 'Curiaville', type: 'Location', aliases: ['Rexton'], mentions: [at(text3, 'Curiaville'), at(text3, 'Curiaville', 25), at(text3, 'Rexton')] },
  ],
  relations: [
    { type: 'HEADQUARTERED_IN', source: 'org-test-curia', target: 'loc-test-curiaville', confidence: 0.8, evidence: [sentence(text3, 'Curia Org is based in Curiaville.')] },
    {
      type: 'CO_MENTIONED',
      source: 'person-test-ann-curator',
      target: 'loc-test-curiaville',
      confidence: 0.5,
      evidence: [sentence(text3, 'Ann Curator visited Curiaville.'), sentence(text3, 'Ann Curator opened an office in Rexton.')],
    },
  ],
};

const entityIds = ['person-test-ann-curator', 'org-test-curia', 'org-test-co-agency', 'loc-test-curiaville', 'loc-rexton', 'org-test-curia-org'];
const EVENT_COUNT = 'MATCH (c:CurationEvent) RETURN count(c) AS n';
/** The entity graph only: curation events are recorded beside it, on purpose. */
async function entityGraphCounts() {
  const counts = await countGraph();
  const events = await readQuery('MATCH (c:CurationEvent) RETURN count(c) AS n, sum(size(keys(c))) AS p');
  return { ...counts, nodes: counts.nodes - Number(events.records[0]?.get('n')), nodeProperties: counts.nodeProperties - Number(events.records[0]?.get('p') ?? 0) };
}
const evidenceCount = async () =>
  Number((await readQuery('MATCH (:Entity)-[r]->(:Entity) WHERE any(a IN r.articleIds WHERE a STARTS WITH "test-cur") RETURN sum(size(r.evidence)) AS n')).records[0]?.get('n'));
/** Every relation around the test entities with all its properties, in a stable order: "restored exactly" means equal. */
const relationState = async () =>
  (
    await readQuery('MATCH (s:Entity)-[r]->(t:Entity) WHERE s.id IN $ids OR t.id IN $ids RETURN s.id AS s, type(r) AS type, t.id AS t, properties(r) AS p', { ids: entityIds })
  ).records
    .map((r) => JSON.stringify([r.get('s'), r.get('type'), r.get('t'), Object.entries(r.get('p') as object).sort()]))
    .sort();
const mentionSpans = async () => Number((await readQuery('MATCH (a:Article)-[m:MENTIONS]->() WHERE a.id STARTS WITH "test-cur" RETURN sum(m.count) AS n')).records[0]?.get('n'));

beforeAll(() => applySchema());
afterEach(async () => {
  for (const id of ['test-cur-1', 'test-cur-2', 'test-cur-3']) await removeArticle(id);
  await writeTransaction((tx) => tx.run('MATCH (e:Entity) WHERE e.id IN $ids DETACH DELETE e', { ids: entityIds }));
  await writeTransaction((tx) => tx.run('MATCH (c:CurationEvent) WHERE any(x IN c.entityIds WHERE x IN $ids) DELETE c', { ids: entityIds }));
});
afterAll(() => closeDriver());

async function loadBoth() {
  await loadArticle(article('test-cur-1', text1), ex1);
  await loadArticle(article('test-cur-2', text2), ex2);
}

describe('curation', () => {
  it('merge moves every mention and relation with its evidence, combining duplicates, and undo restores the graph exactly', async () => {
    await loadBoth();
    const before = await entityGraphCounts();
    const [spans, evidence] = [await mentionSpans(), await evidenceCount()];
    const events = Number((await readQuery(EVENT_COUNT)).records[0]?.get('n'));
    const outcome = await mergeEntities('org-test-co-agency', 'org-test-curia', 'test');
    const merged = await getEntity('org-test-curia');
    expect(merged.aliases).toContain('CO Agency');
    const leads = merged.relations.filter((r) => r.type === 'LEADS');
    expect(leads).toHaveLength(1);
    expect(leads[0]?.evidence.map((e) => e.articleId).sort()).toEqual(['test-cur-1', 'test-cur-2']);
    expect(await mentionSpans()).toBe(spans);
    expect(await evidenceCount()).toBe(evidence);
    expect((await entityGraphCounts()).entities).toBe(before.entities - 1);
    expect(Number((await readQuery(EVENT_COUNT)).records[0]?.get('n'))).toBe(events + 1);
    expect((await listCurationEvents('org-test-curia'))[0]).toMatchObject({ id: outcome.eventId, action: 'merge' });

    await undoCuration(outcome.eventId);
    expect(await entityGraphCounts()).toEqual(before);
    expect((await getEntity('org-test-co-agency')).name).toBe('CO Agency');
    await expect(undoCuration(outcome.eventId)).rejects.toThrow(/already undone/);
  });

  it('split moves the alias mentions and, where the article only used that alias, its evidence; undo restores it', async () => {
    await loadBoth();
    const before = await entityGraphCounts();
    const evidence = await evidenceCount();
    const outcome = await splitAlias('loc-test-curiaville', 'Rexton', 'test');
    const rexton = await getEntity('loc-rexton');
    expect(rexton.name).toBe('Rexton');
    expect(rexton.relations.map((r) => r.type)).toEqual(['LOCATED_IN']);
    expect((await getEntity('loc-test-curiaville')).aliases).not.toContain('Rexton');
    expect(await evidenceCount()).toBe(evidence);
    await undoCuration(outcome.eventId);
    expect(await entityGraphCounts()).toEqual(before);
  });

  it('split moves the relations whose evidence sentence names the split-off alias, even in an article using both forms; undo restores them exactly', async () => {
    await loadArticle(article('test-cur-3', text3), ex3);
    const before = { counts: await entityGraphCounts(), relations: await relationState(), evidence: await evidenceCount(), spans: await mentionSpans() };
    const outcome = await splitAlias('loc-test-curiaville', 'Rexton', 'test');
    const rexton = await getEntity('loc-rexton');
    expect(rexton.articles.map((a) => a.mentionCount)).toEqual([1]);
    expect(rexton.relations.map((r) => [r.type, r.other.id, r.evidence.map((e) => e.text)])).toEqual([
      ['CO_MENTIONED', 'person-test-ann-curator', ['Ann Curator opened an office in Rexton.']],
    ]);
    const curiaville = await getEntity('loc-test-curiaville');
    const evidenceOf = (type: string) => curiaville.relations.filter((r) => r.type === type).flatMap((r) => r.evidence.map((e) => e.text));
    expect(evidenceOf('CO_MENTIONED')).toEqual(['Ann Curator visited Curiaville.']);
    expect(evidenceOf('HEADQUARTERED_IN')).toEqual(['Curia Org is based in Curiaville.']);
    expect(curiaville.articles.map((a) => a.mentionCount)).toEqual([2]);
    expect([await evidenceCount(), await mentionSpans()]).toEqual([before.evidence, before.spans]);

    await undoCuration(outcome.eventId);
    expect({ counts: await entityGraphCounts(), relations: await relationState(), evidence: await evidenceCount(), spans: await mentionSpans() }).toEqual(before);
    expect((await getEntity('loc-test-curiaville')).aliases).toEqual(['Rexton']);
  });

  it('rename stores the name without control characters, and refuses a broken character without changing anything', async () => {
    await loadBoth();
    await renameEntity('org-test-curia', 'Curia\u0000 Org\r\nanisation\u0085', 'test');
    expect((await getEntity('org-test-curia')).name).toBe('Curia Org anisation');
    const before = await entityGraphCounts();
    await expect(renameEntity('org-test-curia', 'Curia \ud800', 'test')).rejects.toThrow(/new name holds a broken character/);
    await expect(renameEntity('org-test-curia', '\u0000\u0007', 'test')).rejects.toThrow(/new name is empty/);
    expect(await entityGraphCounts()).toEqual(before);
  });

  it('rename keeps the old name as an alias, retype changes the label, both undo in reverse order, and curated entities survive removal of their articles', async () => {
    await loadBoth();
    const before = await entityGraphCounts();
    const renamed = await renameEntity('org-test-curia', 'Curia Organisation', 'test');
    const retyped = await retypeEntity('org-test-curia', 'Location', 'test');
    const labels = await readQuery('MATCH (e:Entity {id: "org-test-curia"}) RETURN labels(e) AS l, e.aliases AS a, e.curated AS c');
    expect(labels.records[0]?.get('l')).toEqual(expect.arrayContaining(['Entity', 'Location']));
    expect(labels.records[0]?.get('l')).not.toContain('Organization');
    expect(labels.records[0]?.get('a')).toContain('Curia Org');
    await expect(undoCuration(renamed.eventId)).rejects.toThrow(/later curation/);
    await undoCuration(retyped.eventId);
    await undoCuration(renamed.eventId);
    expect(await entityGraphCounts()).toEqual(before);

    // Removing its articles leaves a curated entity in place: orphan cleanup respects curated: true.
    await renameEntity('loc-test-curiaville', 'Curia City', 'test');
    await removeArticle('test-cur-1');
    await removeArticle('test-cur-2');
    expect((await getEntity('loc-test-curiaville')).name).toBe('Curia City');
  });

  it('refuses to undo when an article changed the entities since, so nothing is lost', async () => {
    await loadArticle(article('test-cur-1', text1), ex1);
    const outcome = await renameEntity('org-test-curia', 'Curia Renamed', 'test');
    await loadArticle(article('test-cur-2', text2), {
      ...ex2,
      entities: ex2.entities.map((e) => (e.id === 'org-test-co-agency' ? { ...e, id: 'org-test-curia' } : e)),
      relations: ex2.relations.map((r) => ({ ...r, source: r.source === 'org-test-co-agency' ? 'org-test-curia' : r.source })),
    });
    await expect(undoCuration(outcome.eventId)).rejects.toThrow(/changed after/);
  });
});
