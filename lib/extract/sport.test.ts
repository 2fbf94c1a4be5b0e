import { describe, expect, it } from 'vitest';
import { isMatchReport } from './sport';

describe('isMatchReport', () => {
  it('reads a short report as sport from its score and match words, without a league named', () => {
    expect(isMatchReport('Le PSG s’est imposé face à Lens (2-0). Ousmane Dembélé a marqué sur une passe de Vitinha.')).toBe(true);
    expect(isMatchReport("Real Madrid's Kylian Mbappé scored twice as the Spanish champions beat Sevilla 3-1.")).toBe(true);
    expect(isMatchReport('Toulouse a battu Angers 2-1. Thijs Dallinga a ouvert le score à la 12e minute.')).toBe(true);
    expect(isMatchReport('Arsenal moved top of the Premier League.')).toBe(true);
  });

  it('reads a result told with its score as a match, without match words', () => {
    expect(isMatchReport('Le PSG a battu Lens 3-1 samedi au Parc des Princes.')).toBe(true);
    expect(isMatchReport('Toulouse a été battu par Brest (0-2) dimanche.')).toBe(true);
    expect(isMatchReport('Liverpool thrashed Manchester United 5-0 at Old Trafford.')).toBe(true);
    expect(isMatchReport('Lyon l’a emporté 2-1 contre Nantes.')).toBe(true);
    expect(isMatchReport('Résultats : Toulouse 2-1 Angers, Nice 0-0 Lille.')).toBe(true);
  });

  it('does not read a vote counted with a result word as a match', () => {
    expect(isMatchReport('The amendment was defeated 52-48 in the Senate, and the motion passed 61-39.')).toBe(false);
    expect(isMatchReport('Senators voted 51-49 to confirm her; it was a victory for the White House, 51 to 49.')).toBe(false);
    expect(isMatchReport('La motion a été adoptée par 45 voix contre 12, une défaite pour le gouvernement.')).toBe(false);
  });

  it('does not read a vote, a ruling, a season or a time as a score, nor a score alone as sport', () => {
    expect(isMatchReport('The Supreme Court ruled 6-3 on Friday that the penalty stands, but the defender of the law appealed.')).toBe(false);
    expect(isMatchReport('Le conseil municipal a voté le budget 2024-25 par 21 voix contre 12, à 10:30.')).toBe(false);
    expect(isMatchReport('The ratio rose to 3-1.5 as the company scored record sales.')).toBe(false);
  });

  it('takes a vote count with "scored" for a match (a known limit: a town next to a match verb there reads as its club)', () => {
    expect(isMatchReport('The committee backed the bill 5-4 and the minister scored a political win.')).toBe(true);
  });
});
