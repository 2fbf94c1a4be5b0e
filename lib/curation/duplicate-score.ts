import { normaliseName } from '@/lib/extract';
import forms from './name-forms.json';

/** What the duplicate finder knows about an entity: enough to compare names, nothing from its articles. */
export type NamedEntity = { id: string; name: string; type: string; aliases: string[]; articleCount: number };
export type PairScore = { score: number; reason: string };

const TITLES = new Set(forms.titles);
const SKIP = new Set(forms.initialsSkip);

/** Name words without titles: "M. Macron" and "Macron" compare equal, "Président Macron" too. */
export function nameTokens(name: string): string[] {
  const tokens = normaliseName(name).split(' ').filter(Boolean);
  const kept = tokens.filter((t) => !TITLES.has(t));
  return kept.length > 0 ? kept : tokens;
}

/** The initials of a name of two or more words, small words skipped: "Paris Saint-Germain" → "psg". */
export function initialsOf(tokens: string[]): string | null {
  const words = tokens.filter((t) => !SKIP.has(t));
  return words.length >= 2 ? words.map((w) => w[0]).join('') : null;
}

/** Levenshtein distance, two rows: names are short, this runs only on pairs that share a blocking key. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * How likely two names are one entity, and why, in words a curator can check. The strongest rule wins:
 * same name once normalised > acronym of the other > one name inside the other > a typo apart > shared words.
 */
export function scoreNames(a: string, b: string): PairScore | null {
  return scoreForms(toForm(a), toForm(b));
}

/** A name with its words worked out once: a listing compares each entity with many others. */
export type Form = { name: string; tokens: string[] };
export const toForm = (name: string): Form => ({ name, tokens: nameTokens(name) });

function scoreForms({ name: a, tokens: ta }: Form, { name: b, tokens: tb }: Form): PairScore | null {
  const [ja, jb] = [ta.join(' '), tb.join(' ')];
  if (ja === '' || jb === '') return null;
  if (ja === jb) return { score: 1, reason: `“${a}” and “${b}” are the same name once case, accents and titles are set aside` };
  const compact = (t: string[]) => t.join('');
  if (ta.length === 1 && initialsOf(tb) === compact(ta)) return { score: 0.85, reason: `“${a}” is the initials of “${b}”` };
  if (tb.length === 1 && initialsOf(ta) === compact(tb)) return { score: 0.85, reason: `“${b}” is the initials of “${a}”` };
  // "Resolution 2231" is not "Resolution 2232", nor "Apollo 11" "Apollo 13": different numbers, different things.
  const numbers = (t: string[]) => t.filter((x) => /\d/.test(x)).join(' ');
  if (numbers(ta) !== numbers(tb)) return null;
  const [short, long, shortName, longName] = ta.length <= tb.length ? [ta, tb, a, b] : [tb, ta, b, a];
  // Word for word, repeats counted: "old old group" is not inside "old outer group".
  const left = [...long];
  const inside = short.every((t) => {
    const i = left.indexOf(t);
    return i >= 0 && left.splice(i, 1).length === 1;
  });
  if (inside) return { score: 0.45 + 0.4 * (short.length / long.length), reason: `every word of “${shortName}” is in “${longName}”` };
  // The length gap bounds the distance from below, so most pairs skip the quadratic computation.
  const close = Math.abs(ja.length - jb.length) <= 0.2 * Math.max(ja.length, jb.length) && Math.min(ja.length, jb.length) >= 4;
  const distance = close ? editDistance(ja, jb) : Infinity;
  const similarity = 1 - distance / Math.max(ja.length, jb.length);
  if (similarity >= 0.8) {
    return { score: 0.9 * similarity, reason: `“${a}” and “${b}” differ by ${distance} letter${distance === 1 ? '' : 's'}` };
  }
  // Small words ("of", "de") are shared by unrelated names; only the words that carry meaning count.
  const [ma, mb] = [ta.filter((t) => !SKIP.has(t)), tb.filter((t) => !SKIP.has(t))];
  const shared = [...new Set(ma.filter((t) => mb.includes(t)))];
  const jaccard = shared.length / Math.max(1, new Set([...ma, ...mb]).size);
  if (jaccard >= 0.5) return { score: 0.5 * jaccard + 0.2, reason: `“${a}” and “${b}” share ${shared.map((t) => `“${t}”`).join(', ')}` };
  return null;
}

export const formsOf = (e: NamedEntity): Form[] => [e.name, ...e.aliases].map(toForm);

/** The best score over every pair of forms (names and aliases) of two entities. */
export function scorePair(a: Form[], b: Form[]): PairScore | null {
  let best: PairScore | null = null;
  for (const x of a) {
    for (const y of b) {
      const s = scoreForms(x, y);
      if (s && (!best || s.score > best.score)) best = s;
    }
  }
  return best;
}

/**
 * Keys that put possible duplicates in the same bucket, so only pairs within a bucket are compared (never
 * all n² pairs): each word of each form (`w:`) and its first 4 letters for typos (`p:`). A form's initials go
 * in an `x:` bucket that is only compared with the `w:` bucket of the same letters (an acronym), not within itself.
 */
export function blockingKeys(entity: NamedEntity, forms: Form[]): string[] {
  const keys = new Set<string>();
  for (const { tokens } of forms) {
    for (const t of tokens) if (t.length >= 2) keys.add(`w:${t}`);
    const initials = initialsOf(tokens);
    if (initials) keys.add(`x:${initials}`);
    const joined = tokens.join('');
    if (joined.length >= 4) keys.add(`p:${joined.slice(0, 4)}`);
  }
  return [...keys].map((k) => `${entity.type}|${k}`);
}
