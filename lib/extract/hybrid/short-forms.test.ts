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

  it('a club and its name with a known town after it, in a sport article only; another side is not the club', () => {
    const named = [org('Sporting', 0), org('Sporting Lisbon', 10), org('Arsenal', 30), org('Arsenal Women', 40)];
    expect(joinShortForms(named, true).entities.map((e) => e.name)).toEqual(['Sporting Lisbon', 'Sporting Lisbon', 'Arsenal', 'Arsenal Women']);
    expect(joinShortForms(named, false).renamed.size).toBe(0);
  });

  it('leaves apart a bare surname, a country and its stadium, a town with two clubs, a party abroad, a rival of one town', () => {
    const { renamed } = joinShortForms(
      [
        entity('Person', 'Biden', 0),
        entity('Person', 'Hunter Biden', 10),
        entity('Person', 'Mbappé', 200),
        org('France', 30),
        org('Stade de France', 40),
        org('Paris', 60),
        org('Paris FC', 70),
        org('Paris Saint-Germain', 80),
        org('Democrats', 100),
        org('Sweden Democrats', 110),
        org('Milan', 130),
        org('Inter Milan', 140),
        org('Samsung', 160),
        org('Samsung Group', 170),
      ],
      true,
    );
    // "Mbappé" has no fuller name here; "Biden" came before "Hunter Biden".
    expect([...renamed.keys()]).toEqual([]);
    // A bare surname after the full name joins it.
    expect(joinShortForms([entity('Person', 'Kylian Mbappé', 0), entity('Person', 'Mbappé', 30)]).renamed.get('per-mbapp-')).toBe('per-kylian-mbapp-');
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
