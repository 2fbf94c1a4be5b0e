import { describe, expect, it } from 'vitest';
import { sentenceAt } from './sentence-at';

const text = 'Budget talks resumed. Ada met Bob in Paris! Was it agreed? Nobody said.\nTitle line\nAda again';
const at = (s: string, windowStart = 0, window = text.slice(windowStart)) => {
  const start = text.indexOf(s);
  return sentenceAt(window, windowStart, text.length, start, start + s.length);
};

describe('sentenceAt', () => {
  it('finds the sentence around a mention, with its offsets in the article', () => {
    const s = at('Bob');
    expect(s).toMatchObject({ text: 'Ada met Bob in Paris!', clippedStart: false, clippedEnd: false });
    expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(at('agreed').text).toBe('Was it agreed?');
  });

  it('treats a line break as a boundary (titles, datelines) and the text edges as the ends', () => {
    expect(at('Title').text).toBe('Title line');
    expect(at('Budget').text).toBe('Budget talks resumed.');
    expect(at('again').text).toBe('Ada again');
  });

  it('marks a sentence cut by the window edge as clipped, on the side that was cut', () => {
    const start = text.indexOf('Paris');
    const s = sentenceAt(text.slice(26, start + 7), 26, text.length, start, start + 5);
    expect(s).toMatchObject({ text: 'met Bob in Paris!', clippedStart: true, clippedEnd: false });
    const cutEnd = sentenceAt(text.slice(0, start + 3), 0, text.length, start, start + 3);
    expect(cutEnd).toMatchObject({ text: 'Ada met Bob in Par', clippedEnd: true });
  });

  it('does not end a sentence at a title before a name (M., Dr., Mme.), found in a real fixture', () => {
    const fr = 'Il a parlé. Le Porte-parole du Secrétaire général, M. António Guterres, a communiqué la déclaration. Fin.';
    const start = fr.indexOf('António');
    expect(sentenceAt(fr, 0, fr.length, start, start + 16).text).toBe('Le Porte-parole du Secrétaire général, M. António Guterres, a communiqué la déclaration.');
    const en = 'They met Dr. Yunus. Then Grandi left.';
    expect(sentenceAt(en, 0, en.length, en.indexOf('Yunus'), en.indexOf('Yunus') + 5).text).toBe('They met Dr. Yunus.');
  });

  it('gives the same answer on every call (a shared global regex once carried its lastIndex over)', () => {
    const first = at('Bob');
    at('Nobody');
    expect(at('Bob')).toEqual(first);
  });
});
