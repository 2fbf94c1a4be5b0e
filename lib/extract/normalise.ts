/**
 * Matching wants one spelling of quotes, apostrophes and spaces, and NFC accents; the output wants
 * offsets into the ORIGINAL text. So we normalise into a copy and keep, for every UTF-16 index of
 * the copy, the index of the original it came from.
 */
export interface NormalisedText {
  original: string;
  text: string;
  /** offsets[i] = index in `original` where normalised char i starts; offsets[text.length] = original.length. */
  offsets: number[];
}

/** One-for-one replacements: they never change the length, so they keep offsets trivially. */
const CHAR_MAP: Record<string, string> = {
  '\u2019': "'",
  '\u2018': "'",
  '\u02bc': "'",
  '\u2032': "'",
  '`': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u00a0': ' ',
  '\u202f': ' ',
  '\u2009': ' ',
  '\u2007': ' ',
  '\u2010': '-',
  '\u2011': '-',
};

const RUN = /\P{M}\p{M}*|\p{M}+/gu;

export function normaliseText(original: string): NormalisedText {
  let text = '';
  const offsets: number[] = [];
  for (const match of original.matchAll(RUN)) {
    const run = match[0];
    const start = match.index;
    // A base letter plus combining marks composes (usually) into one char; all of them map to the run start.
    const composed = run.length > 1 ? run.normalize('NFC') : run;
    for (const ch of composed) {
      const mapped = CHAR_MAP[ch] ?? ch;
      for (let i = 0; i < mapped.length; i += 1) offsets.push(start);
      text += mapped;
    }
  }
  offsets.push(original.length);
  return { original, text, offsets };
}

/** Maps a [start, end) span of the normalised text back to the original text. */
export function toOriginalSpan(norm: NormalisedText, start: number, end: number): { start: number; end: number; text: string } {
  const s = norm.offsets[start] ?? norm.original.length;
  let e = norm.offsets[end] ?? norm.original.length;
  // An end inside a composed run would cut it: extend to the next run boundary.
  while (end < norm.text.length && e === norm.offsets[end - 1] && e > s) {
    end += 1;
    e = norm.offsets[end] ?? norm.original.length;
  }
  return { start: s, end: e, text: norm.original.slice(s, e) };
}
