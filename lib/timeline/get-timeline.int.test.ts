import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArticle } from '@/lib/graph/load-article';
import { applySchema } from '@/lib/neo4j/schema';
import { closeDriver } from '@/lib/neo4j/driver';
import { readQuery, writeTransaction } from '@/lib/neo4j/run';
import { compileFilter } from '@/lib/filters/compile';
import { getSchemaWhitelist } from '@/lib/filters/whitelist';
import { EMPTY_FILTER } from '@/lib/filters/state';
import { NotFoundError } from '@/lib/errors';
import type { Article, Extraction } from '@/lib/model';
import type { FilterState } from '@/lib/filters/state';
import { getTimeline } from './get-timeline';
import { withDates } from './brush';

// Three articles naming Ada: March and April 2021, and one with no date. Ada meets Bob in March; Carol is only in April.
const P = 'test-timeline-';
const [ada, bob, carol] = [`${P}person-ada`, `${P}person-bob`, `${P}person-carol`];
const TEXTS = {
  march: 'Budget talks resumed. Ada Testwoman met Bob Testman in Testtown, and Testwoman said little. Nothing else happened.',
  april: 'A quiet month. Carol Testgirl praised Ada Testwoman on Friday.',
  undated: 'Ada Testwoman spoke again.',
};
const span = (text: string, s: string, from = 0) => ({ start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length, text: s });
const article = (key: keyof typeof TEXTS, publishedAt?: string): Article => ({
  id: `${P}${key}`,
  title: `Timeline ${key}`,
  ...(publishedAt ? { publishedAt } : {}),
  language: 'en',
  source: 'test',
  text: TEXTS[key],
});
const person = (id: string, name: string, mentions: Array<ReturnType<typeof span>>) => ({ id, name, type: 'Person' as const, aliases: [], mentions });

const march = TEXTS.march;
const sentence = 'Ada Testwoman met Bob Testman in Testtown, and Testwoman said little.';
const marchExtraction: Extraction = {
  language: 'en',
  entities: [person(ada, 'Ada Testwoman', [span(march, 'Ada Testwoman'), span(march, 'Testwoman', 40)]), person(bob, 'Bob Testman', [span(march, 'Bob Testman')])],
  relations: [
    { type: 'MET_WITH', source: ada, target: bob, confidence: 0.8, evidence: [span(march, sentence)] },
    { type: 'CO_MENTIONED', source: ada, target: bob, confidence: 0.2, evidence: [span(march, sentence)] },
  ],
};
const aprilExtraction: Extraction = {
  language: 'en',
  entities: [person(ada, 'Ada Testwoman', [span(TEXTS.april, 'Ada Testwoman')]), person(carol, 'Carol Testgirl', [span(TEXTS.april, 'Carol Testgirl')])],
  relations: [],
};
const undatedExtraction: Extraction = { language: 'en', entities: [person(ada, 'Ada Testwoman', [span(TEXTS.undated, 'Ada Testwoman')])], relations: [] };

beforeAll(async () => {
  await applySchema();
  await loadArticle(article('march', '2021-03-05'), marchExtraction);
  await loadArticle(article('april', '2021-04-20'), aprilExtraction);
  await loadArticle(article('undated'), undatedExtraction);
});
afterAll(async () => {
  await writeTransaction((tx) => tx.run('MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n', { p: P }));
  await closeDriver();
});

describe('getTimeline for an entity', () => {
  it('gives each sentence naming it once, dated by its article, oldest first, the undated one last (never dropped)', async () => {
    const { subject, items, truncated } = await getTimeline({ entity: ada });
    expect(subject).toMatchObject({ kind: 'entity', entity: { id: ada, name: 'Ada Testwoman', type: 'Person' } });
    expect(truncated).toBe(false);
    const mentions = items.filter((i) => i.kind === 'mention');
    expect(mentions.map((i) => [i.publishedAt, i.text, i.count])).toEqual([
      ['2021-03-05', sentence, 2],
      ['2021-04-20', 'Carol Testgirl praised Ada Testwoman on Friday.', 1],
      [null, 'Ada Testwoman spoke again.', 1],
    ]);
    // The offsets place the sentence in the article, for the article page's ?start=&end= mark.
    expect(march.slice(mentions[0]!.start, mentions[0]!.end)).toBe(sentence);
    expect(items.at(-1)!.publishedAt).toBeNull();
  });

  it('adds the evidence of its typed relations, and leaves CO_MENTIONED out (its sentences are the mentions)', async () => {
    const evidence = (await getTimeline({ entity: ada })).items.filter((i) => i.kind === 'evidence');
    expect(evidence).toEqual([
      expect.objectContaining({ publishedAt: '2021-03-05', text: sentence, relation: { type: 'MET_WITH', direction: 'out', other: { id: bob, name: 'Bob Testman' } } }),
    ]);
    const bobs = (await getTimeline({ entity: bob })).items.filter((i) => i.kind === 'evidence');
    expect(bobs.map((i) => i.relation?.direction)).toEqual(['in']);
  });

  it('says when the caps cut the list, and 404s an unknown entity', async () => {
    const cut = await getTimeline({ entity: ada }, { mentions: 2, evidence: 5, context: 300 });
    expect(cut.truncated).toBe(true);
    expect(cut.items.filter((i) => i.kind === 'mention').map((i) => i.publishedAt)).toEqual(['2021-03-05']);
    await expect(getTimeline({ entity: `${P}nobody` })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('getTimeline for a relation', () => {
  it('gives the evidence between the two, of every type or of the one asked for, from either end', async () => {
    const all = await getTimeline({ from: bob, to: ada });
    expect(all.items.map((i) => i.relation?.type).sort()).toEqual(['CO_MENTIONED', 'MET_WITH']);
    expect(all.items.every((i) => i.publishedAt === '2021-03-05' && i.text === sentence)).toBe(true);
    const one = await getTimeline({ from: ada, to: bob, type: 'MET_WITH' });
    expect(one.items).toHaveLength(1);
    expect(one.subject).toMatchObject({ kind: 'relation', type: 'MET_WITH', from: { id: ada }, to: { id: bob } });
    expect((await getTimeline({ from: ada, to: carol })).items).toEqual([]);
  });
});

/**
 * The explorer's compiled filter (what POST /api/filter runs), with runFilter's 10 s server limit lifted: on a
 * cold database and a machine at load 19 that limit, not the query, failed this test.
 */
async function filteredIds(state: FilterState): Promise<string[]> {
  const compiled = compileFilter(state, await getSchemaWhitelist());
  const record = (await readQuery(compiled.cypher, compiled.params, { timeoutMs: 120_000 })).records[0];
  return (record?.get('entities') as Array<{ properties: { id: string } }>).map((n) => n.properties.id).sort();
}

describe('a brushed range through the explorer filter', () => {
  it('keeps only the entities named in the range: April holds Ada and Carol, not Bob', async () => {
    const base = { ...EMPTY_FILTER, withinIds: [ada, bob, carol] };
    expect(await filteredIds(withDates(base, { publishedFrom: '2021-04-01', publishedTo: '2021-04-30' }))).toEqual([ada, carol]);
    expect(await filteredIds(withDates(base, {}))).toHaveLength(3);
  });
});
