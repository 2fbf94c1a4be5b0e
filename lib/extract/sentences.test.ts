import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

const texts = (t: string, lang: 'fr' | 'en') => splitSentences(t, lang).map((s) => s.text);

describe('splitSentences', () => {
  it('does not split after French titles', () => {
    expect(texts('M. Ban a parlé. Mme Dupont aussi, a dit M. Ban. Fin.', 'fr')).toEqual(['M. Ban a parlé.', 'Mme Dupont aussi, a dit M. Ban.', 'Fin.']);
  });

  it('keeps U.N. and Mr. inside an English sentence but ends on "U.S. The"', () => {
    expect(texts('Mr. Ban told the U.N. Security Council. He left the U.S. The end.', 'en')).toEqual(['Mr. Ban told the U.N. Security Council.', 'He left the U.S.', 'The end.']);
  });

  it('treats a headline line and a date line as their own sentences, with exact offsets', () => {
    const text = 'Title here\n\n21 septembre 2011\n\nLe texte. Suite.';
    const sentences = splitSentences(text, 'fr');
    expect(sentences.map((s) => s.text)).toEqual(['Title here', '21 septembre 2011', 'Le texte.', 'Suite.']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
