import type { Language } from '@/lib/model';

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/** Intl.Segmenter ends a sentence at every "M." or "Dr.": these abbreviations never end one in news. */
const TITLE_ABBREVIATION =
  /(?:^|[\s("])(?:M|MM|Mme|Mmes|Mlle|Mr|Mrs|Ms|Messrs|Dr|Pr|Prof|Me|Mgr|St|Ste|Gen|Gén|Col|Lt|Sgt|Capt|Sen|Rep|Gov|Amb|Jr|Sr|No|n°|vs|cf|art|p|ex|av|apr|env)\.$/;
/** A single capital initial ("J. K. Rowling"). */
const INITIAL = /(?:^|[\s(])\p{Lu}\.$/u;
/** Dotted acronyms ("U.N.", "U.S.", "D.C.") end a sentence only when a typical sentence opener follows. */
const DOTTED_ACRONYM = /(?:^|[\s(])(?:\p{Lu}\.){2,}$/u;
const SENTENCE_OPENERS = new Set(
  'The A An He She It They We I This That These In On At But And However Meanwhile Le La Les Il Elle Ils Elles Un Une Ce Cette Selon Mais En Dans Pour'.split(' '),
);

function firstWord(s: string): string {
  return /^\s*["(«]?\s*(\p{L}+)/u.exec(s)?.[1] ?? '';
}

/**
 * Longest sentence the later stages see. Several of them (relation patterns, title and name context, co-mentions)
 * grow with the square of a sentence's length or of its mentions, so text without sentence breaks (a pasted table,
 * a page flattened to one line) is cut into pieces of at most this many characters, at a space where there is one.
 * The longest sentence of the fixture articles is 480 characters.
 */
export const MAX_SENTENCE_CHARS = 1_000;

/** What shouldJoin looks at: the end of a segment (an abbreviation, an initial, a dotted acronym) and never more. */
const TAIL_CHARS = 256;

function shouldJoin(segment: string, next: string): boolean {
  // The regexes below are anchored at the end, which V8 still tries from every start: on the tail they stay cheap
  // however long the segment grows.
  const previous = segment.length > TAIL_CHARS ? segment.slice(-TAIL_CHARS) : segment;
  const tail = previous.trimEnd();
  if (/\n\s*$/.test(previous)) return false;
  if (TITLE_ABBREVIATION.test(tail) || INITIAL.test(tail)) return true;
  return DOTTED_ACRONYM.test(tail) && !SENTENCE_OPENERS.has(firstWord(next));
}

/**
 * A wire dateline opening a paragraph: a place in capitals, maybe a date, maybe the agency, then a dash ("PARIS, 5 avril
 * 2025 (AFP) –", "LONDON, May 2, 2025 (Reuters) -", "GENEVA (AP) —"). It says where and who filed the story, not
 * who did what: the agency is no subject of the lead's verbs ("(AFP) – Le PSG … en battant Angers") and the place
 * and agency are not co-mentioned with the lead's names.
 */
const DATELINE = /^\p{Lu}[\p{Lu}\p{M}'’. -]{2,40}(?:\/\s*\p{Lu}[\p{Lu}\p{M}'’. -]{1,40})?(?:,[^\n()–—]{1,40}?)?\s*(?:\([^()\n]{2,40}\))?\s*[–—-]\s+(?=\S)/u;

/** The length of the dateline opening this text ("PARIS, 5 avril 2025 (AFP) – "), or 0. */
export function datelineLength(text: string): number {
  const match = DATELINE.exec(text);
  return match && /\p{Lu}{3}/u.test(match[0]) ? match[0].length : 0;
}

/** A sentence opened by a dateline as two: the dateline (without its dash) and the rest. */
export function splitDateline<T extends { start: number; end: number }>(text: string, sentence: T, make: (start: number, end: number) => T): T[] {
  const head = datelineLength(text.slice(sentence.start, sentence.end));
  if (head === 0) return [sentence];
  const dateline = text.slice(sentence.start, sentence.start + head).replace(/\s*[–—-]\s*$/u, '');
  return [make(sentence.start, sentence.start + dateline.length), make(sentence.start + head, sentence.end)];
}

/** Splits (normalised) text into trimmed sentences with offsets; blank lines, headlines and datelines are their own sentences. */
export function splitSentences(text: string, language: Language): Sentence[] {
  const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
  const raw: { start: number; end: number }[] = [];
  for (const seg of segmenter.segment(text)) {
    const end = seg.index + seg.segment.length;
    const last = raw[raw.length - 1];
    if (last && shouldJoin(text.slice(last.start, last.end), seg.segment)) last.end = end;
    else raw.push({ start: seg.index, end });
  }
  return raw.flatMap(({ start, end }) => {
    const slice = text.slice(start, end);
    const lead = slice.length - slice.trimStart().length;
    const body = slice.trim();
    if (body.length === 0) return [];
    const whole = { start: start + lead, end: start + lead + body.length, text: body };
    return splitDateline(text, whole, (from, to) => ({ start: from, end: to, text: text.slice(from, to) })).flatMap(capLength);
  });
}

/** A sentence longer than MAX_SENTENCE_CHARS as pieces of at most that length, cut at the last space before it. */
function capLength(sentence: Sentence): Sentence[] {
  if (sentence.text.length <= MAX_SENTENCE_CHARS) return [sentence];
  const pieces: Sentence[] = [];
  let at = 0;
  const { text } = sentence;
  while (at < text.length) {
    while (at < text.length && /\s/.test(text[at]!)) at += 1;
    if (at >= text.length) break;
    let end = Math.min(text.length, at + MAX_SENTENCE_CHARS);
    if (end < text.length) {
      const space = text.lastIndexOf(' ', end);
      if (space > at + MAX_SENTENCE_CHARS / 2) end = space;
    }
    const body = text.slice(at, end).trimEnd();
    pieces.push({ start: sentence.start + at, end: sentence.start + at + body.length, text: body });
    at = end;
  }
  return pieces;
}

/**
 * Where the last sentence break in `window` is: the index of its last ". ", "! ", "? " or line break, else -1.
 * Callers pass a bounded window before a match, never the whole text (a search per match would be quadratic).
 */
export function lastSentenceBreak(window: string): number {
  return Math.max(window.lastIndexOf('. '), window.lastIndexOf('! '), window.lastIndexOf('? '), window.lastIndexOf('\n'));
}
