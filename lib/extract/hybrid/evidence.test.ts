import { describe, expect, it } from 'vitest';
import type { EntityType } from '@/lib/model';
import { extractWithRules } from '../rule-based';
import { evidenceType, leadingDemonym, lexiconMentions, lexiconNameMentions, splitLeadingOrganisations } from './evidence';
import { mergeWithModel } from './merge';

/** Each name with the type the word lists give it (null: they say nothing). */
const expectTypes = (cases: [string, EntityType | null][]) => expect(cases.map(([name]) => [name, evidenceType(name)])).toEqual(cases);

describe('type evidence from the word lists', () => {
  it('types outlets, parties, company and club words, and given names; says nothing otherwise', () => {
    expectTypes([
      ['Reuters', 'Organization'],
      ['Les Écologistes', 'Organization'],
      ['Bad Boy Records', 'Organization'],
      ['Tudor Pro Cycling', 'Organization'],
      ['Parti socialiste', 'Organization'],
      ['Nadia Melliti', 'Person'],
      ['Ursula von der Leyen', 'Person'],
      ['Bhasan Char', null],
      ['Lucas Industries Group', 'Organization'],
      // Companies named after their founders, which a given name would make people.
      ['John Lewis', 'Organization'],
      ['Hugo Boss', 'Organization'],
      ['Royal Free Hospital', 'Organization'],
    ]);
  });

  it('types venues as places and competitions as events, unless the name is a known club', () => {
    expectTypes([
      ['Allianz Arena', 'Location'],
      ['Stade Vélodrome', 'Location'],
      ['Théâtre du Châtelet', 'Location'],
      ['Stade Rennais', 'Organization'],
      ['Crystal Palace', 'Organization'],
      ['FA Cup', 'Event'],
      ['Coupe de France', 'Event'],
      ['Tour de France', 'Event'],
      ['Monaco Grand Prix', 'Event'],
      ['Booker Prize', 'Event'],
      ['Prix Goncourt', 'Event'],
      ['Arena', null], // one word says nothing
    ]);
  });

  it('finds known one-word organisations the model may miss, inside a sentence, and acronyms anywhere', () => {
    const text = 'Labour costs rose. Reform UK beat Labour as the Conservatives lost.\nAFP reported that Marianne had left.';
    const found = lexiconNameMentions(text).map((m) => `${m.text}@${m.start}:${m.type}`);
    expect(found).toEqual([
      `Reform UK@19:Organization`,
      `Labour@${text.indexOf('Labour as')}:Organization`,
      `Conservatives@${text.indexOf('Conservatives')}:Organization`,
      `AFP@${text.indexOf('AFP')}:Organization`,
    ]);
  });

  it('takes a known name opening a sentence only as a side or party doing something; a club named like a place only in a match report', () => {
    const report = 'Arsenal beat Chelsea 2-0 on Saturday, Saka scored twice. Labour won the vote. Labour costs rose.';
    expect(lexiconNameMentions(report).map((m) => `${m.text}@${m.start}`)).toEqual(['Arsenal@0', `Labour@${report.indexOf('Labour won')}`]);
    expect(lexiconNameMentions('Chelsea beat the traffic by leaving early.').map((m) => m.text)).toEqual([]);
  });

  it('knows regional papers and companies that the model reads as places or misses ("Nice-Matin", "La Provence", "Bpifrance")', () => {
    const text = "D'après La Provence et Nice-Matin, Bpifrance soutient Lafarge. Midi Libre l'a confirmé.";
    expect(lexiconNameMentions(text).map((m) => `${m.text}:${m.type}`)).toEqual(
      ['La Provence', 'Nice-Matin', 'Bpifrance', 'Lafarge', 'Midi Libre'].map((n) => `${n}:Organization`),
    );
  });

  it('takes a known union or company with its hyphenated federation as one name, and no known name inside a longer one', () => {
    const text = "La CGT, SUD-Rail et FO-Cheminots appellent à la grève, comme l'UNSA-Ferroviaire. Le FOSSE n'a rien dit.";
    expect(lexiconNameMentions(text).map((m) => m.text)).toEqual(['CGT', 'SUD-Rail', 'FO-Cheminots', 'UNSA-Ferroviaire']);
  });

  it('finds one-word organisations as whole words only, punctuation in the name included', () => {
    const text = "La CFE-CGC et la CGT, avec Canal+ et L'Équipe/AFP, pas l'AFPX ni xAFP.";
    expect(lexiconNameMentions(text).map((m) => `${m.text}@${m.start}`)).toEqual(['CFE-CGC', 'CGT', 'Canal+', "L'Équipe", 'AFP'].map((name) => `${name}@${text.indexOf(name)}`));
  });

  it('cuts a nationality or a club glued before a person', () => {
    expect(leadingDemonym('Norvégien Joachim Trier')).toBe('Norvégien '.length);
    expect(leadingDemonym('Belgique')).toBe(0);
    const [club, person] = splitLeadingOrganisations([{ start: 10, end: 29, text: 'PSG Lucas Chevalier', type: 'Organization' }]);
    expect(club).toMatchObject({ start: 10, end: 13, text: 'PSG', type: 'Organization' });
    expect(person).toMatchObject({ start: 14, end: 29, text: 'Lucas Chevalier', type: 'Person' });
    expect(lexiconMentions([{ start: 0, end: 31, text: 'Renaissance Violette Spillebout' }]).map((m) => `${m.text}:${m.type}`)).toEqual([
      'Renaissance:Organization',
      'Violette Spillebout:Person',
    ]);
  });

  it('cuts "the party of its leader" read as one name, but not a name whose "de" holds no given name', () => {
    const glued = "Le Parti socialiste d'Olivier Faure a refusé l'accord.";
    const [party, leader] = splitLeadingOrganisations([{ start: 3, end: 35, text: glued.slice(3, 35), type: 'Organization' }]);
    expect(party).toMatchObject({ start: 3, end: 19, text: 'Parti socialiste', type: 'Organization' });
    expect(leader).toMatchObject({ start: 22, end: 35, text: 'Olivier Faure', type: 'Person' });
    expect(splitLeadingOrganisations([{ start: 0, end: 19, text: 'PSG de Luis Enrique', type: 'Organization' }]).map((m) => m.text)).toEqual(['PSG', 'Luis Enrique']);
    for (const whole of ['Fondation Charles de Gaulle', 'Institut Pasteur de Lille', 'Maison de Victor Hugo'])
      expect(splitLeadingOrganisations([{ start: 0, end: whole.length, text: whole, type: 'Organization' }]).map((m) => m.text)).toEqual([whole]);
  });

  it('finds a known club written with its town adjective in lowercase, as French news often writes it', () => {
    const text = 'Le joueur du Stade toulousain Antoine Dupont a rejoint le Stade Toulousain en 2015. Le stade rennais est plein.';
    expect(lexiconNameMentions(text).map((m) => `${m.text}@${m.start}`)).toEqual(['Stade toulousain@13', `Stade Toulousain@${text.indexOf('Stade Toulousain')}`]);
  });
});

// The first extraction loads the gazetteer: seconds on a loaded 2-core machine, past vitest's 5 s default.
describe('the hybrid with the word lists (no model mentions at all)', { timeout: 60_000 }, () => {
  const run = (text: string, language: 'fr' | 'en') => mergeWithModel(text, extractWithRules(text, { language }), [], [{ start: 0, end: text.length }]);

  it('splits a party glued to a person in the rules and records that the lexicon typed both', () => {
    const x = run('La candidate Renaissance Violette Spillebout a perdu.', 'fr');
    expect(x.entities.find((e) => e.name === 'Violette Spillebout')).toMatchObject({ type: 'Person' });
    expect(x.entities.find((e) => e.name === 'Renaissance')).toMatchObject({ type: 'Organization', typedBy: 'lexicon', foundBy: ['rules', 'lexicon'] });
  });

  it("reads a city's name as its club after a match word, in an article about a league", () => {
    const text = "Marseille a battu le Paris Saint-Germain lundi en Ligue 1. L'OM n'avait plus battu Paris à domicile depuis 2011.";
    const x = run(text, 'fr');
    const psg = x.entities.find((e) => e.name === 'Paris Saint-Germain')!;
    expect(psg.type).toBe('Organization');
    expect(psg.mentions.map((m) => m.text)).toEqual(['Paris Saint-Germain', 'Paris']);
    expect(x.entities.find((e) => e.type === 'Location' && e.name === 'Paris')).toBeUndefined();
  });
});
