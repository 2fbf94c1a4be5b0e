import { normaliseName, toEntityId } from '../slug';
import type { Token } from '../tokens';
import type { Gazetteer, GazetteerEntry } from './types';

export interface GazetteerHit {
  start: number;
  end: number;
  entry: GazetteerEntry;
  /** The id and name of this mention: an edition ("World Drug Report 2011") has its own. */
  id: string;
  name: string;
  viaAcronym: boolean;
}

const ORDINALS: Record<string, string> = {
  premier: 'First',
  premiere: 'First',
  '1er': 'First',
  '1re': 'First',
  first: 'First',
  second: 'Second',
  seconde: 'Second',
  deuxieme: 'Second',
  '2e': 'Second',
  '2nd': 'Second',
  troisieme: 'Third',
  '3e': 'Third',
  third: 'Third',
  '3rd': 'Third',
  quatrieme: 'Fourth',
  '4e': 'Fourth',
  fourth: 'Fourth',
  '4th': 'Fourth',
  cinquieme: 'Fifth',
  '5e': 'Fifth',
  fifth: 'Fifth',
  '5th': 'Fifth',
  sixieme: 'Sixth',
  sixth: 'Sixth',
  septieme: 'Seventh',
  seventh: 'Seventh',
  huitieme: 'Eighth',
  eighth: 'Eighth',
  neuvieme: 'Ninth',
  ninth: 'Ninth',
  dixieme: 'Tenth',
  tenth: 'Tenth',
};

function lookup(gaz: Gazetteer, text: string, tokens: Token[], keys: string[], i: number, j: number) {
  const first = tokens[i];
  const last = tokens[j];
  if (!first?.word || !last?.word) return null;
  const surface = text.slice(first.start, last.end);
  const acronym = i === j ? gaz.byAcronym.get(surface) : undefined;
  if (acronym) return { entry: acronym, viaAcronym: true };
  const entry = gaz.byName.get(
    keys
      .slice(i, j + 1)
      .filter(Boolean)
      .join(' '),
  );
  if (!entry) return null;
  // Proper names are written with a capital; only topics and descriptive documents may not be.
  if (!entry.lowercase && !/^\p{Lu}/u.test(surface)) return null;
  return { entry, viaAcronym: false };
}

/** Extends a hit to an edition: a year after a yearly report, an ordinal before a series of meetings. */
function toEdition(hit: GazetteerHit, tokens: Token[], i: number, j: number): GazetteerHit {
  const { entry } = hit;
  const next = tokens[j + 1];
  const prev = tokens[i - 1];
  if (entry.yearly && next && /^(?:19|20)\d\d$/.test(next.text)) {
    return { ...hit, end: next.end, name: `${entry.name} ${next.text}`, id: toEntityId(entry.type, `${entry.name} ${next.text}`) };
  }
  const ordinal = prev && ORDINALS[normaliseName(prev.text)];
  if (entry.series && ordinal) {
    return { ...hit, start: prev.start, name: `${ordinal} ${entry.name}`, id: toEntityId(entry.type, `${ordinal} ${entry.name}`) };
  }
  return hit;
}

/**
 * The token ends j ≥ i at which a gazetteer name could end: the words from i to j must be the start of some
 * name. Walking forward and stopping at the first miss costs a few set lookups per token, where trying every
 * window from the longest down cost dozens of string joins (the extractor's hottest spot in the profile).
 */
function candidateEnds(gaz: Gazetteer, tokens: Token[], keys: string[], i: number): number[] {
  const ends = [i]; // an acronym is one token, whatever the names
  let key = '';
  for (let j = i; j <= Math.min(tokens.length - 1, i + gaz.maxWords * 2); j += 1) {
    const word = keys[j];
    if (word) key = key ? `${key} ${word}` : word;
    if (key && !gaz.prefixes.has(key)) break;
    if (j > i) ends.push(j);
  }
  return ends;
}

/** Longest-first gazetteer matches over the tokens of a (normalised) text; hits never overlap. */
export function matchGazetteer(gaz: Gazetteer, text: string, tokens: Token[], accept: (e: GazetteerEntry) => boolean = () => true): GazetteerHit[] {
  const hits: GazetteerHit[] = [];
  const keys = tokens.map((t) => normaliseName(t.text));
  let i = 0;
  while (i < tokens.length) {
    let found: GazetteerHit | null = null;
    let foundEnd = i;
    const token = tokens[i]!;
    if (!gaz.byAcronym.has(token.text) && !gaz.firstWords.has(keys[i]!)) {
      i += 1;
      continue;
    }
    const ends = candidateEnds(gaz, tokens, keys, i);
    for (let e = ends.length - 1; e >= 0 && !found; e -= 1) {
      const j = ends[e]!;
      const m = lookup(gaz, text, tokens, keys, i, j);
      if (!m || !accept(m.entry)) continue;
      const base = { start: tokens[i]!.start, end: tokens[j]!.end, entry: m.entry, id: m.entry.id, name: m.entry.name, viaAcronym: m.viaAcronym };
      found = toEdition(base, tokens, i, j);
      foundEnd = found.end > base.end ? j + 1 : j;
    }
    if (found) {
      hits.push(found);
      i = foundEnd + 1;
    } else i += 1;
  }
  return hits;
}
