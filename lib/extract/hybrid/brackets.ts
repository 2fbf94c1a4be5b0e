import { isKnownPlace } from '../generic-names';
import type { ModelMention } from './types';

type Span = { start: number; end: number };

/**
 * "Jonas Vingegaard (Visma-Lease a Bike)", "Violette Spillebout (Renaissance)", "Sean Combs (Bad Boy Records)": a
 * name in brackets right after a person's is the person's team, party or employer, so an organisation, whatever the
 * model guessed (it reads sponsor-named teams as places or people). A place the gazetteer knows keeps its type:
 * "Jean Dupont (Lyon)" may name his town. Returns them as organisation mentions the merge treats like the model's.
 */
export function bracketedAfterPerson(text: string, people: Span[]): ModelMention[] {
  const ends = new Set(people.map((p) => p.end));
  const found: ModelMention[] = [];
  for (const m of text.matchAll(/\(\s*(\p{Lu}[^()\n]{0,58}?)\s*\)/gu)) {
    const before = text.slice(0, m.index).replace(/\s+$/u, '');
    if (!ends.has(before.length)) continue;
    const inner = m[1]!;
    if (isKnownPlace(inner)) continue;
    const start = m.index + m[0].indexOf(inner);
    found.push({ start, end: start + inner.length, text: inner, type: 'Organization', fromLexicon: true });
  }
  return found;
}
