import { describe, expect, it } from 'vitest';
import { tokenize } from './tokens';

const words = (t: string) => tokenize(t).map((x) => x.text);

describe('tokenize', () => {
  it('keeps dotted acronyms and hyphenated names whole, splits elisions', () => {
    expect(words("M. Ban Ki-moon et l'U.N. à Saint-Pétersbourg")).toEqual(['M', '.', 'Ban', 'Ki-moon', 'et', 'l', "'", 'U.N.', 'à', 'Saint-Pétersbourg']);
  });

  it('keeps Irish and West African names with an apostrophe whole, and still splits a French elision', () => {
    expect(words("Michael O'Leary, N’Golo Kanté et L'ONU")).toEqual(['Michael', "O'Leary", ',', 'N’Golo', 'Kanté', 'et', 'L', "'", 'ONU']);
  });

  it('splits a name from a participle glued to it', () => {
    expect(words('the Vienna-based UNODC and United Nations-facilitated talks')).toEqual([
      'the',
      'Vienna',
      '-',
      'based',
      'UNODC',
      'and',
      'United',
      'Nations',
      '-',
      'facilitated',
      'talks',
    ]);
  });

  it('gives offsets into the text', () => {
    const text = 'Le Conseil de sécurité';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});
