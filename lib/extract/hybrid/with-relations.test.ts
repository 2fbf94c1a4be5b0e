import { describe, expect, it } from 'vitest';
import { joinRelations } from '../relations';
import { extractWithRules } from '../rule-based';
import type { ModelMention } from './types';
import { mergeWithRelations } from './with-relations';

/** A model mention over the first occurrence of `name`, as CoreNLP's answer becomes after toModelMentions. */
function mention(text: string, name: string, type: ModelMention['type']): ModelMention {
  const start = text.indexOf(name);
  return { start, end: start + name.length, text: name, type };
}

describe('hybrid relations', () => {
  // The first extraction of the file loads the gazetteer: a generous limit, since the machine's load varies.
  it('relates an organisation only the model found, with the sentence as evidence', { timeout: 60_000 }, () => {
    const text = 'Ostvik Kestrel goalkeeper Tom Ekberg saved two penalties as his side won the league final on Sunday.';
    const rules = extractWithRules(text, { language: 'en' });
    const merged = mergeWithRelations(text, rules, [mention(text, 'Ostvik Kestrel', 'Organization'), mention(text, 'Tom Ekberg', 'Person')], [{ start: 0, end: text.length }]);
    const club = merged.entities.find((e) => e.name === 'Ostvik Kestrel' && e.type === 'Organization');
    const player = merged.entities.find((e) => e.name === 'Tom Ekberg');
    expect(club, JSON.stringify(merged.entities)).toBeDefined();
    const plays = merged.relations.filter((r) => r.type === 'PLAYS_FOR');
    expect(plays).toEqual([{ type: 'PLAYS_FOR', source: player!.id, target: club!.id, confidence: 0.8, evidence: [{ start: 0, end: text.length, text }] }]);
    // The typed relation replaces the pair's co-mention.
    expect(merged.relations.filter((r) => r.type === 'CO_MENTIONED' && [r.source, r.target].includes(club!.id) && [r.source, r.target].includes(player!.id))).toEqual([]);
  });

  it('drops what the rules related with an entity the model retyped: the sentence is read again with it as it is', { timeout: 60_000 }, () => {
    // The rules know neither Arsenal nor City as clubs: they read "Martinelli ... beat Manchester City".
    const text = 'Gabriel Martinelli scored late as Arsenal beat Manchester City 1-0 on Sunday.';
    const rules = extractWithRules(text, { language: 'en' });
    expect(rules.relations.filter((r) => r.type === 'DEFEATED').map((r) => r.source)).toContain('person-gabriel-martinelli');
    const model = [mention(text, 'Gabriel Martinelli', 'Person'), mention(text, 'Arsenal', 'Organization'), mention(text, 'Manchester City', 'Organization')];
    const merged = mergeWithRelations(text, rules, model, [{ start: 0, end: text.length }]);
    expect(merged.relations.filter((r) => r.type === 'DEFEATED').map((r) => `${r.source} → ${r.target}`)).toEqual(['org-arsenal → org-manchester-city']);
  });

  it('drops what the rules read from a mention the model took into a longer name: "Reform UK leader X" leads no country', { timeout: 60_000 }, () => {
    const text = "Keir Starmer became Britain's prime minister on Friday. Reform UK leader Nigel Farage was elected in Clacton.";
    const rules = extractWithRules(text, { language: 'en' });
    const leads = (x: { relations: { type: string; source: string; target: string }[] }) => x.relations.filter((r) => r.type === 'LEADS').map((r) => `${r.source} → ${r.target}`);
    // The rules read "UK leader Nigel Farage".
    expect(leads(rules)).toContain('person-nigel-farage → loc-united-kingdom');
    const model = [
      mention(text, 'Keir Starmer', 'Person'),
      mention(text, 'Reform UK', 'Organization'),
      mention(text, 'Nigel Farage', 'Person'),
      mention(text, 'Clacton', 'Location'),
    ];
    const merged = mergeWithRelations(text, rules, model, [
      { start: 0, end: text.indexOf('Reform') - 1 },
      { start: text.indexOf('Reform'), end: text.length },
    ]);
    expect(leads(merged).filter((r) => r.startsWith('person-nigel-farage'))).toEqual([expect.stringMatching(/^person-nigel-farage → org[a-z]*-reform-uk$/)]);
  });

  it('joins relations: a retyped end out of the vocabulary drops it, repeats merge their evidence, typed pairs lose their co-mention', () => {
    const span = (start: number) => ({ start, end: start + 5, text: 'x'.repeat(5) });
    const entities = [
      { id: 'person-a', name: 'A', type: 'Person' as const, aliases: [], mentions: [span(0)] },
      { id: 'person-b', name: 'B', type: 'Person' as const, aliases: [], mentions: [span(10)] },
      { id: 'org-c', name: 'C', type: 'Organization' as const, aliases: [], mentions: [span(20)] },
    ];
    const joined = joinRelations(
      entities,
      [
        { type: 'VISITED', source: 'person-a', target: 'person-b', confidence: 0.8, evidence: [span(0)] },
        { type: 'WORKS_FOR', source: 'person-a', target: 'org-c', confidence: 0.7, evidence: [span(0)] },
        { type: 'CO_MENTIONED', source: 'person-a', target: 'org-c', confidence: 0.2, evidence: [span(0)] },
        { type: 'CO_MENTIONED', source: 'person-a', target: 'person-b', confidence: 0.2, evidence: [span(0)] },
      ],
      [{ type: 'WORKS_FOR', source: 'person-a', target: 'org-c', confidence: 0.8, evidence: [span(0), span(30)] }],
    );
    expect(joined).toEqual([
      { type: 'WORKS_FOR', source: 'person-a', target: 'org-c', confidence: 0.8, evidence: [span(0), span(30)] },
      { type: 'CO_MENTIONED', source: 'person-a', target: 'person-b', confidence: 0.2, evidence: [span(0)] },
    ]);
  });
});
