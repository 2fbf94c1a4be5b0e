import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ingestArticle, previewArticle, removeIngestedArticle } from './index';
import { CorrectionsSchema, type Corrections } from './corrections';
import { addEntity, addRelation, fixSpan, findOccurrences, retypeRelation } from './correction-edits';
import { listCurationEvents } from '@/lib/curation';
import { readQuery, writeTransaction } from '@/lib/neo4j/run';
import { applySchema } from '@/lib/neo4j/schema';
import { closeDriver } from '@/lib/neo4j/driver';
import type { Preview } from './types';

// A French match report the extractor reads with a glued name ("Violets Guillaume Restes": the club's nickname and
// its goalkeeper) and a missed club ("Violets"). The hybrid now splits "PSG Lucas Chevalier" by itself.
const text = readFileSync(new URL('./fixtures/psg-toulouse-fr.txt', import.meta.url), 'utf8').trim();
const input = { text, title: 'Toulouse-PSG (3-6) : triplé de João Neves', source: 'newsgraph tests', publishedAt: '2025-08-30' };
const created = new Set<string>();
const span = (form: string, from = 0) => {
  const start = text.indexOf(form, from);
  return { start, end: start + form.length, text: form };
};
const entity = (p: Preview, name: string) => p.entities.find((e) => e.name === name);
// The article writes "PSG"; the club is named in full (lib/extract/data/organisation-short-forms.json).
const PSG = 'Paris Saint-Germain';
const psgKey = (p: Preview) => entity(p, PSG)!.key;

/** The user's corrections, made with the same functions the page uses: fix the span, add the club, retype, add a relation. */
function correct(first: Preview): Corrections {
  const glued = entity(first, 'Violets Guillaume Restes');
  if (!glued) throw new Error(`The extractor no longer glues "Violets Guillaume Restes" (entities: ${first.entities.map((e) => e.name).join(', ')}); pick another example.`);
  const chevalier = entity(first, 'Lucas Chevalier');
  expect(chevalier).toBeDefined();
  // The rest ("Violets") is not kept as an entity of its own: the next step names the club for all its mentions.
  let c = fixSpan(CorrectionsSchema.parse({}), glued, span('Guillaume Restes'), text, { name: 'Guillaume Restes', type: 'Person' }, null);
  c = addEntity(c, { name: 'Toulouse FC', type: 'Organization', mentions: findOccurrences(text, 'Violets') });
  // The coach and his club: the extractor reads WORKS_FOR (or only a co-mention); the user makes it LEADS.
  const coach = first.relations.find((r) => [r.sourceName, r.targetName].sort().join('|') === `Luis Enrique|${PSG}`);
  expect(coach).toBeDefined();
  c = retypeRelation(c, coach!.index!, 'LEADS', coach!.sourceName === PSG, coach!.type);
  const sentence = span('Arrivé de Lille cet été, le gardien PSG Lucas Chevalier a encaissé trois buts mais a réalisé plusieurs arrêts décisifs face aux Violets.');
  return addRelation(c, { source: chevalier!.key, target: psgKey(first), type: 'MEMBER_OF', evidence: sentence });
}

beforeAll(() => applySchema());
afterEach(async () => {
  for (const id of created) await removeIngestedArticle(id).catch(() => undefined);
  created.clear();
  await writeTransaction((tx) => tx.run('MATCH (c:CurationEvent) WHERE c.summary STARTS WITH $prefix DELETE c', { prefix: `Ingest of “${input.title}”` }));
});
afterAll(() => closeDriver());

describe('ingest with corrections', () => {
  it('commits the corrections in one ingest, stores them with the article, logs them, and a re-ingest of the same text keeps them', { timeout: 300_000 }, async () => {
    const first = await previewArticle(input);
    expect(first.storedCorrections).toBeNull();
    const corrections = correct(first);
    const corrected = await previewArticle(input, corrections);
    expect(corrected.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Lucas Chevalier', 'Guillaume Restes', PSG, 'Toulouse FC']));
    expect(entity(corrected, 'Violets Guillaume Restes')).toBeUndefined();
    expect(corrected.relations.map((r) => `${r.sourceName} ${r.type} ${r.targetName}`)).toEqual(
      expect.arrayContaining([`Luis Enrique LEADS ${PSG}`, `Lucas Chevalier MEMBER_OF ${PSG}`]),
    );

    const result = await ingestArticle(input, { overrides: { corrections } });
    created.add(result.articleId);
    expect(result.status).toBe('added');
    const chevalier = result.entities.find((e) => e.name === 'Lucas Chevalier');
    expect(chevalier).toMatchObject({ type: 'Person' });
    const stored = await readQuery(`MATCH (a:Article {id: $id})-[m:MENTIONS]->(e:Entity) RETURN e.name AS name, e.type AS type, m.starts AS starts ORDER BY name`, {
      id: result.articleId,
    });
    const mentions = Object.fromEntries(stored.records.map((r) => [r.get('name'), { type: r.get('type'), starts: r.get('starts') }]));
    expect(mentions['Lucas Chevalier']).toEqual({ type: 'Person', starts: [span('Lucas Chevalier').start] });
    expect(mentions['Guillaume Restes']).toEqual({ type: 'Person', starts: [span('Guillaume Restes').start] });
    expect(mentions['Toulouse FC']).toEqual({ type: 'Organization', starts: findOccurrences(text, 'Violets').map((s) => s.start) });
    expect(mentions['Toulouse FC']!.starts).toHaveLength(2);
    expect(mentions['Violets Guillaume Restes']).toBeUndefined();
    const edges = await readQuery(
      `MATCH (s:Entity)-[r]->(t:Entity) WHERE $id IN r.articleIds AND type(r) IN ['LEADS', 'MEMBER_OF'] RETURN s.name + ' ' + type(r) + ' ' + t.name AS edge, r.evidence AS evidence`,
      { id: result.articleId },
    );
    expect(edges.records.map((r) => r.get('edge')).sort()).toEqual([`Lucas Chevalier MEMBER_OF ${PSG}`, `Luis Enrique LEADS ${PSG}`]);

    const restes = result.entities.find((e) => e.name === 'Guillaume Restes');
    const log = await listCurationEvents(restes!.id);
    expect(log[0]).toMatchObject({ action: 'ingest-correction' });
    expect(log[0]!.summary).toContain('renamed “Violets Guillaume Restes” to “Guillaume Restes”');
    expect(log[0]!.summary).toContain('added Organization “Toulouse FC”');

    // The same text again, with no corrections sent: the stored ones are applied, in the preview and at commit.
    const again = await previewArticle(input);
    expect(again.storedCorrections).toBe('applied');
    expect(again.corrections).toEqual(corrections);
    expect(entity(again, 'Violets Guillaume Restes')).toBeUndefined();
    expect(entity(again, 'Toulouse FC')).toBeDefined();
    expect((await ingestArticle(input)).status).toBe('unchanged');

    // Another correction on the same text loads it again with the new record, in place.
    const fewer = { ...corrections, addedRelations: [] };
    const redone = await ingestArticle(input, { overrides: { corrections: fewer } });
    expect(redone).toMatchObject({ status: 'updated', articleId: result.articleId });
    const member = await readQuery(`MATCH ()-[r:MEMBER_OF]->() WHERE $id IN r.articleIds RETURN count(r) AS n`, { id: result.articleId });
    expect(member.records[0]?.get('n')).toBe(0);
    expect((await previewArticle(input)).corrections).toEqual(fewer);
  });

  it('refuses corrections whose offsets are not in the text, and stores nothing', async () => {
    const before = await readQuery('MATCH (a:Article) WHERE a.sha256 IS NOT NULL RETURN count(a) AS n');
    const bad = CorrectionsSchema.parse({ added: [{ key: 'added-0', name: 'Nowhere', type: 'Location', mentions: [{ start: text.length, end: text.length + 4 }] }] });
    await expect(ingestArticle(input, { overrides: { corrections: bad } })).rejects.toThrow(/not text of this article/);
    const after = await readQuery('MATCH (a:Article) WHERE a.sha256 IS NOT NULL RETURN count(a) AS n');
    expect(after.records[0]?.get('n')).toBe(before.records[0]?.get('n'));
  });
});
