import type { Language } from '@/lib/model';
import { matchGazetteer } from '../gazetteer/match';
import type { Gazetteer } from '../gazetteer/types';
import type { Sentence } from '../sentences';
import { firstTokenFrom, type Token } from '../tokens';
import { findAcronymDefinitions } from './acronyms';
import { findCapitalisedChunks } from './chunks';
import { classifyChunk, type ChunkContext } from './classify';
import { isTitleWord } from './cues';
import { addAcronymMentions } from './define-acronyms';
import { findDescriptiveDocuments } from './descriptive-documents';
import { extendNames } from './extend-names';
import { findDefiniteReferences } from './definite-references';
import { findDocumentNumbers, findQuotedTitles } from './numbered-documents';
import { findOfficeMentions } from './offices';
import { findTitles } from './titles';
import { overlapIndex, overlaps } from '../span-index';
import type { Mention } from './types';

export interface MentionInput {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  language: Language;
  gazetteer: Gazetteer;
}

/** Topics named inside a longer name ("... de lutte contre le terrorisme"): kept as inner mentions. */
function findInnerTopics(outer: Mention[], text: string, tokens: Token[], gazetteer: Gazetteer): Mention[] {
  return outer
    .filter((m) => m.type === 'Document' || m.type === 'Event')
    .flatMap((m) => {
      const from = firstTokenFrom(tokens, m.start);
      const inside = tokens.slice(from, firstTokenFrom(tokens, m.end)).filter((t) => t.end <= m.end);
      return matchGazetteer(gazetteer, text, inside, (e) => e.type === 'Topic').map((hit) => ({
        start: hit.start,
        end: hit.end,
        text: text.slice(hit.start, hit.end),
        type: 'Topic' as const,
        role: 'name' as const,
        id: hit.id,
        name: hit.name,
        entry: hit.entry,
        sure: true,
        inner: true,
      }));
    });
}

/** Adds documents (descriptive, quoted) that no gazetteer name overlaps; names wholly inside one become inner. */
function withContainingDocuments(mentions: Mention[], documents: Mention[]): Mention[] {
  const fresh = documents.filter((d) => !mentions.some((m) => overlaps(m, d) && !(m.start >= d.start && m.end <= d.end)));
  const inside = (m: Mention) => fresh.some((d) => m.start >= d.start && m.end <= d.end);
  return [...mentions.map((m) => (inside(m) ? { ...m, inner: true } : m)), ...fresh];
}

/** "in Cox's Bazar and Bhasan Char": an unsure name listed with a known place is a place too. */
function typeByCoordination(mentions: Mention[], text: string): Mention[] {
  const sorted = [...mentions].filter((m) => !m.inner).sort((a, b) => a.start - b.start);
  const position = new Map(sorted.map((m, k) => [m, k]));
  return mentions.map((m) => {
    if (m.sure || m.role !== 'name') return m;
    const k = position.get(m) ?? -1;
    const [prev, next] = [sorted[k - 1], sorted[k + 1]];
    const listed = (a: Mention | undefined, b: Mention | undefined) => !!a && !!b && /^\s*(?:,|and|et|or|ou)\s*$/u.test(text.slice(a.end, b.start));
    const place = (x: Mention | undefined) => x?.type === 'Location' && x.sure;
    return (place(prev) && listed(prev, m)) || (place(next) && listed(m, next)) ? { ...m, type: 'Location' as const } : m;
  });
}

/** Whether most words of a sentence are capitalised, as in an English headline. */
function isTitleCase(sentence: string): boolean {
  const words = sentence.match(/[\p{L}][\p{L}'-]*/gu) ?? [];
  const long = words.filter((w) => w.length > 3);
  // A headline has no final stop; a sentence full of names ("X, Regional Director for Asia, ...") does.
  if (/[.!?:;"]\s*$/u.test(sentence)) return false;
  return long.length >= 4 && long.filter((w) => /^\p{Lu}/u.test(w)).length / long.length > 0.7;
}

/** Whether the sentence at `at` is set in capitals (a headline), where "AU" or "US" are just words. */
function inCapitals(sentence: Sentence | undefined): boolean {
  const letters = (sentence?.text ?? '').replace(/[^\p{L}]/gu, '');
  return letters.length > 20 && letters.replace(/[^\p{Lu}]/gu, '').length / letters.length > 0.8;
}

/** The sentence holding `at`, by binary search (sentences are sorted and disjoint). */
function sentenceHolding(sentences: Sentence[], at: number): Sentence | undefined {
  let [lo, hi] = [0, sentences.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  const s = sentences[lo];
  return s && s.start <= at ? s : undefined;
}

/** A per-sentence test computed once per sentence, however many mentions ask (it reads the whole sentence). */
function perSentence(test: (s: Sentence | undefined) => boolean): (s: Sentence | undefined) => boolean {
  const seen = new Map<Sentence | undefined, boolean>();
  return (s) => {
    if (!seen.has(s)) seen.set(s, test(s));
    return seen.get(s)!;
  };
}

function firstWordIndices(tokens: Token[], sentences: Sentence[]): Set<number> {
  const starts = new Set<number>();
  for (const s of sentences) {
    let i = firstTokenFrom(tokens, s.start);
    while (i < tokens.length && tokens[i]!.start < s.end && !tokens[i]!.word) i += 1;
    if (i < tokens.length && tokens[i]!.start < s.end) starts.add(i);
  }
  return starts;
}

/**
 * A title that is not the one a person was introduced with: "Labour's deputy leader" is not "Reform UK leader Nigel
 * Farage", nor "the former president" the president. Such a title-only mention is left unread rather than given to him.
 */
const SOMEONE_ELSES_TITLE = /\b(?:deputy|vice|former|ex|acting|interim|adjointe?|ancien(?:ne)?|future?|intérim)[\s-]+$/iu;

/**
 * Every mention in the text, in order, none overlapping: gazetteer names first (they are sure),
 * then acronym definitions, numbered documents, job titles, and capitalised chunks typed by their cues.
 */
export function findMentions(input: MentionInput): { mentions: Mention[]; titles: ReturnType<typeof findTitles> } {
  const { text, tokens, sentences, language, gazetteer } = input;
  const capitals = perSentence(inCapitals);
  const titleCase = perSentence((s) => isTitleCase(s?.text ?? ''));
  let mentions: Mention[] = matchGazetteer(gazetteer, text, tokens)
    .filter((hit) => !(hit.viaAcronym && hit.end - hit.start <= 3 && capitals(sentenceHolding(sentences, hit.start))))
    .map((hit) => ({
      start: hit.start,
      end: hit.end,
      text: text.slice(hit.start, hit.end),
      type: hit.entry.type,
      role: 'name',
      id: hit.id,
      name: hit.name,
      entry: hit.entry,
      sure: true,
    }));
  mentions = withContainingDocuments(mentions, [...findDescriptiveDocuments(text), ...findQuotedTitles(text)]);
  mentions.push(...findInnerTopics(mentions, text, tokens, gazetteer));
  const definitions = findAcronymDefinitions(text, tokens, (t) => isTitleWord(t.text));
  mentions = addAcronymMentions(mentions, definitions, tokens, language);
  const overlapsMention = overlapIndex(mentions);
  mentions.push(...findDocumentNumbers(text).filter((m) => !overlapsMention(m)));
  const overlapsOuter = overlapIndex(mentions.filter((m) => !m.inner));
  const isFree = (start: number, end: number) => !overlapsOuter({ start, end });
  const titles = findTitles(text, isFree);
  const occupied = new Uint8Array(tokens.length);
  for (const span of [...mentions.filter((m) => !m.inner), ...titles]) {
    for (let i = firstTokenFrom(tokens, span.start); i < tokens.length && tokens[i]!.start < span.end; i += 1) occupied[i] = 1;
    const before = firstTokenFrom(tokens, span.start) - 1;
    if (before >= 0 && tokens[before]!.end > span.start) occupied[before] = 1;
  }
  const blocked = (i: number) => occupied[i] === 1;
  const chunks = findCapitalisedChunks(text, tokens, blocked, firstWordIndices(tokens, sentences));
  let sentenceAt = 0;
  for (const chunk of chunks) {
    while (sentenceAt + 1 < sentences.length && sentences[sentenceAt + 1]!.start <= chunk.start) sentenceAt += 1;
    const sentence = sentences[sentenceAt];
    const ctx: ChunkContext = { text, tokens, titles, language, sentenceStart: sentence?.start ?? 0, titleCase: titleCase(sentence) };
    const mention = classifyChunk(chunk, ctx);
    if (mention) mentions.push(mention);
  }
  const introducing = new Set(mentions.map((m) => m.titleStart));
  mentions = typeByCoordination(mentions, text);
  mentions = extendNames(mentions, tokens, text, language);
  mentions.push(
    ...findOfficeMentions(
      mentions.filter((m) => m.type === 'Person'),
      text,
      gazetteer,
    ),
  );
  const overlapsNamed = overlapIndex(mentions.filter((x) => !x.inner));
  mentions.push(...findDefiniteReferences(text).filter((m) => !overlapsNamed(m)));
  for (const title of titles.filter((t) => !introducing.has(t.start))) {
    mentions.push({ start: title.start, end: title.end, text: title.text, type: 'Person', role: 'title', sure: false });
  }
  // However it was found (a title alone, a capitalised chunk), a title after "former", "deputy" is someone else's.
  const ownTitle = (m: Mention) => m.role !== 'title' || m.office || !SOMEONE_ELSES_TITLE.test(text.slice(Math.max(0, m.start - 16), m.start));
  return { mentions: mentions.filter(ownTitle).sort((a, b) => a.start - b.start || b.end - a.end), titles };
}
