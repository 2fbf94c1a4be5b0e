import { splitDateline } from '@/lib/extract/sentences';
/**
 * Cuts a long text into pieces the service accepts, at a paragraph, sentence or word break when there is
 * one, so that each piece's offsets only need its start added back. A name cut in two is lost, which is why
 * the cut prefers blank lines and sentence ends.
 */
export function splitForService(text: string, maxChars: number): { offset: number; text: string }[] {
  const pieces: { offset: number; text: string }[] = [];
  let start = 0;
  while (text.length - start > maxChars) {
    const window = text.slice(start, start + maxChars);
    const cut = lastBreak(window) ?? maxChars;
    pieces.push({ offset: start, text: window.slice(0, cut) });
    start += cut;
  }
  pieces.push({ offset: start, text: text.slice(start) });
  return pieces;
}

const BREAKS = [/\n\s*\n/g, /[.!?]["»”’)]?\s/g, /\s/g];

function lastBreak(window: string): number | null {
  // Only breaks in the second half: a piece should not shrink to a sliver because of one early blank line.
  const floor = Math.floor(window.length / 2);
  for (const pattern of BREAKS) {
    let found: number | null = null;
    for (const match of window.matchAll(pattern)) {
      const end = match.index + match[0].length;
      if (end > floor && end < window.length) found = end;
    }
    if (found !== null) return found;
  }
  return null;
}

/**
 * CoreNLP's sentence, cut at blank lines: a headline or a dateline line without a full stop is not one sentence with
 * the lead after it (its names would all be co-mentioned). Cut here rather than by CoreNLP's own
 * ssplit.newlineIsSentenceBreak, which also changes what its French model tags (held-out fr Organization F1 fell
 * 0.779 → 0.769 with it); its tags stay, and only a name running over a blank line is cut there (toModelMentions). Each part is trimmed of the blank lines' spaces,
 * and a paragraph's wire dateline is a sentence of its own, as the rules have it (lib/extract/sentences.ts).
 */
export function splitAtBlankLines(text: string, sentence: { start: number; end: number }): { start: number; end: number }[] {
  return blankLineParts(text, sentence).flatMap((p) => splitDateline(text, p, (start, end) => ({ start, end })));
}

/** A span cut at its blank lines, each part trimmed; a span without one comes back whole. */
export function blankLineParts(text: string, span: { start: number; end: number }): { start: number; end: number }[] {
  const parts: { start: number; end: number }[] = [];
  const inner = text.slice(span.start, span.end);
  let from = 0;
  for (const gap of inner.matchAll(/\n[^\S\n]*\n\s*/gu)) {
    parts.push({ start: span.start + from, end: span.start + gap.index });
    from = gap.index + gap[0].length;
  }
  parts.push({ start: span.start + from, end: span.end });
  return parts.map((p) => ({ start: p.start, end: p.start + text.slice(p.start, p.end).trimEnd().length })).filter((p) => p.end > p.start);
}
