import type { Language } from '@/lib/model';

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/** Intl.Segmenter ends a sentence at every "M." or "Dr.": these abbreviations never end one in news. */
const TITLE_ABBREVIATION = /(?:^|[\s("])(?:M|MM|Mme|Mmes|Mlle|Mr|Mrs|Ms|Messrs|Dr|Pr|Prof|Me|Mgr|St|Ste|Gen|Gén|Col|Lt|Sgt|Capt|Sen|Rep|Gov|Amb|Jr|Sr|No|n°|vs|cf|art|p|ex|av|apr|env)\.$/;
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

function shouldJoin(previous: string, next: string): boolean {
  const tail = previous.trimEnd();
  if (/\n\s*$/.test(previous)) return false;
  if (TITLE_ABBREVIATION.test(tail) || INITIAL.test(tail)) return true;
  return DOTTED_ACRONYM.test(tail) && !SENTENCE_OPENERS.has(firstWord(next));
}

/** Splits (normalised) text into trimmed sentences with offsets; blank lines and headlines are their own sentences. */
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
    return [{ start: start + lead, end: start + lead + body.length, text: body }];
  });
}
