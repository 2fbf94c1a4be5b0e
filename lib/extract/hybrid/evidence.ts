import type { EntityType } from '@/lib/model';
import peopleCues from '@/graph-seed/gazetteer/people-cues.json';
import cues from '../data/type-cues.json';
import { getGazetteer, nameKey } from '../gazetteer/load';
import { alternation } from '../mentions/cues';
import { normaliseName } from '../slug';
import { followedByClubCue, isMatchReport } from '../sport';
import { regionCountry } from '../relations/vocabulary';
import { isInsideSentence } from './sentence-start';
import type { ModelMention } from './types';

/**
 * Type evidence from word lists (lib/extract/data/type-cues.json), weighed above CoreNLP's guess and below the
 * gazetteer: a known agency, outlet, party or union; a company, club or body word at a name's end or start
 * ("Bad Boy Records", "Tudor Pro Cycling", "Parti socialiste"); a given name opening a name of 2-4 words.
 */
const GIVEN = new Set([...cues.givenNames, ...peopleCues.givenNames]);
const ORG_LAST = new Set(cues.orgLastWords);
const ORG_FIRST = new Set(cues.orgFirstWords);
const ORGANISATIONS = new Set(cues.organisations.map(normaliseName));
const VENUE_LAST = new Set(cues.venueLastWords);
const VENUE_FIRST = new Set(cues.venueFirstWords);
const EVENT_LAST = new Set(cues.eventLastWords);
const EVENT_FIRST = new Set(cues.eventFirstWords);
const EVENTS = new Set(cues.events.map(normaliseName));
const DOCUMENT_LAST = new Set(cues.documentLastWords);
const DOCUMENT_FIRST = new Set(cues.documentFirstWords);
const DEMONYMS = new Set(cues.demonyms);
/** Lowercase words a person's name may hold ("Ursula von der Leyen", "Lula da Silva"). */
const PARTICLES = new Set(['de', 'da', 'do', 'dos', 'du', 'des', 'del', 'della', 'di', 'van', 'von', 'der', 'den', 'le', 'la', 'bin', 'ben', 'al', 'el', 'y']);

const wordsOf = (name: string) => name.split(/\s+/u).filter(Boolean);

function isGazetteerPlace(name: string): boolean {
  return getGazetteer().byName.get(nameKey(name))?.type === 'Location';
}

/** A given name of the word lists ("Marine", "Jean-Pierre": its first part). */
export function isGivenName(word: string): boolean {
  return GIVEN.has(word) || GIVEN.has(word.split('-')[0]!);
}

export function isKnownOrganisation(name: string): boolean {
  return ORGANISATIONS.has(normaliseName(name));
}

function looksLikePerson(words: string[]): boolean {
  if (words.length < 2 || words.length > 4 || !GIVEN.has(words[0]!.split('-')[0]!)) return false;
  return words.every((w) => /^\p{Lu}/u.test(w) || PARTICLES.has(w)) && !ORG_LAST.has(words.at(-1)!);
}

/**
 * The type the word lists give a name, or null when they say nothing. Known names first, then the word at either
 * end: an organisation's ("… FC", "Parti …"), a venue's ("… Arena", "Stade …"), an event's ("… Cup", "Coupe …"),
 * then a given name opening a person's.
 */
export function evidenceType(name: string): EntityType | null {
  const words = wordsOf(name);
  if (words.length === 0) return null;
  if (isKnownOrganisation(name)) return 'Organization';
  if (EVENTS.has(normaliseName(name))) return 'Event';
  if (words.length < 2) return null;
  const [first, last] = [words[0]!, words.at(-1)!];
  if (ORG_LAST.has(last) || ORG_FIRST.has(first)) return 'Organization';
  if (VENUE_LAST.has(last) || VENUE_FIRST.has(first)) return 'Location';
  if (EVENT_LAST.has(last) || EVENT_FIRST.has(first) || EVENT_LAST.has(words.slice(-2).join(' '))) return 'Event';
  if (DOCUMENT_LAST.has(last) || DOCUMENT_FIRST.has(first)) return 'Document';
  return looksLikePerson(words) ? 'Person' : null;
}

/** "Belge", "Iraniens", "British": a nationality word, singular or plural, is no place nor any entity (annotation guide). */
export function isDemonym(name: string): boolean {
  if (/\s/u.test(name.trim())) return false;
  const word = name.trim();
  return DEMONYMS.has(word) || (/s$/u.test(word) && (DEMONYMS.has(word.slice(0, -1)) || DEMONYMS.has(word.replace(/nes$/u, 'n'))));
}

/** "Norvégien Joachim Trier": the length of a nationality word (and its space) glued before a capitalised name. */
export function leadingDemonym(name: string): number {
  const match = /^(\p{Lu}[\p{L}-]*)\s+(?=\p{Lu})/u.exec(name);
  return match && DEMONYMS.has(match[1]!) ? match[0].length : 0;
}

/**
 * "OM Nayef Aguerd", "Renaissance Violette Spillebout", read by the model as one name: a club acronym or a known
 * party glued before a person's name (a given name then a surname) is two mentions, the organisation and the person.
 */
export function splitLeadingOrganisations(model: ModelMention[]): ModelMention[] {
  return model.flatMap((m) => splitOne(m) ?? [m]);
}

/**
 * The same cuts in the rules' glued names the model did not read ("Renaissance Violette Spillebout", "Allemand
 * Florian Lipowitz"), as mentions the merge then treats like the model's: the person's span wins, the party joins.
 */
export function lexiconMentions(spans: { start: number; end: number; text: string }[]): ModelMention[] {
  return spans.flatMap((span) => {
    const demonym = leadingDemonym(span.text);
    const rest = span.text.slice(demonym);
    if (demonym > 0 && looksLikePerson(wordsOf(rest))) return [{ start: span.start + demonym, end: span.end, text: rest, type: 'Person' as const, fromLexicon: true as const }];
    return (splitOne({ ...span, type: 'Person' }) ?? []).map((m) => ({ ...m, fromLexicon: true as const }));
  });
}

/** "RN de la Somme": a known organisation, then "de" and a place (group 2). */
const ORG_OF_PLACE = /^(\S+(?:\s\S+)?)\s+(?:de la|de l['’]|du|des|de|d['’]|of)\s*(\p{Lu}[\p{L}'’ -]*)$/u;

/** "Parti socialiste d'Olivier Faure", "PSG de Luis Enrique": an organisation, then "de" and a person (group 2). */
const ORG_OF_PERSON = /^(.+?)\s+(?:de|du|d['’])\s*(\p{Lu}[\p{L}'’ -]*)$/u;

function splitOne(m: ModelMention): ModelMention[] | null {
  // The party or club of its leader, read by the model as one name: the head is a known organisation or an
  // acronym, the rest a given name and a surname ("Fondation Charles de Gaulle" has no given name after its "de").
  const ofPerson = m.type === 'Person' ? null : ORG_OF_PERSON.exec(m.text);
  if (ofPerson && (isKnownOrganisation(ofPerson[1]!) || /^\p{Lu}{2,5}$/u.test(ofPerson[1]!)) && looksLikePerson(wordsOf(ofPerson[2]!))) {
    const personStart = m.end - ofPerson[2]!.length;
    return [
      { start: m.start, end: m.start + ofPerson[1]!.length, text: ofPerson[1]!, type: 'Organization' },
      { start: personStart, end: m.end, text: ofPerson[2]!, type: 'Person' },
    ];
  }
  // "Jean-Philippe Tanguy, député RN de la Somme": the party of the place's member, and the place.
  const ofPlace = ORG_OF_PLACE.exec(m.text);
  if (ofPlace && isKnownOrganisation(ofPlace[1]!) && (isGazetteerPlace(ofPlace[2]!) || regionCountry(ofPlace[2]!))) {
    const placeStart = m.end - ofPlace[2]!.length;
    return [
      { start: m.start, end: m.start + ofPlace[1]!.length, text: ofPlace[1]!, type: 'Organization' },
      { start: placeStart, end: m.end, text: ofPlace[2]!, type: 'Location' },
    ];
  }
  const words = wordsOf(m.text);
  for (const take of [2, 1]) {
    if (words.length < take + 2) continue;
    const head = words.slice(0, take).join(' ');
    const acronym = take === 1 && /^\p{Lu}{2,5}$/u.test(head);
    if (!acronym && !isKnownOrganisation(head)) continue;
    const rest = words.slice(take);
    if (!looksLikePerson(rest)) continue;
    const restStart = m.start + m.text.indexOf(rest[0]!, head.length);
    return [
      { start: m.start, end: m.start + head.length, text: head, type: 'Organization' },
      { start: restStart, end: m.end, text: m.text.slice(restStart - m.start), type: 'Person' },
    ];
  }
  return null;
}

const PLACE_NAMED = new Set(cues.placeNamedOrganisations);
/**
 * One-word known organisations that are neither a place (the gazetteer's, or a town: "Chelsea") nor a given name
 * ("Marianne"), as one pattern: longest first, so a listed name wins over a shorter one it starts with, each ending a
 * word; built on first use, as the place check waits for the gazetteer. A match's start is checked in code: a
 * look-behind opening the pattern runs at every character and made the scan three times slower.
 */
let oneWordScan: RegExp | undefined;
const ONE_WORD_SCAN = () =>
  (oneWordScan ??= new RegExp(
    `(?:${alternation(cues.organisations.filter((n) => !/\s/u.test(n) && !GIVEN.has(n) && !PLACE_NAMED.has(n) && !isGazetteerPlace(n)))})(?![\\p{L}\\p{N}])`,
    'gu',
  ));
/** "AFP", "TF1", "CNews": three characters or more, a capital and then another capital or a digit. */
const isAcronymLike = (name: string) => name.length >= 3 && /\p{Lu}.*[\p{Lu}\d]/u.test(name);

/** "Stade Toulousain" is written "Stade toulousain" too: French often puts a club's town adjective in lowercase. */
const CLUB_DEMONYMS = new Set(Object.keys(cues.clubDemonyms));
const lowercaseDemonym = (name: string): string[] => {
  const words = wordsOf(name);
  const last = words.at(-1)!.toLowerCase();
  return words.length === 2 && CLUB_DEMONYMS.has(last) && words[1] !== last ? [`${words[0]} ${last}`] : [];
};

const MULTIWORD_NAMES = [
  ...cues.organisations.filter((n) => /\s/u.test(n)).flatMap((n) => [n, ...lowercaseDemonym(n)].map((name) => ({ name, type: 'Organization' as const }))),
  ...cues.events.filter((n) => /\s/u.test(n)).map((name) => ({ name, type: 'Event' as const })),
].sort((a, b) => b.name.length - a.name.length);

/**
 * Known organisations and events of several words wherever the text names them ("le Paris Saint-Germain", which
 * the model reads as two places; "le Tour de France"), as mentions the merge treats like the model's: the wider
 * name wins over "Paris" or "France". Known one-word organisations too, where the model may read nothing ("the
 * Conservatives lose ground"): an acronym-like name of three characters or more ("AFP", "TF1", "CNews") anywhere,
 * any other only inside a sentence ("Labour costs rose" opens one) and never a place or a given name ("Chelsea").
 */
/** "Le Parisien" as "du Parisien" / "au Parisien", "Les Échos" as "des Échos" / "aux Échos". */
const CONTRACTED_NAMES = cues.organisations.flatMap((name) => {
  const article = /^(Le|Les) (?=\p{Lu})/u.exec(name);
  if (!article) return [];
  return [{ name, rest: name.slice(article[0].length), contracted: article[1] === 'Le' ? /(?:^|[\s'’])(?:du|au)\s+$/u : /(?:^|[\s'’])(?:des|aux)\s+$/u }];
});

const NUMBERED_EVENT = /(?<![\p{L}\p{N}])COP\s?\d{1,2}(?![\p{L}\p{N}])/gu;

export function lexiconNameMentions(text: string): ModelMention[] {
  const found: ModelMention[] = [];
  const taken = (at: number, end: number) => found.some((m) => m.start < end && m.end > at);
  for (const { name, type } of MULTIWORD_NAMES) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (!isWholeWord(text, at, end) || taken(at, end)) continue;
      found.push({ start: at, end, text: name, type, fromLexicon: true });
    }
  }
  // "propriétaire du Parisien", "a déclaré au Monde": French contracts the article of "Le Parisien" into "du"/"au".
  for (const { name, rest, contracted } of CONTRACTED_NAMES) {
    for (let at = text.indexOf(rest); at >= 0; at = text.indexOf(rest, at + 1)) {
      const end = at + rest.length;
      if (!isWholeWord(text, at, end) || taken(at, end) || !contracted.test(text.slice(Math.max(0, at - 5), at))) continue;
      found.push({ start: at, end, text: name, type: 'Organization', fromLexicon: true });
    }
  }
  // "COP26", "la COP 28": each UN climate conference is an event of its own.
  for (const m of text.matchAll(NUMBERED_EVENT))
    if (!taken(m.index, m.index + m[0].length)) found.push({ start: m.index, end: m.index + m[0].length, text: m[0], type: 'Event', fromLexicon: true });
  // One pass over the text for every one-word name. A match turned down does not hide another starting inside it.
  const oneWord = ONE_WORD_SCAN();
  oneWord.lastIndex = 0;
  for (let match = oneWord.exec(text); match; match = oneWord.exec(text)) {
    const at = match.index;
    // "SUD-Rail", "FO-Cheminots", "CFE-CGC": a known organisation's federation or alliance is one name, all of it.
    const name = match[0] + (/^(?:-\p{Lu}[\p{L}\p{N}]*)+/u.exec(text.slice(at + match[0].length, at + match[0].length + 60))?.[0] ?? '');
    const end = at + name.length;
    // At a sentence start, only as the subject of what a side or a party does ("Labour won", "Reform UK are").
    const placed = isAcronymLike(match[0]) || isInsideSentence(text, at) || followedByClubCue(text.slice(end, end + 40));
    if (!isWholeWord(text, at, end) || taken(at, end) || !placed) oneWord.lastIndex = at + 1;
    else found.push({ start: at, end, text: name, type: 'Organization', fromLexicon: true });
  }
  // Clubs named like places ("Arsenal", "Chelsea"), in a match report only, as a side: "Arsenal beat Chelsea 2-0".
  if (isMatchReport(text)) {
    for (const name of PLACE_NAMED) {
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        const end = at + name.length;
        if (isWholeWord(text, at, end) && !taken(at, end) && followedByClubCue(text.slice(end, end + 40)))
          found.push({ start: at, end, text: name, type: 'Organization', fromLexicon: true });
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Not part of a longer word, nor of a hyphenated name ("FO" in "FO-Cheminots", "SUD" in "SUD-Rail"). */
function isWholeWord(text: string, at: number, end: number): boolean {
  const [before, after] = [text[at - 1] ?? '', text[end] ?? ''];
  if (WORD_CHAR.test(before) || WORD_CHAR.test(after)) return false;
  if (before === '-' && WORD_CHAR.test(text[at - 2] ?? '')) return false;
  return !(after === '-' && WORD_CHAR.test(text[end + 1] ?? ''));
}
