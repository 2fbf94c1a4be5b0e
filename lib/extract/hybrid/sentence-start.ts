/**
 * Where a sentence starts, asked two ways. With CoreNLP's sentences (the merge, judging a lone word the model read),
 * a word opens a sentence when only quotes, dashes, bullets or a capitalised determiner stand between the start of
 * its sentence (or of its line) and the word. Over the text alone (the word lists' scan for one-word organisations),
 * a word is inside a sentence when some word comes before it with no full stop, colon, opening quote or bracket,
 * dash or line break in between. They differ: a word after "a dit :" neither opens a sentence nor sits
 * inside one, so the merge does not take it for an opener and the scan does not take it for a name.
 */

/** A capitalised article, as a sentence's first word ("Le", "The", "L'"): a regex source other passes build on. */
export const CAPITALISED_DETERMINER = "(?:(?:The|Le|La|Les)\\s+|L['’])";
/** What may come before a sentence's first word: quotes, dashes, bullets and a capitalised determiner ("Le Classique"). */
const OPENER = new RegExp(`^[\\s«»"“”'‘’—–\\-•*(]*${CAPITALISED_DETERMINER}?$`, 'u');
/** How far before a word an opener may start: a few quotes and a determiner, not a clause. */
const OPENER_REACH = 12;
/** Marks after which the next word starts afresh: a sentence's end, a colon, an opening quote or bracket, a dash. */
const BREAK_BEFORE = /[.!?:;«"“\n(–—-]$/u;
/** How far back the text-only test looks for the previous word. */
const WORD_REACH = 40;

/** Whether an offset holds a sentence's first word (after any quote, dash or bullet), given the text's sentences. */
export function sentenceOpener(text: string, sentences: { start: number; end: number }[]): (at: number) => boolean {
  const starts = sentences.map((s) => s.start);
  return (at) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    const sentence = starts.length && starts[lo]! <= at ? starts[lo]! : 0;
    // A headline or a dateline line without a full stop runs into the next sentence: a line's start opens one too.
    const from = Math.max(sentence, text.lastIndexOf('\n', at - 1) + 1);
    return at - from < OPENER_REACH && OPENER.test(text.slice(from, at));
  };
}

/** Some word of the sentence comes before this offset: not after a full stop, a colon, a quote or a line break. */
export function isInsideSentence(text: string, at: number): boolean {
  const window = text.slice(Math.max(0, at - WORD_REACH), at);
  const before = window.trimEnd();
  return before.length > 0 && !BREAK_BEFORE.test(before) && !/\n\s*$/u.test(window);
}
