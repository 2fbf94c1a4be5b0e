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
