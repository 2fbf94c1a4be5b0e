/** The sentence holding a mention, with its offsets in the article, so the article page can mark it. */
export type Sentence = { text: string; start: number; end: number; clippedStart: boolean; clippedEnd: boolean };

/** A sentence ends at . ! ? or … followed by a space, or at a line break (titles, datelines, list items). */
const SENTENCE_END = '[.!?…]["»”’)]*\\s|\\n';
/** Titles before a name ("M. António Guterres", "Dr. Yunus", "Mme. Lagarde") end in a period but no sentence. */
const TITLE_BEFORE = /(?:^|[\s(«“"])\p{Lu}\p{Ll}{0,2}\.$/u;

/** The end of every sentence boundary in `text` (where the next sentence may begin). */
function boundaries(text: string): number[] {
  const ends: number[] = [];
  for (const match of text.matchAll(new RegExp(SENTENCE_END, 'g'))) {
    if (match[0].startsWith('.') && TITLE_BEFORE.test(text.slice(0, match.index + 1))) continue;
    ends.push(match.index + match[0].length);
  }
  return ends;
}

/**
 * The sentence around [start, end) given only a window of the article text (`window` begins at article offset
 * `windowStart`; the article is `textLength` long): Neo4j sends a few hundred characters around each mention rather than whole articles. When no
 * boundary lies inside the window, the sentence is cut at the window's edge and marked as clipped.
 */
export function sentenceAt(window: string, windowStart: number, textLength: number, start: number, end: number): Sentence {
  const from = Math.max(0, Math.min(window.length, start - windowStart));
  const to = Math.max(from, Math.min(window.length, end - windowStart));
  // Fresh regexes each call (in boundaries): a shared global one carries lastIndex from call to call.
  const begin = boundaries(window.slice(0, from)).at(-1) ?? -1;
  const afterEnd = boundaries(window.slice(to))[0];
  // The window starts at the article's start when windowStart is 0: nothing is clipped there.
  const clippedStart = begin === -1 && windowStart > 0;
  let first = begin === -1 ? 0 : begin;
  let last = afterEnd === undefined ? window.length : to + afterEnd;
  const clippedEnd = afterEnd === undefined && windowStart + window.length < textLength;
  // Leading and trailing spaces are not part of the sentence.
  while (first < from && /\s/.test(window[first]!)) first++;
  while (last > to && /\s/.test(window[last - 1]!)) last--;
  return { text: window.slice(first, last), start: windowStart + first, end: windowStart + last, clippedStart, clippedEnd };
}
