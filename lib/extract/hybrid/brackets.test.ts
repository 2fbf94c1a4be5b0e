import { describe, expect, it } from 'vitest';
import { bracketedAfterPerson } from './brackets';
import { mergeWithModel } from './merge';

describe('a name in brackets after a person is an organisation', { timeout: 60_000 }, () => {
  it('finds the bracket right after a person only, and leaves a known place and a number alone', () => {
    const text = 'Marc Olsen (Fjord-Vega Cycling) won; Jean Dupont (Lyon) and Anna Berg (34) followed. The firm (Harlow) said.';
    const people = [
      { start: 0, end: 10 },
      { start: 37, end: 48 },
      { start: 60, end: 69 },
    ];
    expect(bracketedAfterPerson(text, people).map((m) => `${m.text}:${m.type}`)).toEqual(['Fjord-Vega Cycling:Organization']);
  });

  it("retypes the model's partial place to the whole team, wherever the team is named again", () => {
    const text = 'Le Danois Marc Olsen (Fjord-Vega a Bike) finit deuxième. Fjord-Vega a Bike remporte le classement par équipes.';
    const model = [
      { start: 10, end: 20, text: 'Marc Olsen', type: 'Person' as const },
      { start: 22, end: 32, text: 'Fjord-Vega', type: 'Location' as const },
      { start: 57, end: 74, text: 'Fjord-Vega a Bike', type: 'Person' as const },
    ];
    const x = mergeWithModel(text, { language: 'fr', entities: [], relations: [] }, model, [{ start: 0, end: text.length }]);
    expect(x.entities.filter((e) => e.name.startsWith('Fjord')).map((e) => `${e.name}:${e.type}:${e.mentions.length}`)).toEqual(['Fjord-Vega a Bike:Organization:2']);
  });
});
