import { describe, expect, it } from 'vitest';
import { typedAmong as typed } from './hand-entities';

const P = 'Person' as const;
const O = 'Organization' as const;
const L = 'Location' as const;

describe('a sentence opening with a person role (person-reference-nouns.json)', { timeout: 60_000 }, () => {
  it('"The striker" is the person introduced as the striker, even with another person named since', () => {
    const text =
      'Harbury Town have confirmed the arrival of the striker Jonas Ekberg. Manager Tom Feld welcomed the deal on Friday. The striker scored twice for Oldcastle Rovers last season.';
    expect(
      typed(text, 'en', [
        ['Harbury Town', O],
        ['Oldcastle Rovers', O],
        ['Jonas Ekberg', P],
        ['Tom Feld', P],
      ]),
    ).toContain('PLAYS_FOR person-jonas-ekberg → organization-oldcastle-rovers');
  });

  it('"Le Premier ministre" opening the next sentence is the Prime Minister named before', () => {
    const text = 'Le Premier ministre Paul Renard a reçu les syndicats lundi. Le Premier ministre a ensuite rencontré Julie Marchand.';
    expect(
      typed(text, 'fr', [
        ['Paul Renard', P],
        ['Julie Marchand', P],
      ]),
    ).toContain('MET_WITH person-paul-renard → person-julie-marchand');
  });

  it('"La ministre" is the person introduced as the minister; a fronted clause may come first', () => {
    const text = "Claire Vautrin, la ministre de la Culture, a ouvert le festival. Jeudi, la ministre s'est rendue à Avignon.";
    expect(
      typed(text, 'fr', [
        ['Claire Vautrin', P],
        ['Avignon', L],
      ]),
    ).toContain('VISITED person-claire-vautrin → location-avignon');
  });

  it('with no introduction, the one person the sentence before names', () => {
    const text = "Léa Brunet a marqué deux fois samedi. L'attaquante parisienne a rejoint le FC Montclair en 2022.";
    expect(
      typed(text, 'fr', [
        ['Léa Brunet', P],
        ['FC Montclair', O],
      ]),
    ).toContain('PLAYS_FOR person-lea-brunet → organization-fc-montclair');
  });

  it('"L\'entraîneur parisien Luis Enrique" introduces him: the role before an adjective and a name is no reference', () => {
    const text =
      "Le FC Montclair a battu l'Union Sarlat 2-0 grâce à un but de Léa Brunet. L'entraîneur montclairois Marc Ollier a salué la victoire. Le technicien a ensuite rencontré Paul Renard.";
    const found = typed(text, 'fr', [
      ['FC Montclair', O],
      ['Union Sarlat', O],
      ['Léa Brunet', P],
      ['Marc Ollier', P],
      ['Paul Renard', P],
    ]);
    expect(found).toContain('MET_WITH person-marc-ollier → person-paul-renard');
    expect(found.filter((r) => r.startsWith('MET_WITH person-lea-brunet'))).toEqual([]);
  });

  it('the role is the last role word ("The German striker" is the striker, not the German chancellor)', () => {
    const text = 'German chancellor Anna Lind met the striker Jonas Ekberg in Bonn. The German striker scored twice for Oldcastle Rovers.';
    const found = typed(text, 'en', [
      ['Anna Lind', P],
      ['Jonas Ekberg', P],
      ['Oldcastle Rovers', O],
    ]);
    expect(found).toContain('PLAYS_FOR person-jonas-ekberg → organization-oldcastle-rovers');
    expect(found.filter((r) => r.startsWith('PLAYS_FOR person-anna-lind'))).toEqual([]);
  });

  it('no fallback to a person introduced with another role, nor for a nationality the article never gave', () => {
    const coach = 'Tom Feld, the manager, said he was delighted. The striker joined Oldcastle Rovers in 2019.';
    expect(
      typed(coach, 'en', [
        ['Tom Feld', P],
        ['Oldcastle Rovers', O],
      ]).filter((r) => r.includes('oldcastle')),
    ).toEqual([]);
    const french = 'Anna Lind spoke first on Monday. The French president joined Westmark Holdings in 2015.';
    expect(
      typed(french, 'en', [
        ['Anna Lind', P],
        ['Westmark Holdings', O],
      ]),
    ).toEqual([]);
  });

  it('"X became Britain\'s prime minister" introduces X past the country; the leader named just before is not the fallback', () => {
    const text = "Paul Renard became Britain's prime minister on Friday. Reform leader Jonas Ekberg was elected in Clacton. The new prime minister met Anna Lind at the palace.";
    const found = typed(text, 'en', [
      ['Paul Renard', P],
      ['Britain', L],
      ['Jonas Ekberg', P],
      ['Reform', O],
      ['Clacton', L],
      ['Anna Lind', P],
    ]);
    expect(found).toContain('MET_WITH person-paul-renard → person-anna-lind');
    expect(found.filter((r) => r.startsWith('MET_WITH person-jonas-ekberg'))).toEqual([]);
  });

  it('leaves the role unread when the sentence before names two people and neither was introduced with it', () => {
    const text = 'Anna Lind met Pavel Novak in Prague on Monday. The chancellor joined Westmark Holdings in 2015.';
    expect(
      typed(text, 'en', [
        ['Anna Lind', P],
        ['Pavel Novak', P],
        ['Westmark Holdings', O],
        ['Prague', L],
      ]).filter((r) => r.includes('westmark')),
    ).toEqual([]);
  });

  it('a role that introduces a name or names its owner is no reference', () => {
    const text = 'Anna Lind spoke first. The minister of finance, Pavel Novak, joined Westmark Holdings in 2015.';
    const found = typed(text, 'en', [
      ['Anna Lind', P],
      ['Pavel Novak', P],
      ['Westmark Holdings', O],
    ]);
    expect(found.filter((r) => r.includes('anna-lind'))).toEqual([]);
    const named = typed('Anna Lind spoke first. The striker Jonas Ekberg joined Westmark Holdings in 2015.', 'en', [
      ['Anna Lind', P],
      ['Jonas Ekberg', P],
      ['Westmark Holdings', O],
    ]);
    expect(named.filter((r) => r.includes('anna-lind'))).toEqual([]);
  });
});
