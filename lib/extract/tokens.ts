export interface Token {
  text: string;
  start: number;
  end: number;
  /** A word (letters/digits, inner hyphens) or a dotted acronym; otherwise punctuation. */
  word: boolean;
}

/**
 * Dotted acronyms first ("U.N.", "U.S."), then words with inner hyphens ("Ki-moon", "Saint-Pétersbourg"),
 * then single punctuation marks. "Vienna-based", "United Nations-facilitated" split before the
 * participle, so the name before it stays a name. Apostrophes stand alone, so French elisions split: l ' ONUDC;
 * not in "O'Leary", "N'Golo" or "M'Bala", one word each.
 */
const TOKEN =
  /(?:\p{Lu}\.){2,}|(?<![\p{L}\p{N}])[OMN]['’]\p{Lu}\p{L}+|[\p{L}\p{N}]+(?:-(?!(?:based|led|backed|facilitated|sponsored|brokered|funded|run|owned|born|style|wide|related|linked|made|bound|affiliated|allied|aligned|controlled|held)(?![\p{L}\p{N}]))[\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const word = /[\p{L}\p{N}]/u.test(m[0]);
    tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length, word });
  }
  return tokens;
}

export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

export function isAllCaps(word: string): boolean {
  return /^[\p{Lu}\p{N}.&-]{2,}$/u.test(word) && /\p{Lu}.*\p{Lu}|\p{Lu}\./u.test(word);
}

/** Index of the first token starting at or after `pos` (tokens.length if none): a binary search. */
export function firstTokenFrom(tokens: Token[], pos: number): number {
  let [lo, hi] = [0, tokens.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
