import { describe, expect, it } from 'vitest';
import { isInsideSentence, sentenceOpener } from './sentence-start';

/** Sentences as CoreNLP gives them, roughly: one after each full stop, question or exclamation mark and a space. */
function sentencesOf(text: string): { start: number; end: number }[] {
  const starts = [0, ...[...text.matchAll(/[.!?]\s+(?=\S)/gu)].map((m) => m.index + m[0].length)];
  return starts.map((start, k) => ({ start, end: starts[k + 1] ?? text.length }));
}

/** `^` marks the offset asked about; then whether a sentence opens there, and whether a word of it comes before. */
const CASES: [text: string, opens: boolean, inside: boolean][] = [
  ['^Labour costs rose.', true, false],
  ['Costs rose under ^Labour.', false, true],
  ['Costs rose. ^Labour lost.', true, false],
  ['The ^Conservatives lost.', true, true],
  ['Le ^Monde a révélé.', true, true],
  ['« ^Labour a perdu »', true, false],
  ['• ^Labour wins', true, true],
  ['Il a dit : ^Labour a perdu.', false, false],
  ['Costs rose; ^Labour lost.', false, false],
  ['Costs — ^Labour — rose.', false, false],
  ['Votes (^Labour) rose.', false, false],
  ['A headline without a stop\n^Labour wins', true, false],
  ['A headline\n\n  ^Labour wins', true, false],
  [`Costs${' '.repeat(41)}^Labour`, false, false],
];

describe('where a sentence starts', () => {
  it.each(CASES)('%j: opens %s, inside %s', (marked, opens, inside) => {
    const at = marked.indexOf('^');
    const text = marked.slice(0, at) + marked.slice(at + 1);
    expect(sentenceOpener(text, sentencesOf(text))(at)).toBe(opens);
    expect(isInsideSentence(text, at)).toBe(inside);
  });

  it('takes a line start for a sentence start when no sentences are known', () => {
    const text = 'Dateline\nLabour wins';
    expect(sentenceOpener(text, [])(text.indexOf('Labour'))).toBe(true);
    expect(sentenceOpener(text, [])(text.indexOf('wins'))).toBe(false);
  });
});
