import nouns from '../data/person-reference-nouns.json';
import type { Cluster } from '../coref';
import type { Mention } from '../mentions/types';
import { overlapIndex } from '../span-index';

const alternatives = (groups: string[]) =>
  groups
    .flatMap((g) => g.split('|'))
    .sort((a, b) => b.length - a.length)
    .map((a) => a.replace(/'/g, "['’]"))
    .join('|');

const HEADS = nouns.heads.map((group) => new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alternatives([group])})(?![\\p{L}\\p{N}-])`, 'iu'));
const HEADS_GLOBAL = HEADS.map((h) => new RegExp(h.source, 'giu'));
const ARTICLE = `(?:${alternatives(nouns.articles.filter((a) => !a.endsWith("'")))})\\s+|l['’]`;
const BEFORE = `(?:(?:${alternatives(nouns.before)})\\s+){0,2}`;
/** A French adjective after the role ("l'attaquant parisien", "le président sortant"), lowercase: matched without the i flag. */
const AFTER = new RegExp(`^\\s+(?:${alternatives(nouns.after)}|[a-zàâçéèêëîïôûùüÿœæ]+(?:ien|ienne|ais|aise|ois|oise|ain|aine|ol|ole|and|ande))(?![\\p{L}\\p{N}-])`, 'u');
const FRENCH_ARTICLE = /^(?:le|la|l['’])/iu;
/**
 * At a sentence's start, after an opening quote, a "But"/"Mais" and a fronted clause ending in a comma ("On
 * Tuesday, the minister said"): the article, up to two modifiers, the role (then a French adjective). What follows
 * must be a lowercase word, a comma or a possessive, not a capital (a name it introduces: "The striker Bukayo Saka")
 * nor the role's owner ("the minister of", "le ministre de", which other patterns read); "L'entraîneur parisien Luis
 * Enrique" introduces him too.
 */
/** Case-sensitive check of what follows (the reference's own pattern ignores case): a capital is a name it introduces. */
const NAME_AFTER = /^\s+\p{Lu}/u;
const REFERENCE = new RegExp(
  `^\\s*[«"“]?\\s*(?:(?:but|and|yet|mais|et|puis|then)\\s+)?(?:[^,.;:!?«»"“”\\n]{1,60},\\s+)?((?:${ARTICLE})${BEFORE}(?:${alternatives(nouns.heads)}))(?=(?:['’]s\\b|,|\\s+(?!(?:of|de|du|des|d['’]|at|for|chez)\\b)\\p{L}))`,
  'iu',
);

/**
 * The role's own group of variants, the one ending furthest right in the reference: "the German striker" is a striker,
 * "the 29-year-old striker" too (not a German, nor an age).
 */
function headOf(reference: string): RegExp | undefined {
  let best: { head: RegExp; end: number } | undefined;
  HEADS.forEach((head, k) => {
    for (const m of reference.matchAll(HEADS_GLOBAL[k]!)) if (!best || m.index + m[0].length > best.end) best = { head, end: m.index + m[0].length };
  });
  return best?.head;
}

/** Demonyms and ages: a role the sentence before cannot vouch for ("The French president" after Keir Starmer). */
const UNCHECKED = new RegExp(`(?:${alternatives(nouns.unchecked)})`, 'iu');

/**
 * With no introduction, the one person the sentence before names, unless the reference gives a nationality or an age
 * the article never gave them, or they were introduced with another role ("Mikel Arteta said… The striker joined…").
 */
function fallback(
  text: string,
  reference: string,
  head: RegExp | undefined,
  before: Set<Cluster> | undefined,
  people: [Mention, Cluster][],
  bounds: Map<Mention, Bounds>,
): Cluster | undefined {
  const person = onlyPerson(before);
  if (!person || UNCHECKED.test(reference)) return undefined;
  const windows = people.filter(([, c]) => c === person).map(([m]) => introduction(text, m, bounds));
  const otherRole = HEADS.some((h) => h !== head && windows.some((w) => h.test(w)));
  return otherRole ? undefined : person;
}

/**
 * "Bukayo Saka … The striker joined Arsenal in 2019", "Amélie Oudéa-Castéra, la ministre des Sports … La ministre
 * s'est rendue à Lyon": a sentence opening with a person's role reads, for the relation patterns only, as the person
 * the article introduced with that role (the latest, within a few words of one of their mentions, no other name
 * between), else as the one person the sentence just before names. A sentence before naming two people or none
 * leaves the reference unread: "Macron a reçu Olaf Scholz. Le chancelier…" is not guessed.
 */
export function findRoleReferences(text: string, sentences: { start: number; end: number }[], owners: Map<Mention, Cluster>, taken: Mention[] = []): Map<Mention, Cluster> {
  const all = [...owners.keys(), ...taken].sort((a, b) => a.start - b.start);
  const overlapsTaken = overlapIndex(all);
  const people = [...owners].filter(([, c]) => c.type === 'Person').sort((a, b) => a[0].start - b[0].start);
  const found = new Map<Mention, Cluster>();
  if (people.length === 0) return found;
  const bounds = neighbours(all, people, text.length);
  const named = namedIn(sentences, people);
  let k = 0;
  sentences.forEach((s, n) => {
    const m = REFERENCE.exec(text.slice(s.start, Math.min(s.end, s.start + 200)));
    if (!m) return;
    const start = s.start + m.index + m[0].length - m[1]!.length;
    const adjective = FRENCH_ARTICLE.test(m[1]!) ? (AFTER.exec(text.slice(start + m[1]!.length, start + m[1]!.length + 40))?.[0] ?? '') : '';
    const end = start + m[1]!.length + adjective.length;
    if (NAME_AFTER.test(text.slice(end, end + 40)) || !/^(?:['’]s\b|,|\s+\p{Ll})/u.test(text.slice(end, end + 3)) || overlapsTaken({ start, end })) return;
    while (k < people.length && people[k]![0].start < s.start) k += 1;
    const reference = text.slice(start, end);
    const head = headOf(reference);
    const antecedent = introducedAs(text, head, people, k, bounds) ?? fallback(text, reference, head, named[n - 1], people.slice(Math.max(0, k - MAX_CANDIDATES), k), bounds);
    if (antecedent) found.set({ start, end, text: reference, type: 'Person', role: 'bare', sure: false }, antecedent);
  });
  return found;
}

/** How far back an introduction is looked for, and how many of the people named there: a long text stays linear. */
const REACH = 5000;
const MAX_CANDIDATES = 30;

/** The words around a mention that may introduce it, up to the next or previous name and the sentence's end. */
function introduction(text: string, mention: Mention, bounds: Map<Mention, Bounds>): string {
  const { previousEnd, nextStart, nextPerson } = bounds.get(mention)!;
  const ahead = text.slice(Math.max(previousEnd, mention.start - 40), mention.start);
  // "Keir Starmer became Britain's prime minister", "X, the club's striker": an apposition or a copula may name other
  // things before the role, up to the next person; anything else stops at the next name ("X met France's president Y").
  const linked = COPULA.test(text.slice(mention.end, mention.end + 20));
  const after = text.slice(mention.end, Math.min(linked ? nextPerson : nextStart, mention.end + (linked ? 70 : 50)));
  // Only up to the sentence's end: "… Saka. The striker" must not introduce Saka as the next sentence's role.
  return `${ahead.split(/[.!?]\s/u).at(-1)!} ${after.split(/[.!?]\s/u)[0]!}`;
}

/** What links a name to its role after it: a comma, a bracket, "became", "is", "est devenu"… */
const COPULA = /^\s*(?:[,(]|(?:who\s+)?(?:became|becomes|is|was|has been|will be)\b|(?:qui\s+)?(?:est|était|sera|a été|devient|est devenue?|était devenue?)(?![\p{L}]))/iu;

/** The latest person with the role written within a few words of one of their mentions, no other mention between. */
function introducedAs(text: string, head: RegExp | undefined, people: [Mention, Cluster][], count: number, bounds: Map<Mention, Bounds>): Cluster | undefined {
  if (!head || count === 0) return undefined;
  const from = people[count - 1]![0].start - REACH;
  for (let k = count - 1; k >= 0 && k >= count - MAX_CANDIDATES && people[k]![0].start > from; k -= 1) {
    const [mention, cluster] = people[k]!;
    if (head.test(introduction(text, mention, bounds))) return cluster;
  }
  return undefined;
}

/** For each person's mention, where the mention before it ends and the one after it starts (one pass over all). */
interface Bounds {
  /** Where the mention before ends, the one after starts, and the next person's starts. */
  previousEnd: number;
  nextStart: number;
  nextPerson: number;
}

function neighbours(all: Mention[], people: [Mention, Cluster][], length: number): Map<Mention, Bounds> {
  const bounds = new Map<Mention, Bounds>();
  const index = new Map(all.map((m, k) => [m, k] as const));
  const isPerson = new Set(people.map(([m]) => m));
  for (const [mention] of people) {
    const k = index.get(mention)!;
    let previousEnd = 0;
    for (let j = k - 1; j >= 0 && j >= k - 5; j -= 1) previousEnd = Math.max(previousEnd, all[j]!.end <= mention.start ? all[j]!.end : 0);
    let [nextStart, nextPerson] = [length, length];
    for (let j = k + 1; j < all.length && j <= k + 20; j += 1) {
      const next = all[j]!;
      if (next.start < mention.end) continue;
      if (nextStart === length) nextStart = next.start;
      if (isPerson.has(next) || next.type === 'Person') {
        nextPerson = next.start;
        break;
      }
    }
    bounds.set(mention, { previousEnd, nextStart, nextPerson: Math.max(nextPerson, nextStart) });
  }
  return bounds;
}

/** The people each sentence names, in one pass over both (each sorted by start). */
function namedIn(sentences: { start: number; end: number }[], people: [Mention, Cluster][]): Set<Cluster>[] {
  let k = 0;
  return sentences.map((s) => {
    const named = new Set<Cluster>();
    while (k < people.length && people[k]![0].start < s.start) k += 1;
    for (let j = k; j < people.length && people[j]![0].start < s.end; j += 1) named.add(people[j]![1]);
    return named;
  });
}

const onlyPerson = (named: Set<Cluster> | undefined) => (named?.size === 1 ? [...named][0] : undefined);
