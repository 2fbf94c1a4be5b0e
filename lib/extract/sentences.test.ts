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

  it('makes a wire dateline its own sentence, and leaves a sentence that only starts with capitals alone', () => {
    expect(texts('PARIS, 5 avril 2025 (AFP) – Le PSG a battu Angers. Fin.', 'fr')).toEqual(['PARIS, 5 avril 2025 (AFP)', 'Le PSG a battu Angers.', 'Fin.']);
    expect(texts('LONDON, May 2, 2025 (Reuters) - Reform UK won.', 'en')).toEqual(['LONDON, May 2, 2025 (Reuters)', 'Reform UK won.']);
    expect(texts('GENEVA (AP) — Talks resumed.', 'en')).toEqual(['GENEVA (AP)', 'Talks resumed.']);
    expect(texts('UN - the talks resumed.', 'en')).toEqual(['UN - the talks resumed.']);
    expect(texts('NATO and the EU met on Monday.', 'en')).toEqual(['NATO and the EU met on Monday.']);
  });
});
