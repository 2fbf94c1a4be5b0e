import { describe, expect, it } from 'vitest';
import { extractWithRules } from '../rule-based';
import { extractWithNer } from './index';

// The real CoreNLP service at NLP_URL (scripts/test.mjs starts one).
if (!process.env.NLP_URL) throw new Error('NLP_URL is not set: run these through `node scripts/test.mjs --only=integration`.');

const GENERAL = 'Manchester United signed Bruno Fernandes from Sporting Lisbon on Monday, Reuters reported. Fernandes joined Manchester United for 55 million euros.';
const UN = "L'Office des Nations Unies contre la drogue et le crime (ONUDC) a publié son rapport à Vienne. Le Directeur exécutif de l'ONUDC, Youri Fedotov, a présenté le rapport.";

describe('extractWithNer (rules + the real NER service)', () => {
  it('adds what the rules miss and types it with the model, recording who found and typed what', async () => {
    const rules = extractWithRules(GENERAL, { language: 'en' });
    const hybrid = await extractWithNer(GENERAL, { language: 'en' });
    const byName = (name: string) => hybrid.entities.find((e) => e.name === name || e.aliases.includes(name));
    expect(byName('Reuters')?.type).toBe('Organization');
    expect(byName('Manchester United')?.type).toBe('Organization');
    expect(byName('Bruno Fernandes')?.type).toBe('Person');
    for (const e of hybrid.entities) {
      expect(e.foundBy.length).toBeGreaterThan(0);
      for (const m of e.mentions) expect(GENERAL.slice(m.start, m.end)).toBe(m.text);
    }
    // The club, not the city inside its name; every other entity the rules found is still there (retyped or not).
    expect(byName('Sporting Lisbon')?.type).toBe('Organization');
    expect(byName('Lisbon')).toBeUndefined();
    for (const e of rules.entities.filter((x) => x.name !== 'Lisbon')) expect(hybrid.entities.some((h) => h.name === e.name)).toBe(true);
    // Found by the model alone; typed by the list of news agencies (lib/extract/data/type-cues.json), which agrees.
    expect(byName('Reuters')).toMatchObject({ foundBy: ['ner', 'lexicon'], typedBy: 'lexicon' });
  });

  it('keeps what the gazetteer knows: ids, acronym merges and types', async () => {
    const rules = extractWithRules(UN, { language: 'fr' });
    const hybrid = await extractWithNer(UN, { language: 'fr' });
    const unodc = rules.entities.find((e) => e.aliases.includes('ONUDC') || e.name === 'ONUDC');
    expect(unodc).toBeDefined();
    const kept = hybrid.entities.find((e) => e.id === unodc!.id);
    expect(kept).toMatchObject({ type: unodc!.type, typedBy: 'gazetteer' });
    expect(kept!.foundBy).toContain('gazetteer');
    expect(hybrid.entities.find((e) => e.name === 'Youri Fedotov')?.type).toBe('Person');
  });
});

describe('co-mention evidence after the hybrid splits a glued name', () => {
  it('names both ends in every co-mention sentence (the rules gave "PSG Lucas Chevalier" every "PSG")', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(new URL('../../ingest/fixtures/psg-toulouse-fr.txt', import.meta.url), 'utf8').trim();
    const hybrid = await extractWithNer(text, { language: 'fr' });
    const mentions = new Map(hybrid.entities.map((e) => [e.id, e.mentions]));
    const named = (id: string, at: { start: number; end: number }) => (mentions.get(id) ?? []).some((m) => m.start >= at.start && m.end <= at.end);
    const coMentions = hybrid.relations.filter((r) => r.type === 'CO_MENTIONED');
    expect(coMentions.length).toBeGreaterThan(0);
    for (const r of coMentions) for (const at of r.evidence) expect(named(r.source, at) && named(r.target, at), `${r.source} / ${r.target} in “${at.text}”`).toBe(true);
  });
});

describe('places and institutions in places (real NER)', () => {
  const located = (x: Awaited<ReturnType<typeof extractWithNer>>) => x.relations.filter((r) => r.type === 'LOCATED_IN').map((r) => `${r.source} → ${r.target}`);

  it('puts a venue or an institution the gazetteer does not know inside the city it names', async () => {
    const x = await extractWithNer('Fans queued outside the Utilita Arena in Newcastle on Friday. Staff at the Royal Free Hospital in London walked out.', { language: 'en' });
    expect(located(x)).toEqual(expect.arrayContaining(['loc-utilita-arena → loc-newcastle', 'org-royal-free-hospital → loc-london']));
  });

  it('puts no company in the country it does business in, and no country in another', async () => {
    const x = await extractWithNer('Job cuts at Stellantis in France were announced, and Airbus in Germany hired. France and Germany objected.', { language: 'en' });
    expect(located(x)).toEqual([]);
  });
});
