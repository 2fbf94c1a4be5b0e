import { describe, expect, it } from 'vitest';
import { moveClubMentions } from './clubs';
import type { HybridEntity } from './types';

/** Entities with a mention at every occurrence of their name, as the merge gives them. */
function entities(text: string, named: [string, HybridEntity['type'], string][]): HybridEntity[] {
  // Whole words, and not inside a longer name of the list ("Lens" in "RC Lens").
  const longer = named.map(([n]) => n);
  const inside = (at: number, name: string) => longer.some((l) => l !== name && l.includes(name) && text.slice(at - l.indexOf(name), at - l.indexOf(name) + l.length) === l);
  return named.map(([name, type, id]) => ({
    id,
    name,
    type,
    aliases: [],
    mentions: [...text.matchAll(new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}])`, 'gu'))]
      .filter((m) => !inside(m.index, name))
      .map((m) => ({ start: m.index, end: m.index + name.length, text: name })),
    foundBy: ['ner'],
    typedBy: 'ner',
  }));
}
const shown = (x: HybridEntity[]) => x.map((e) => `${e.name}:${e.type}:${e.mentions.length}`);

describe('moveClubMentions', () => {
  it('gives a bare town to the one club of the article named after it, not its dateline', () => {
    const text = 'PARIS — Le Paris Saint-Germain a battu le RC Lens 3-1 en Ligue 1. Lens a réduit l’écart. Paris reste en tête.';
    const { entities: out, renamed } = moveClubMentions(
      text,
      entities(text, [
        ['Paris Saint-Germain', 'Organization', 'org-paris-saint-germain'],
        ['RC Lens', 'Organization', 'org-rc-lens'],
        ['Lens', 'Location', 'loc-lens'],
      ]).concat([
        {
          id: 'loc-paris',
          name: 'Paris',
          type: 'Location',
          aliases: [],
          mentions: [
            { start: 0, end: 5, text: 'PARIS' },
            { start: text.lastIndexOf('Paris'), end: text.lastIndexOf('Paris') + 5, text: 'Paris' },
          ],
          foundBy: ['ner'],
          typedBy: 'ner',
        },
      ]),
    );
    expect(shown(out)).toEqual(['Paris Saint-Germain:Organization:2', 'RC Lens:Organization:2', 'Paris:Location:1']);
    expect(renamed.get('loc-lens')).toBe('org-rc-lens');
  });

  it('makes a player of whoever passes or crosses in a match report; not a club that scores', () => {
    const text = 'Le PSG a battu Lens 2-0 en Ligue 1, sur une passe de Vitinha. Le but de Lens a été refusé.';
    const { entities: out } = moveClubMentions(
      text,
      entities(text, [
        ['Vitinha', 'Location', 'loc-vitinha'],
        ['Lens', 'Location', 'loc-lens'],
      ]),
    );
    expect(shown(out)).toContain('Vitinha:Person:1');
    expect(out.filter((e) => e.name === 'Lens').map((e) => e.type)).not.toContain('Person');
  });

  it('makes a player of a name given with its minute in a match report ("Thauvin (23e)"), not a town with a score', () => {
    const text = 'Le RC Lens a battu le LOSC 2-1 samedi. Buts : Thauvin (23e), Saïd (78e) pour Lens. Il neigeait à Lille (2 °C).';
    const { entities: out } = moveClubMentions(
      text,
      entities(text, [
        ['Thauvin', 'Location', 'loc-thauvin'],
        ['Saïd', 'Location', 'loc-said'],
        ['Lille', 'Location', 'loc-lille'],
      ]),
    );
    expect(shown(out)).toEqual(expect.arrayContaining(['Thauvin:Person:1', 'Saïd:Person:1', 'Lille:Location:1']));
  });
});

describe('outside sport, a town the model read as its club', () => {
  it('joins the place of the same name, or becomes a place beside a place noun', () => {
    const text = 'Harwick, on the coast, voted for change. Voters in Harwick were angry. Stenby is a market town in Lancashire.';
    const named = entities(text, [
      ['Harwick', 'Organization', 'organization-harwick'],
      ['Stenby', 'Organization', 'organization-stenby'],
      ['Lancashire', 'Location', 'location-lancashire'],
    ]);
    // The rules read "in Harwick" as a place: the second mention is the place's.
    const place: HybridEntity = {
      id: 'location-harwick',
      name: 'Harwick',
      type: 'Location',
      aliases: [],
      mentions: [named[0]!.mentions.pop()!],
      foundBy: ['rules'],
      typedBy: 'rules',
    };
    const { entities: out, renamed } = moveClubMentions(text, [...named, place]);
    expect(shown(out).sort()).toEqual(['Harwick:Location:2', 'Lancashire:Location:1', 'Stenby:Location:1']);
    expect(renamed).toEqual(
      new Map([
        ['organization-harwick', 'location-harwick'],
        ['organization-stenby', 'loc-stenby'],
      ]),
    );
  });

  it('leaves a club followed by a squad word, a known organisation, and a name with no place evidence', () => {
    const text = 'Harwick manager Tom Feld backed the plan. Arsenal opened a shop in Arsenal Way. Labour held Stenby.';
    const { entities: out } = moveClubMentions(
      text,
      entities(text, [
        ['Harwick', 'Organization', 'organization-harwick'],
        ['Arsenal', 'Organization', 'organization-arsenal'],
        ['Stenby', 'Organization', 'organization-stenby'],
        ['Harwick', 'Location', 'location-harwick'],
      ]).map((e) => (e.type === 'Location' ? { ...e, mentions: e.mentions.slice(0, 1) } : { ...e, mentions: e.mentions.slice(0, 1) })),
    );
    expect(shown(out)).toEqual(['Harwick:Organization:1', 'Arsenal:Organization:1', 'Stenby:Organization:1', 'Harwick:Location:1']);
  });
});
