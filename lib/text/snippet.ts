import { foldText, toSearchTerms } from '@/lib/graph/lucene';
import type { Segment } from './highlight';

export type Snippet = { segments: Segment[]; clippedStart: boolean; clippedEnd: boolean };

/** Characters of context kept before the first hit, and the whole window's length. */
const BEFORE = 80;
const WINDOW = 260;

/**
 * The words of `text` that the article search matched: each word (a run of letters and digits, as the index
 * tokenises) whose folded form starts with a query term, the same prefix rule as toTextQuery.
 */
function findHits(text: string, terms: string[]): Array<[number, number]> {
  const hits: Array<[number, number]> = [];
  if (terms.length === 0) return hits;
  for (const word of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const folded = foldText(word[0]);
    if (terms.some((term) => folded.startsWith(term))) hits.push([word.index, word.index + word[0].length]);
  }
  return hits;
}

/** Moves a cut to the nearest whitespace within a few characters, so the window does not start or end mid-word. */
function snapToSpace(text: string, at: number, direction: 1 | -1): number {
  for (let i = at, steps = 0; i > 0 && i < text.length && steps < 20; i += direction, steps++) {
    if (/\s/.test(text[i]!)) return direction === 1 ? i : i + 1;
  }
  return at;
}

/**
 * A window of the text around the first hit of `query`, split into plain and marked segments (rendered as text
 * with <mark>, never as HTML). Without a hit in the text (the title matched, say) it is the start of the text.
 */
export function snippetAround(text: string, query: string): Snippet {
  const hits = findHits(text, toSearchTerms(query));
  const first = hits[0]?.[0] ?? 0;
  const start = first <= BEFORE ? 0 : snapToSpace(text, first - BEFORE, -1);
  const end = start + WINDOW >= text.length ? text.length : snapToSpace(text, start + WINDOW, 1);
  const segments: Segment[] = [];
  let cursor = start;
  for (const [from, to] of hits) {
    if (from < start || to > end) continue;
    if (from > cursor) segments.push({ text: text.slice(cursor, from), mark: false });
    segments.push({ text: text.slice(from, to), mark: true });
    cursor = to;
  }
  if (cursor < end) segments.push({ text: text.slice(cursor, end), mark: false });
  return { segments, clippedStart: start > 0, clippedEnd: end < text.length };
}
