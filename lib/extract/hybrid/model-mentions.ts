import type { EntityType, Language } from '@/lib/model';
import type { NerMention } from '@/lib/nlp';
import { ANY_TITLE, HONORIFICS, isCommonWord } from '../mentions/cues';
import { normaliseName } from '../slug';
import { isDemonym, leadingDemonym } from './evidence';
import generic from '../data/generic-words.json';
import type { ModelMention } from './types';

/** CoreNLP's name types; MISC (nationalities, events, works) and the numeric types have no entity type here. */
const TYPES: Record<string, EntityType> = { PERSON: 'Person', ORGANIZATION: 'Organization', LOCATION: 'Location' };

const GENERIC: Record<Language, Set<string>> = { fr: new Set(generic.fr), en: new Set(generic.en) };
const HONORIFIC = [...HONORIFICS].map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
/** Leading titles and honorifics CoreNLP keeps inside names ("Président Macron", "Mr. Ban"), in any case. */
const LEADING_TITLE = new RegExp(`^(?:${ANY_TITLE}|${HONORIFIC})\\.?(?![\\p{L}-])\\s*`, 'iu');
/** Lowercase determiners only: "le Conseil" loses "le", but "Le Monde" and "The Hague" keep theirs. */
const LEADING_DETERMINER = /^(?:(?:the|le|la|les)\s+|l['’])/u;
/** A capitalised article, as a sentence's first word ("Le", "The", "L'"): a regex source other passes build on. */
export const CAPITALISED_DETERMINER = "(?:(?:The|Le|La|Les)\\s+|L['’])";
/** A capitalised one before a lowercase word opens a sentence, not a name: "La ministre du Travail" is a title. */
const OPENING_DETERMINER = new RegExp(`^${CAPITALISED_DETERMINER}(?=\\p{Ll})`, 'u');
const TRAILING = /[\s,;:.'’-]+$/u;

/**
 * The model's name mentions as entity mentions: typed, trimmed of leading titles and determiners, and
 * without generic words ("Conseil", "Department"), sentence openers ("He"), lowercase and one-letter spans.
 */
export function toModelMentions(mentions: readonly NerMention[], text: string, language: Language): ModelMention[] {
  const found: ModelMention[] = [];
  for (const m of mentions) {
    const type = TYPES[m.type];
    if (!type) continue;
    let { start } = m;
    for (let lead; (lead = LEADING_TITLE.exec(text.slice(start, m.end)) ?? LEADING_DETERMINER.exec(text.slice(start, m.end)) ?? OPENING_DETERMINER.exec(text.slice(start, m.end)));)
      start += lead[0].length;
    // "Norvégien Joachim Trier": the nationality is not part of the name.
    start += leadingDemonym(text.slice(start, m.end));
    const end = start + text.slice(start, m.end).replace(TRAILING, '').length;
    const name = text.slice(start, end);
    if (end - start < 2 || !/^\p{Lu}|^\p{N}/u.test(name) || GENERIC[language].has(normaliseName(name))) continue;
    // A lone sentence opener or pronoun ("He", "Cette") is no name.
    if (!/\s/u.test(name) && (isCommonWord(name) || isDemonym(name))) continue;
    found.push({ start, end, text: name, type });
  }
  return found;
}
