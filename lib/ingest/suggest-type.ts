import { canonicalFor } from '@/lib/extract';
import { typeByHead } from '@/lib/extract/mentions/heads';
import { GIVEN_NAMES, HONORIFICS } from '@/lib/extract/mentions/cues';
import { searchEntities } from '@/lib/graph/search';
import { normaliseName } from '@/lib/extract';
import type { EntityType, Language } from '@/lib/model';
import cues from '@/graph-seed/selection-cues.json';

const ORGANIZATION_WORDS = new Set(cues.organizationWords);

export type TypeSuggestion = { type: EntityType; reason: string };

/**
 * A type for a name the user selected, from the extractor's own knowledge first: the gazetteer, then a stored
 * entity of exactly that name, then the head noun ("Ministère…", "… Summit"), then a given name or honorific
 * (a person), then an acronym (an organisation). Only a suggestion: the user can change it.
 */
export async function suggestEntityType(text: string, language: Language): Promise<TypeSuggestion> {
  const canonical = canonicalFor(text);
  if (canonical) return { type: canonical.type, reason: `the gazetteer knows “${canonical.name}”` };
  const key = normaliseName(text);
  const stored = (await searchEntities({ q: text, limit: 5 })).results.find((r) => normaliseName(r.name) === key || normaliseName(r.matched) === key);
  if (stored) return { type: stored.type, reason: `the graph has “${stored.name}”` };
  return suggestByRule(text, language);
}

/** The rule part of suggestEntityType: no lookups. */
export function suggestByRule(text: string, language: Language): TypeSuggestion {
  const words = text.split(/[\s'’-]+/u).filter(Boolean);
  const head = typeByHead(words, language);
  if (head) return { type: head, reason: 'its head noun' };
  const club = words.find((w) => ORGANIZATION_WORDS.has(w));
  if (club) return { type: 'Organization', reason: `“${club}” names a club or company` };
  const first = (words[0] ?? '').replace(/\.$/, '');
  if (GIVEN_NAMES.has(first) || HONORIFICS.has(first)) return { type: 'Person', reason: `“${first}” is a given name or title` };
  if (/^\p{Lu}{2,6}$/u.test(text.trim())) return { type: 'Organization', reason: 'an acronym' };
  if (words.length >= 2 && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return { type: 'Person', reason: 'two or more capitalised words' };
  return { type: 'Organization', reason: 'no cue; the most common type of a missed name' };
}
