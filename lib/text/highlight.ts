export type Segment = { text: string; mark: boolean };

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Splits `text` into plain and marked segments, marking every whole-word occurrence of any term
 * (case- and accent-insensitive; longer terms win). Pure, so the UI can render marks as text, never HTML.
 */
export function highlightTerms(text: string, terms: string[]): Segment[] {
  const folded = fold(text);
  // Folding can change length (rare ligatures); fall back to no marks rather than marking the wrong words.
  if (folded.length !== text.length) return [{ text, mark: false }];
  const ranges: Array<[number, number]> = [];
  const sorted = [...new Set(terms.map(fold).filter((t) => t.length > 1))].sort((a, b) => b.length - a.length);
  for (const term of sorted) {
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) {
      const end = at + term.length;
      const wordEdge = !/[\p{L}\p{N}]/u.test(folded[at - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(folded[end] ?? ' ');
      if (wordEdge && !ranges.some(([s, e]) => at < e && end > s)) ranges.push([at, end]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const segments: Segment[] = [];
  let cursor = 0;
  for (const [start, end] of ranges) {
    if (start > cursor) segments.push({ text: text.slice(cursor, start), mark: false });
    segments.push({ text: text.slice(start, end), mark: true });
    cursor = end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), mark: false });
  return segments;
}
