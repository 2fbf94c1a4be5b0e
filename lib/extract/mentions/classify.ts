import type { EntityType, Language } from '@/lib/model';
import type { Token } from '../tokens';
import type { Chunk } from './chunks';
import { ANY_TITLE, GIVEN_NAMES, GROUP_NOUNS, HONORIFICS, SPEECH_AFTER, SPEECH_BEFORE } from './cues';
import { typeByHead } from './heads';
import { linksTitleToName } from './titles';
import type { Mention, TitleSpan } from './types';

export interface ChunkContext {
  text: string;
  tokens: Token[];
  titles: TitleSpan[];
  language: Language;
  sentenceStart: number;
  /** A headline in Title Case, where capitals say nothing: only explicit cues count there. */
  titleCase: boolean;
}

const APPOSITIVE_TITLE = new RegExp(`^\\s*,\\s*(?:the\\s+|le\\s+|la\\s+|l'|an?\\s+)?(?:[\\p{Lu}][\\p{L}.-]*(?:'s)?\\s+){0,3}(?:${ANY_TITLE})(?![\\p{L}])`, 'u');
const PLACE_PREPOSITION = /(?:^|\s)(?:in|at|near|outside|across|à|près de|city of|ville de)\s+$/iu;

function hasHonorific(tokens: Token[], first: number): boolean {
  const prev = tokens[first - 1];
  if (!prev) return false;
  if (prev.text === '.') return HONORIFICS.has(tokens[first - 2]?.text ?? '');
  return HONORIFICS.has(prev.text) && prev.text !== 'M';
}

/** The title just before the chunk that introduces it ("Directeur exécutif de l'ONUDC, Yury Fedotov"). */
export function findIntroducingTitle(ctx: ChunkContext, start: number): TitleSpan | undefined {
  // Titles come sorted and disjoint: the last one ending by `start` is found by binary search, not a scan of all.
  let [lo, hi] = [0, ctx.titles.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.titles[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  let k = lo - 1;
  const inSentence = (i: number) => i >= 0 && ctx.titles[i]!.start >= ctx.sentenceStart;
  const nearest = inSentence(k) ? ctx.titles[k] : undefined;
  if (!nearest || !linksTitleToName(ctx.text.slice(nearest.end, start))) return undefined;
  // "Représentante spéciale du Secrétaire général, Mme X": X holds the outer title, not the inner one.
  while (inSentence(k - 1) && /^\s+(?:du|de la|de l'|des|of the|of|to the)\s+$/iu.test(ctx.text.slice(ctx.titles[k - 1]!.end, ctx.titles[k]!.start))) k -= 1;
  return ctx.titles[k];
}

function toMention(chunk: Chunk, type: EntityType | null, sure: boolean, role: Mention['role'] = 'name', title?: TitleSpan): Mention {
  return { start: chunk.start, end: chunk.end, text: chunk.text, type, role, sure, ...(title ? { title: title.text, titleStart: title.start } : {}) };
}

/**
 * Types a capitalised chunk from its head noun and its context. Person cues: an honorific, a title
 * before, a title in apposition after, a known given name, a speech verb. Single words without a cue
 * stay untyped ('bare') for coreference to resolve or drop.
 */
export function classifyChunk(chunk: Chunk, ctx: ChunkContext): Mention | null {
  const words = ctx.tokens
    .slice(chunk.first, chunk.last + 1)
    .filter((t) => t.word)
    .map((t) => t.text);
  const before = ctx.text.slice(Math.max(ctx.sentenceStart, chunk.start - 60), chunk.start);
  const after = ctx.text.slice(chunk.end, chunk.end + 80);
  const head = typeByHead(words, ctx.language);
  const title = findIntroducingTitle(ctx, chunk.start);
  const honorific = hasHonorific(ctx.tokens, chunk.first);
  const givenName = words.length >= 2 && GIVEN_NAMES.has(words[0]!);
  const personCue = honorific || !!title || givenName || APPOSITIVE_TITLE.test(after);
  const allNameWords = words.every((w) => /^\p{Lu}/u.test(w) || /^\p{Ll}{1,3}-\p{Lu}/u.test(w));

  // "Delegates welcomed…": a word for a group of people, capitalised only because it starts the sentence.
  if (words.length === 1 && !honorific && GROUP_NOUNS.has(words[0]!.toLowerCase())) return null;
  // A lone head noun ("le Conseil", "l'Office") names nothing new: coreference links it or drops it.
  if (head && !honorific && !givenName) return toMention(chunk, head, true, words.length === 1 ? 'bare' : 'name');
  if (personCue && words.length <= 5) return toMention(chunk, 'Person', true, words.length === 1 ? 'bare' : 'name', title);
  if ((SPEECH_BEFORE.test(before) || SPEECH_AFTER.test(after)) && words.length <= 4 && allNameWords) {
    return toMention(chunk, 'Person', true, words.length === 1 ? 'bare' : 'name');
  }
  if (ctx.titleCase) return words.length === 1 ? toMention(chunk, null, false, 'bare') : null;
  if (PLACE_PREPOSITION.test(before) && words.length <= 3) return toMention(chunk, 'Location', false);
  if (words.length === 1) return toMention(chunk, null, false, 'bare');
  if (words.length <= 4 && allNameWords) return toMention(chunk, 'Person', false);
  return null;
}
