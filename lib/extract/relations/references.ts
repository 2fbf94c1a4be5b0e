import phrases from '../data/reference-nouns.json';
import type { Cluster } from '../coref';
import type { Mention } from '../mentions/types';
import { lastSentenceBreak } from '../sentences';
import { lexiconTest } from './macros';

type Kind = Exclude<keyof typeof phrases, '$comment'>;

const PARTY = lexiconTest('PARTY_NAME');
const COURT = lexiconTest('COURT_NAME');
const KINDS = Object.keys(phrases).filter((k): k is Kind => !k.startsWith('$'));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]");
/** "le groupe" is also written "du groupe", "au groupe" ("le PDG du groupe, Patrick Pouyanné"): the noun alone is then the reference. */
const CONTRACTED = /^(?:du|au)\s+/iu;
const withContractions = (phrase: string) => (/^le\s/iu.test(phrase) ? [phrase, phrase.replace(/^le\s/iu, 'du '), phrase.replace(/^le\s/iu, 'au ')] : [phrase]);
/** Longest phrase first, so "la formation politique" wins over a shorter one; whole words only (letters, not \b). */
const REFERENCE = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])(${KINDS.flatMap((k) => phrases[k].flatMap(withContractions))
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})(?![\\p{L}\\p{N}-])`,
  'giu',
);
const KIND_OF = new Map(KINDS.flatMap((k) => phrases[k].flatMap(withContractions).map((p) => [p.toLowerCase(), k] as const)));
/** "the club", "l'équipe" mean a side, never the league or federation it plays in ("the Premier League", "la FFF"). */
const SIDE_NOUN = /(?:club|team|équipe)$/iu;
const LEAGUE = /\b(?:League|Ligue|Liga|Serie|Bundesliga|Eredivisie|Federation|Fédération|Association|UEFA|FIFA|FFF|LFP|Top 14|NBA|NFL|WNBA|MLS)\b/u;

function fits(kind: Kind, c: Cluster, phrase: string): boolean {
  if (c.type !== 'Organization') return false;
  if (SIDE_NOUN.test(phrase) && LEAGUE.test(c.name)) return false;
  const party = PARTY.test(c.name);
  const court = COURT.test(c.name);
  if (kind === 'party') return party;
  if (kind === 'court') return court;
  return !party && !court && (kind !== 'company' || !c.entry);
}

/**
 * "Under its chief executive Andy Jassy, Amazon cut jobs": "its" in a phrase put before the sentence's subject points
 * forward, to the organisation that opens the clause after the comma, not back to the last one named.
 */
function fronted(text: string, phrase: string, end: number, named: [Mention, Cluster][]): Cluster | undefined {
  if (!/^(?:its|their)$/iu.test(phrase)) return undefined;
  // Fronted: no organisation named in the sentence before it ("Shell cut its forecast, BP said" is Shell's).
  const start = end - phrase.length;
  const sentenceStart =
    start -
    (text
      .slice(Math.max(0, start - 300), start)
      .split(/[.!?]\s/u)
      .at(-1)?.length ?? 0);
  if (named.some(([mention]) => mention.start >= sentenceStart && mention.start < start)) return undefined;
  const rest = text.slice(end, end + 200);
  const comma = /^[^.;:!?,]*,\s*(?:the\s+)?/iu.exec(rest);
  if (!comma) return undefined;
  const at = end + comma[0].length;
  return named.find(([mention]) => mention.start === at)?.[1];
}

/**
 * "The company's chief executive, Jane Doe", "le club, entraîné par Luis Enrique": each definite reference of
 * reference-nouns.json as a mention of the organisation of its kind named last before it, for the relation
 * patterns only (the caller keeps them out of co-mentions, aliases and the entity's own mentions). A reference
 * inside a name ("the Labour party" holds no "the party", but "le parti socialiste" does) is no reference.
 */
export function findReferences(text: string, owners: Map<Mention, Cluster>): Map<Mention, Cluster> {
  const named = [...owners].filter(([, c]) => c.type === 'Organization').sort((a, b) => a[0].start - b[0].start);
  const byStart = [...owners.keys()].sort((a, b) => a.start - b.start);
  let widest = 0;
  const sorted = { starts: byStart.map((m) => m.start), maxEnds: byStart.map((m) => (widest = Math.max(widest, m.end))) };
  const found = new Map<Mention, Cluster>();
  if (named.length === 0) return found;
  REFERENCE.lastIndex = 0;
  for (let m = REFERENCE.exec(text); m; m = REFERENCE.exec(text)) {
    const [start, end] = [m.index, m.index + m[0].length];
    if (overlapsAny(sorted, start, end)) continue;
    // A capitalised word after it makes it part of a name: "le Groupe Renault", "la Cour des comptes".
    if (/^\s*\p{Lu}/u.test(text.slice(end, end + 3)) && !/^its$/iu.test(m[0])) continue;
    // "le groupe pharmaceutique Sanofi", "the US company Nvidia": the phrase introduces the name that follows.
    const next = named.find(([x]) => x.start >= end);
    if (next && /^\s+(?:[\p{L}-]+\s+){0,2}$/u.test(text.slice(end, next[0].start))) continue;
    const kind = KIND_OF.get(m[0].toLowerCase().replace('’', "'"))!;
    const fitting = named.filter(([mention, cluster]) => mention.start < start && fits(kind, cluster, m![0]));
    const antecedent = fronted(text, m[0], end, named) ?? introducedAs(text, m[0], fitting) ?? (SIDE_NOUN.test(m[0]) ? sideOf(text, fitting) : fitting.at(-1)?.[1]);
    // "du groupe": the patterns read "le PDG du ⟦groupe⟧" like "le PDG du ⟦Sanofi⟧", so the noun alone is the mention.
    const cut = CONTRACTED.exec(m[0])?.[0].length ?? 0;
    if (antecedent) found.set({ start: start + cut, end, text: m[0].slice(cut), type: 'Organization', role: 'bare', sure: false }, antecedent);
  }
  return found;
}

/**
 * "Arsenal beat Chelsea 2-0. The club's captain, Martin Odegaard, …": where the last sentence naming sides names
 * two, "the club" is the first of them, the one the report is about (its subject), not the one named last.
 */
function sideOf(text: string, fitting: [Mention, Cluster][]): Cluster | undefined {
  const last = fitting.at(-1);
  if (!last) return undefined;
  // A sentence is looked for in the 300 characters before only: a search back through the whole text at every
  // reference made a long one-line text quadratic.
  const from = Math.max(0, last[0].start - 300);
  const before = text.slice(from, last[0].start);
  const sentenceStart = from + lastSentenceBreak(before);
  return fitting.find(([mention]) => mention.start > sentenceStart)?.[1] ?? last[1];
}

/** Up to two words between a head noun and the name it introduces, none a preposition ("une biotech cotée au Nasdaq"). */
const ADJECTIVES = '(?:(?!(?:au|aux|à|de|du|des|d|of|in|at|on|for|par|by|sur|en|dans|with|avec)\\s)[\\p{L}-]+\\s+){0,2}';

/** Whether a mention overlaps the span: binary search for the mentions starting before `end`, then their widest end. */
function overlapsAny(sorted: { starts: number[]; maxEnds: number[] }, start: number, end: number): boolean {
  let [lo, hi] = [0, sorted.starts.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted.starts[mid]! < end) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && sorted.maxEnds[lo - 1]! > start;
}

/** Letters of the reference's head noun: "biotech" of "la biotech", "company" of "the company". */
const headOf = (reference: string) =>
  reference
    .split(/[\s'’]+/u)
    .at(-1)!
    .toLowerCase();

/**
 * The organisation the article introduced with the reference's head noun: "Blueprint Medicines, une biotech
 * cotée au Nasdaq" makes a later "la biotech" Blueprint, even when Sanofi was named since. The head noun must sit
 * within a few words of one of the organisation's earlier mentions; the latest such introduction wins.
 */
function introducedAs(text: string, reference: string, fitting: [Mention, Cluster][]): Cluster | undefined {
  const head = headOf(reference);
  if (head === 'its' || fitting.length === 0) return undefined;
  const { after, before } = introductionTests(head);
  // Latest first: the first introduction found is the one that wins.
  for (let k = fitting.length - 1; k >= 0; k -= 1) {
    const [mention, cluster] = fitting[k]!;
    if (after.test(text.slice(mention.end, mention.end + 40).toLowerCase()) || before.test(text.slice(Math.max(0, mention.start - 40), mention.start).toLowerCase()))
      return cluster;
  }
  return undefined;
}

/** Compiled once per head noun: an article asks for the same few heads for every reference. */
const TESTS = new Map<string, { after: RegExp; before: RegExp }>();
function introductionTests(head: string): { after: RegExp; before: RegExp } {
  let tests = TESTS.get(head);
  if (!tests) {
    tests = {
      after: new RegExp(`^[\\s,(]+(?:(?:an?|the|une?|la|le|l'|’)\\s*)?${head}(?![\\p{L}])`, 'u'),
      before: new RegExp(`(?<![\\p{L}])${head}\\s+${ADJECTIVES}$`, 'u'),
    };
    TESTS.set(head, tests);
  }
  return tests;
}

const PRONOUN = /^\s*[«"“]?\s*(He|She|Il|Elle)(?=\s)/u;

/**
 * "She joined Harlow Systems in 2019.": a sentence opening with he, she, il or elle continues about the person the
 * nearest earlier sentence naming someone named first (its subject, as news writes it). For the patterns only, like
 * the organisation references; a sentence naming no one before leaves the pronoun unread.
 */
export function findPronouns(text: string, sentences: { start: number; end: number }[], owners: Map<Mention, Cluster>): Map<Mention, Cluster> {
  const people = [...owners].filter(([, c]) => c.type === 'Person').sort((a, b) => a[0].start - b[0].start);
  const found = new Map<Mention, Cluster>();
  let subject: Cluster | undefined;
  let k = 0;
  for (const s of sentences) {
    const m = PRONOUN.exec(text.slice(s.start, s.end));
    if (m && subject) {
      const start = s.start + m.index + m[0].length - m[1]!.length;
      found.set({ start, end: start + m[1]!.length, text: m[1]!, type: 'Person', role: 'bare', sure: false }, subject);
    }
    while (k < people.length && people[k]![0].start < s.start) k += 1;
    const first = k < people.length && people[k]![0].start < s.end ? people[k]![1] : undefined;
    if (first) subject = first;
  }
  return found;
}
