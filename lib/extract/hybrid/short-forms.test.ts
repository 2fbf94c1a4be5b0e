import { describe, expect, it } from 'vitest';
import { joinShortForms } from './short-forms';
import type { HybridEntity } from './types';

const entity = (type: HybridEntity['type'], name: string, at: number): HybridEntity => ({
  id: `${type.toLowerCase().slice(0, 3)}-${name.toLowerCase().replace(/\W+/g, '-')}`,
  name,
  type,
  aliases: [],
  mentions: [{ start: at, end: at + name.length, text: name }],
  foundBy: ['ner'],
  typedBy: 'ner',
});
const org = (name: string, at: number) => entity('Organization', name, at);
const names = (entities: HybridEntity[]) => entities.map((e) => `${e.name} (${e.id})`);

describe('short forms of one organisation (organisation-short-forms.json)', () => {
  it('a listed short form takes the full name and its id, even alone in the article', () => {
    const { entities, renamed } = joinShortForms([org('PSG', 0)]);
    expect(names(entities)).toEqual(['Paris Saint-Germain (org-paris-saint-germain)']);
    expect(entities[0]!.aliases).toEqual(['PSG']);
    expect(renamed.get('org-psg')).toBe('org-paris-saint-germain');
  });

  it('a bare name joins the one full name that adds club or party words to it', () => {
    const { entities } = joinShortForms([
      org('Tottenham', 0),
      org('Tottenham Hotspur', 20),
      org('Labour', 40),
      org('Labour Party', 60),
      org('Marseille', 80),
      org('Olympique de Marseille', 100),
    ]);
    expect(new Set(entities.map((e) => e.id))).toEqual(new Set(['org-tottenham-hotspur', 'org-labour-party', 'org-olympique-de-marseille']));
  });

  it('leaves apart what is not the same thing: two clubs of one town, a company and its UK arm, a council', () => {
    const { entities, renamed } = joinShortForms([
      org('Manchester', 0),
      org('Manchester City', 20),
      org('Manchester United', 40),
      org('Amazon', 60),
      org('Amazon UK', 70),
      org('Liverpool', 90),
      org('Liverpool City Council', 100),
    ]);
    expect(renamed.size).toBe(0);
    expect(entities).toHaveLength(7);
  });

  it("within an article: an article, a first name, a company suffix, a party's plural, listed synonyms, a venue's word", () => {
    const { entities } = joinShortForms([
      org('France insoumise', 0),
      org('La France insoumise', 20),
      entity('Person', 'Van Aert', 40),
      entity('Person', 'Wout van Aert', 50),
      org('Alphabet', 70),
      org('Alphabet Inc', 80),
      org('Liberals', 100),
      org('Liberal Party', 110),
      org('Tories', 130),
      org('Conservatives', 140),
      entity('Location', 'Vélodrome', 160),
      entity('Location', 'Stade Vélodrome', 170),
    ]);
    expect([...new Set(entities.map((e) => e.name))].sort()).toEqual(['Alphabet Inc', 'Conservatives', 'La France insoumise', 'Liberal Party', 'Stade Vélodrome', 'Wout van Aert']);
  });

  it('a club and its name with a town in a sport article only; another side is not the club', () => {
    const named = [org('Inter', 0), org('Inter Milan', 10), org('Arsenal', 30), org('Arsenal Women', 40)];
    expect(joinShortForms(named, true).entities.map((e) => e.name)).toEqual(['Inter Milan', 'Inter Milan', 'Arsenal', 'Arsenal Women']);
    expect(joinShortForms(named, false).renamed.size).toBe(0);
  });

  it('two people ending in the same words, or a town and a stadium named after it, stay apart', () => {
    const { renamed } = joinShortForms([
      entity('Person', 'Le Pen', 0),
      entity('Person', 'Marine Le Pen', 10),
      entity('Person', 'Jean-Marie Le Pen', 30),
      entity('Location', 'Toulouse', 50),
      entity('Location', 'Stade de Toulouse', 60),
    ]);
    expect(renamed.size).toBe(0);
  });
});
