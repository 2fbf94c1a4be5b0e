export type MarkedPiece<T> = { text: string; start: number; mark?: T };

/**
 * Cuts `text` into pieces at the given spans (sorted, non-overlapping ones win in order of start), so an
 * article can be rendered with each mention marked, as text and never as HTML.
 */
export function markSpans<T extends { start: number; end: number }>(text: string, spans: T[]): MarkedPiece<T>[] {
  const pieces: MarkedPiece<T>[] = [];
  let cursor = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (span.start < cursor || span.end > text.length || span.end <= span.start) continue;
    if (span.start > cursor) pieces.push({ text: text.slice(cursor, span.start), start: cursor });
    pieces.push({ text: text.slice(span.start, span.end), start: span.start, mark: span });
    cursor = span.end;
  }
  if (cursor < text.length) pieces.push({ text: text.slice(cursor), start: cursor });
  return pieces;
}
