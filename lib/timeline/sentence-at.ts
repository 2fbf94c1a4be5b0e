/** The sentence holding a mention, with its offsets in the article, so the article page can mark it. */
export type Sentence = { text: string; start: number; end: number; clippedStart: boolean; clippedEnd: boolean };

/** A sentence ends at . ! ? or … followed by a space, or at a line break (titles, datelines, list items). */
const SENTENCE_END = '[.!?…]["»”’)]*\\s|\\n';

/**
 * The sentence around [start, end) given only a window of the article text (`window` begins at article offset
 * `windowStart`; the article is `textLength` long): Neo4j sends a few hundred characters around each mention rather than whole articles. When no
 * boundary lies inside the window, the sentence is cut at the window's edge and marked as clipped.
 */
export function sentenceAt(window: string, windowStart: number, textLength: number, start: number, end: number): Sentence {
  const from = Math.max(0, Math.min(window.length, start - windowStart));
  const to = Math.max(from, Math.min(window.length, end - windowStart));
  let begin = -1;
  // Fresh regexes each call: a shared global one carries lastIndex from call to call.
  for (const match of window.slice(0, from).matchAll(new RegExp(SENTENCE_END, 'g'))) begin = match.index + match[0].length;
  const after = new RegExp(SENTENCE_END).exec(window.slice(to));
  // The window starts at the article's start when windowStart is 0: nothing is clipped there.
  const clippedStart = begin === -1 && windowStart > 0;
  let first = begin === -1 ? 0 : begin;
  let last = after ? to + after.index + after[0].trimEnd().length : window.length;
  const clippedEnd = !after && windowStart + window.length < textLength;
  // Leading and trailing spaces are not part of the sentence.
  while (first < from && /\s/.test(window[first]!)) first++;
  while (last > to && /\s/.test(window[last - 1]!)) last--;
  return { text: window.slice(first, last), start: windowStart + first, end: windowStart + last, clippedStart, clippedEnd };
}
