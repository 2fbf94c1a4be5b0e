import { describe, expect, it } from 'vitest';
import type { ModelMention } from './types';
import { workTitleMentions } from './works';

const titles = (text: string, model: ModelMention[] = []) => workTitleMentions(text, model).map((m) => `${m.text}:${m.type}`);

describe('works named without quotes', () => {
  it('after a work noun, in a list, and in apposition before one (en)', () => {
    const text = 'Mara Quinn won for Tidewater, a short novel. Her novels include The Salt Road and The Long Field. The album Neon Hours followed.';
    expect(titles(text)).toEqual(['Tidewater:Document', 'The Salt Road:Document', 'The Long Field:Document', 'Neon Hours:Document']);
  });

  it('after a French work noun, and not into the maker named after the title', () => {
    expect(titles('Il est primé pour son roman Houris. Le film Anora de Sean Baker a gagné. Son troisième album, Brat, est sorti.')).toEqual([
      'Houris:Document',
      'Anora:Document',
      'Brat:Document',
    ]);
  });

  it('keeps one title with "and" inside it, and no title after a comma that does not close it', () => {
    expect(titles('Her first novel Pride and Prejudice sold well.')).toEqual(['Pride and Prejudice:Document']);
    expect(titles('In the film, London looks grey.')).toEqual([]);
  });

  it('leaves a known place, or a span the model reads as a place, to the model', () => {
    expect(titles('The documentary Paris was shown.')).toEqual([]);
    const text = 'The film Lakemoor opened.';
    const at = text.indexOf('Lakemoor');
    expect(titles(text, [{ start: at, end: at + 8, text: 'Lakemoor', type: 'Location' }])).toEqual([]);
    expect(titles(text)).toEqual(['Lakemoor:Document']);
  });

  it('reads no title after nouns news uses for other things ("a record Monday")', () => {
    expect(titles('Shares hit a record Monday. The series Finale drew crowds.')).toEqual([]);
    expect(titles('Her novel Tidewater on Tuesday won, and the film Lakemoor in May.')).toEqual(['Tidewater:Document', 'Lakemoor:Document']);
  });
});

describe('works named in quotes', () => {
  it('after a work noun, a possessive, a verb of release or an award, in any quotes', () => {
    expect(titles('Her new album "Neon Hours" topped the charts. Le film « Les Marées » a été primé.')).toEqual(['Neon Hours:Document', 'Les Marées:Document']);
    expect(titles("Mara Quinn's 'Tidewater' was published in May. Jo Pike released “The Salt Road” on Friday.")).toEqual(['Tidewater:Document', 'The Salt Road:Document']);
    expect(titles('Elle a reçu le prix Goncourt pour « Un long hiver ». The report, "Left Behind", found poverty rising.')).toEqual([
      'Un long hiver:Document',
      'Left Behind:Document',
    ]);
  });

  it('after "for" in a sentence of prizes or praise, not after any "for"', () => {
    expect(titles('She won an Emmy for "The Salt Road". Il a été récompensé pour « Les Marées ».')).toEqual(['The Salt Road:Document', 'Les Marées:Document']);
    expect(titles('Voters called for "Change Now" on Friday.')).toEqual([]);
  });

  it('with the work noun after the title: "« Houris », le roman de …", "« X » est le nouveau roman de …"', () => {
    expect(titles('« Les Marées », le roman de Mara Quinn, a reçu un prix. « Tidewater » est le nouveau roman de Jo Pike.')).toEqual(['Les Marées:Document', 'Tidewater:Document']);
  });

  it('not words someone said: no work noun right before, or a verb between', () => {
    expect(titles('"We are disappointed," said Anna Lee. The report said "Prices will rise" in 2026. « Nous avons gagné », a déclaré le capitaine.')).toEqual([]);
    expect(titles('She wrote: "I am leaving". The film was "Brilliant", critics said.')).toEqual([]);
    expect(titles('She said it\'s "Unacceptable" and that\'s "Final".')).toEqual([]);
  });
});
