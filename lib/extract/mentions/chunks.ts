import { isCapitalised, type Token } from '../tokens';
import { GIVEN_NAMES, HONORIFICS, isCommonWord, isDateWord } from './cues';

export interface Chunk {
  /** Token indices, inclusive. */
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
}

/**
 * Lowercase words allowed inside a name when a capitalised word follows: "Jean-Yves Le Drian",
 * "Bank of the South", "Université de Genève". Not "and"/"et": they would glue two people together.
 */
const CONNECTORS = new Set([
  'de',
  'du',
  'des',
  'd',
  'la',
  'le',
  'les',
  'l',
  'of',
  'for',
  'on',
  'the',
  'against',
  'contre',
  'sur',
  'pour',
  'von',
  'van',
  'der',
  'den',
  'bin',
  'ibn',
  'ben',
  'al',
  'el',
  'di',
  'da',
  'dos',
  'y',
]);
const PARTICLE_NAME = /^(?:al|el|ul|ad|as|ash|bin|ibn|ben)-\p{Lu}/u;

function isNameWord(token: Token | undefined): boolean {
  if (!token?.word || /^\p{N}/u.test(token.text) || isDateWord(token.text)) return false;
  return isCapitalised(token.text) || PARTICLE_NAME.test(token.text);
}

function isHonorific(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return !!t && HONORIFICS.has(t.text) && (tokens[i + 1]?.text === '.' || !/^M$/.test(t.text));
}

/** Index of the next name word reachable from j through connectors (and the apostrophe of d'/l'), or -1. */
function nextNameWord(text: string, tokens: Token[], j: number, blocked: (i: number) => boolean): number {
  let k = j + 1;
  while (k < tokens.length) {
    const prev = tokens[k - 1]!;
    const tok = tokens[k]!;
    if (blocked(k) || text.slice(prev.end, tok.start).includes('\n')) return -1;
    // "Glasgow for COP26": a name with a number in it after a connector is a name of its own.
    if (isNameWord(tok)) return k > j + 1 && /\p{N}/u.test(tok.text) ? -1 : k;
    const elision = tok.text === "'" && /^[dl]$/i.test(prev.text);
    if (!elision && !(tok.word && CONNECTORS.has(tok.text))) return -1;
    if (k - j > 3) return -1;
    k += 1;
  }
  return -1;
}

/**
 * "Later Angela Merkel", "Addressing Ban Ki-moon": a sentence's first word glued to a name is an
 * opener when it is an adverb, is written in lowercase elsewhere, or the (two-word) name stands
 * alone elsewhere; never when it is a given name ("John Smith ... Smith").
 */
function isOpenerBeforeName(text: string, tokens: Token[], first: number, last: number, words: TextWords): boolean {
  const word = tokens[first]!.text;
  if (GIVEN_NAMES.has(word)) return false;
  if (/ly$/.test(word) || words.hasLowercase(word.toLowerCase())) return true;
  const rest = text.slice(tokens[first + 1]!.start, tokens[last]!.end);
  if (!/\s/.test(rest)) return false;
  return words.count(rest) > words.count(`${word} ${rest}`);
}

/**
 * Whole-text questions a sentence's first word asks, answered from one pass over the text: searching the whole
 * text again for every sentence grew with the square of its length.
 */
interface TextWords {
  /** Whether `lower` appears as a whole run of letters, written in lowercase. */
  hasLowercase(lower: string): boolean;
  /** How many times `s` occurs in the text (as String.split counts it). */
  count(s: string): number;
}

function indexWords(text: string): TextWords {
  let runs: Set<string> | undefined;
  const counts = new Map<string, number>();
  return {
    hasLowercase(lower) {
      // A run of letters is what the lookarounds (?<!\p{L}) … (?!\p{L}) delimit; words with a hyphen or digit are rare here.
      if (!/^\p{L}+$/u.test(lower)) return new RegExp(`(?<![\\p{L}])${lower}(?![\\p{L}])`, 'u').test(text);
      runs ??= new Set(text.match(/\p{L}+/gu) ?? []);
      return runs.has(lower);
    },
    count(s) {
      if (!counts.has(s)) counts.set(s, text.split(s).length - 1);
      return counts.get(s)!;
    },
  };
}

/** After a dash, a colon or an opening quote a capital opens a clause, as at a sentence start: "Paris, 4 mai – Le trafic". */
function opensClause(text: string, at: number): boolean {
  return /[–—:«“"(]\s*$/u.test(text.slice(Math.max(0, at - 3), at));
}

/**
 * Maximal runs of capitalised words (with name particles inside) outside the blocked tokens
 * (gazetteer hits and the like). A sentence's first word is dropped when it is a common word.
 */
export function findCapitalisedChunks(text: string, tokens: Token[], blocked: (i: number) => boolean, sentenceStarts: Set<number>): Chunk[] {
  const chunks: Chunk[] = [];
  const words = indexWords(text);
  let i = 0;
  while (i < tokens.length) {
    const startsSentence = sentenceStarts.has(i) || opensClause(text, tokens[i]!.start);
    if (blocked(i) || !isNameWord(tokens[i]) || isHonorific(tokens, i) || (startsSentence && isCommonWord(tokens[i]!.text))) {
      i += 1;
      continue;
    }
    let last = i;
    for (let k = nextNameWord(text, tokens, last, blocked); k !== -1; k = nextNameWord(text, tokens, last, blocked)) last = k;
    if (startsSentence && last > i && isOpenerBeforeName(text, tokens, i, last, words)) i += 1;
    const first = tokens[i]!;
    const end = tokens[last]!;
    chunks.push({ first: i, last, start: first.start, end: end.end, text: text.slice(first.start, end.end) });
    i = last + 1;
  }
  return chunks;
}
