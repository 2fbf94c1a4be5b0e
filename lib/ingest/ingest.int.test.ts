import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ingestArticle, previewArticle, removeIngestedArticle } from './index';
import { articleIdFor } from './input';
import { ingestFile } from './batch';
import { countGraph } from '@/lib/graph/stats';
import { getArticle } from '@/lib/graph/articles';
import { readQuery } from '@/lib/neo4j/run';
import { applySchema } from '@/lib/neo4j/schema';
import { closeDriver } from '@/lib/neo4j/driver';

const fr = readFileSync(new URL('./fixtures/unodc-fr.txt', import.meta.url), 'utf8');
const en = readFileSync(new URL('./fixtures/unodc-en.txt', import.meta.url), 'utf8');
const url = 'https://news.example.org/unodc/record-cocaine';
const created: string[] = [];

async function ingest(input: Parameters<typeof ingestArticle>[0], options?: Parameters<typeof ingestArticle>[1]) {
  const result = await ingestArticle(input, options);
  created.push(result.articleId);
  return result;
}

beforeAll(() => applySchema());
afterEach(async () => {
  for (const id of created.splice(0)) await removeIngestedArticle(id).catch(() => undefined);
});
afterAll(() => closeDriver());

describe('ingestArticle', () => {
  it('links a French and an English article about UNODC through one shared entity; again changes nothing; removal restores the counts', async () => {
    const before = await countGraph();
    const a = await ingest({ text: fr, title: 'ONUDC rapport' });
    const b = await ingest({ text: en, title: 'UNODC cocaine', url });
    expect([a.status, b.status]).toEqual(['added', 'added']);
    const shared = await readQuery('MATCH (a:Article)-[:MENTIONS]->(e:Entity {id: "org-unodc"}) WHERE a.id IN $ids RETURN count(a) AS n', { ids: [a.articleId, b.articleId] });
    expect(shared.records[0]?.get('n')).toBe(2);
    const after = await countGraph();
    expect((await ingest({ text: fr, title: 'ONUDC rapport' })).status).toBe('unchanged');
    const again = await ingest({ text: en, title: 'UNODC cocaine', url });
    expect(again.message).toMatch(/already in the graph/);
    expect(await countGraph()).toEqual(after);
    await removeIngestedArticle(b.articleId);
    await removeIngestedArticle(a.articleId);
    expect(await countGraph()).toEqual(before);
  });

  it('re-ingesting the same files changes no counts, and removing them restores the previous counts exactly', async () => {
    const before = await countGraph();
    const files: [string, Uint8Array][] = [
      ['fr.txt', Buffer.from(fr)],
      ['en.md', Buffer.from(`# UNODC cocaine\n\n${en}`)],
      [
        'both.jsonl',
        Buffer.from(
          [
            { text: fr, title: 'again' },
            { text: `${en} More.`, url },
          ]
            .map((r) => JSON.stringify(r))
            .join('\n'),
        ),
      ],
    ];
    const first = [];
    for (const [name, bytes] of files) first.push(...(await ingestFile(name, bytes)));
    created.push(...first.flatMap((o) => (o.articleId ? [o.articleId] : [])));
    expect(first.map((o) => o.status)).toEqual(['added', 'added', 'unchanged', 'added']);
    const after = await countGraph();
    const second = [];
    for (const [name, bytes] of files) second.push(...(await ingestFile(name, bytes)));
    expect(second.map((o) => o.status)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged']);
    expect(await countGraph()).toEqual(after);
    for (const id of new Set(created.splice(0))) await removeIngestedArticle(id);
    expect(await countGraph()).toEqual(before);
  });

  it('the same article sent twice at the same instant lands once: one "added", one "unchanged", mentions not doubled', async () => {
    const before = await countGraph();
    const results = await Promise.all([ingest({ text: en, url }), ingest({ text: en, url })]);
    expect(results.map((r) => r.status).sort()).toEqual(['added', 'unchanged']);
    const once = await countGraph();
    expect(once.articles).toBe(before.articles + 1);
    await removeIngestedArticle(results[0]!.articleId);
    const sequential = await ingest({ text: en, url });
    expect(sequential.status).toBe('added');
    expect(await countGraph()).toEqual(once);
  });

  it('replaces the previous version of the same URL instead of adding a second article', async () => {
    const first = await ingest({ text: en, url });
    const articles = (await countGraph()).articles;
    const changed = en.replace('Colombia and Peru', 'Colombia and Bolivia');
    const second = await ingest({ text: changed, url });
    expect(second).toMatchObject({ status: 'updated', articleId: first.articleId });
    expect((await countGraph()).articles).toBe(articles);
    expect((await getArticle(first.articleId)).text).toContain('Bolivia');
    expect(articleIdFor({ url, text: 'anything' })).toBe(first.articleId);
  });

  it('previews merging decisions: the organisation already in the graph is named with the reason', async () => {
    await ingest({ text: fr });
    const preview = await previewArticle({ text: en });
    const unodc = preview.entities.find((e) => e.id === 'org-unodc');
    expect(unodc?.decision).toMatchObject({ kind: 'existing', entityId: 'org-unodc', name: 'UNODC' });
    // The hybrid extractor's record of who found and typed it reaches the preview's "why" column.
    expect(unodc?.provenance).toMatchObject({ typedBy: 'gazetteer', foundBy: expect.arrayContaining(['rules', 'gazetteer']) });
    expect(preview.relations.some((r) => r.type === 'LEADS' && r.evidence[0]?.text.includes('Ghada Waly'))).toBe(true);
    expect(preview.alreadyInGraph).toBeNull();
  });

  it('applies the preview choices: unticked entities and relations are left out, a retyped entity gets its new type', async () => {
    const preview = await previewArticle({ text: en });
    const peru = preview.entities.find((e) => e.name === 'Peru');
    const waly = preview.entities.find((e) => e.name === 'Ghada Waly');
    const leads = preview.relations.find((r) => r.type === 'LEADS');
    const result = await ingest({ text: en }, { overrides: { excludeEntities: [peru!.key], excludeRelations: [leads!.index!], types: { [waly!.key]: 'Organization' } } });
    expect(result.entities.map((e) => e.name)).not.toContain('Peru');
    expect(result.entities.find((e) => e.name === 'Ghada Waly')).toMatchObject({ type: 'Organization', id: 'org-ghada-waly' });
    const leadsStored = await readQuery('MATCH (:Entity)-[r:LEADS]->(:Entity) WHERE $id IN r.articleIds RETURN count(r) AS n', { id: result.articleId });
    expect(leadsStored.records[0]?.get('n')).toBe(0);
  });

  it('keeps two articles\' bare surnames apart: "Smith" in one article is not "Smith" in another', async () => {
    const a = await ingest({ text: 'Mr. Smith told the Security Council in New York that the situation was grave. Smith added that more aid was needed.' });
    const b = await ingest({ text: 'Ms. Smith spoke to the Security Council in New York on Tuesday. Smith called for a ceasefire in the region.' });
    const smiths = await readQuery('MATCH (a:Article)-[:MENTIONS]->(e:Person) WHERE a.id IN $ids AND e.name = "Smith" RETURN a.id AS article, e.id AS id', {
      ids: [a.articleId, b.articleId],
    });
    expect(smiths.records).toHaveLength(2);
    expect(new Set(smiths.records.map((r) => r.get('id'))).size).toBe(2);
  });

  it('concurrent ingests of overlapping articles never duplicate an entity', async () => {
    const variants = [0, 1, 2].map((i) => ({ text: `${en}\n\nUpdate ${i}: UNODC spoke again in Vienna.`, url: `${url}-${i}` }));
    const results = await Promise.all(variants.map((v) => ingest(v)));
    expect(results.map((r) => r.status)).toEqual(['added', 'added', 'added']);
    const rows = await readQuery('MATCH (e:Entity) WHERE e.name IN ["UNODC", "Ghada Waly", "Vienna"] RETURN e.name AS name, count(*) AS n');
    for (const r of rows.records) expect(r.get('n')).toBe(1);
  });
});
