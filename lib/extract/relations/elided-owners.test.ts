import { describe, expect, it } from 'vitest';
import { typedAmong as typed } from './hand-entities';

const P = 'Person' as const;
const O = 'Organization' as const;

// The first extraction loads the gazetteer: seconds on a loaded 2-core machine, past vitest's 5 s default.
describe('a company role with its company unsaid (elided-owner-roles.json)', { timeout: 60_000 }, () => {
  it('"X, the chief executive," and "the manager, X" are the company or club named just before', () => {
    const text = 'Kestrel Foods reported higher sales on Tuesday. Hanna Weil, the chief executive, said demand had recovered.';
    expect(
      typed(text, 'en', [
        ['Kestrel Foods', O],
        ['Hanna Weil', P],
      ]),
    ).toEqual(['LEADS person-hanna-weil → organization-kestrel-foods']);
    const club = 'Harbury Town beat Oldcastle Rovers 2-1 on Saturday. The manager, Tom Feld, praised his defence.';
    expect(
      typed(club, 'en', [
        ['Harbury Town', O],
        ['Oldcastle Rovers', O],
        ['Tom Feld', P],
      ]),
    ).toContain('WORKS_FOR person-tom-feld → organization-harbury-town');
  });

  it('"Son directeur général, X" is the subject of the sentence before, not the last company it named', () => {
    const text = 'Valmont Industries a dépassé Nordlys Bio en 2025. Son directeur général, Paul Ardent, a salué une année record.';
    expect(
      typed(text, 'fr', [
        ['Valmont Industries', O],
        ['Nordlys Bio', O],
        ['Paul Ardent', P],
      ]),
    ).toEqual(['LEADS person-paul-ardent → organization-valmont-industries']);
  });

  it('reads nothing where the owner is said, a person owns the possessive, or the role is not a company one', () => {
    const named = 'Kestrel Foods reported higher sales. The chief executive of Brightwell Labs, Maria Lenz, was not surprised.';
    expect(
      typed(named, 'en', [
        ['Kestrel Foods', O],
        ['Brightwell Labs', O],
        ['Maria Lenz', P],
      ]),
    ).toEqual(['LEADS person-maria-lenz → organization-brightwell-labs']);
    const his = 'Valmont Industries a invité Claire Dumas. Son directeur financier, Marc Lenoir, était absent.';
    expect(
      typed(his, 'fr', [
        ['Valmont Industries', O],
        ['Claire Dumas', P],
        ['Marc Lenoir', P],
      ]),
    ).toEqual([]);
    const president = 'Kestrel Foods opened a plant in the north. The president, John Carr, visited it.';
    expect(
      typed(president, 'en', [
        ['Kestrel Foods', O],
        ['John Carr', P],
      ]),
    ).toEqual([]);
  });
});
