import type { EntityType, Language } from '@/lib/model';
import type { NerMention } from '@/lib/nlp';
import { blankLineParts } from '@/lib/nlp/chunks';
import { ANY_TITLE, HONORIFICS, isCommonWord } from '../mentions/cues';
import { normaliseName } from '../slug';
import { isDemonym, leadingDemonym } from './evidence';
import { CAPITALISED_DETERMINER } from './sentence-start';
import generic from '../data/generic-words.json';
import { frenchPortfolioStarts, isPortfolio } from './portfolios';
import type { ModelMention } from './types';

/** CoreNLP's name types; MISC (nationalities, events, works) and the numeric types have no entity type here. */
const TYPES: Record<string, EntityType> = { PERSON: 'Person', ORGANIZATION: 'Organization', LOCATION: 'Location' };

const GENERIC: Record<Language, Set<string>> = { fr: new Set(generic.fr), en: new Set(generic.en) };
const HONORIFIC = [...HONORIFICS].map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
/** Leading titles and honorifics CoreNLP keeps inside names ("Président Macron", "Mr. Ban"), in any case. */
const LEADING_TITLE = new RegExp(`^(?:${ANY_TITLE}|${HONORIFIC})\\.?(?![\\p{L}-])\\s*`, 'iu');
/** Lowercase determiners only: "le Conseil" loses "le", but "Le Monde" and "The Hague" keep theirs. */
const LEADING_DETERMINER = /^(?:(?:the|le|la|les)\s+|l['’])/u;
/** A capitalised one before a lowercase word opens a sentence, not a name: "La ministre du Travail" is a title. */
const OPENING_DETERMINER = new RegExp(`^${CAPITALISED_DETERMINER}(?=\\p{Ll})`, 'u');
const TRAILING = /[\s,;:.'’-]+$/u;

/**
 * The model's name mentions as entity mentions: typed, trimmed of leading titles and determiners, and
 * without generic words ("Conseil", "Department"), sentence openers ("He"), lowercase and one-letter spans. A span
 * over a blank line is two names: CoreNLP reads a headline without a full stop on into the lead ("Spurs\n\nLiverpool").
 * A minister's portfolio is no name (portfolios.ts).
 */
export function toModelMentions(mentions: readonly NerMention[], text: string, language: Language): ModelMention[] {
  const portfolios = frenchPortfolioStarts(text);
  return mentions.flatMap((whole) => {
    const type = TYPES[whole.type];
    if (!type) return [];
    return blankLineParts(text, whole).flatMap((part) => {
      const mention = trimmed(text, part, type, language);
      // "le ministre des Transports", "Transport Secretary": a portfolio, no organisation nor place.
      return mention && !(type !== 'Person' && isPortfolio(text, mention, portfolios)) ? [mention] : [];
    });
  });
}

/** One span as a mention: its titles, determiners and nationality cut off; null when what is left is no name. */
function trimmed(text: string, span: { start: number; end: number }, type: EntityType, language: Language): ModelMention | null {
  let { start } = span;
  const lead = (from: number) => {
    const rest = text.slice(from, span.end);
    return LEADING_TITLE.exec(rest) ?? LEADING_DETERMINER.exec(rest) ?? OPENING_DETERMINER.exec(rest);
  };
  for (let found = lead(start); found; found = lead(start)) start += found[0].length;
  // "Norvégien Joachim Trier": the nationality is not part of the name.
  start += leadingDemonym(text.slice(start, span.end));
  const end = start + text.slice(start, span.end).replace(TRAILING, '').length;
  const name = text.slice(start, end);
  if (end - start < 2 || !/^\p{Lu}|^\p{N}/u.test(name) || GENERIC[language].has(normaliseName(name))) return null;
  // A lone sentence opener or pronoun ("He", "Cette") is no name.
  if (!/\s/u.test(name) && (isCommonWord(name) || isDemonym(name))) return null;
  return { start, end, text: name, type };
}
