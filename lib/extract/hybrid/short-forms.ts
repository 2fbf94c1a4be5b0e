import data from '../data/organisation-short-forms.json';
import { normaliseName, toEntityId } from '../slug';
import { lexiconTest } from '../relations/macros';
import { fromGazetteer } from './spans';
import type { HybridEntity } from './types';

const CANONICAL = new Map(data.names.flatMap(([canonical, ...short]) => short.map((s) => [normaliseName(s), canonical!] as const)));
const CLUB_WORDS = new Set(data.clubWords.flatMap((w) => normaliseName(w).split(' ')));
const PARTY_WORDS = new Set(data.partyWords.map(normaliseName));
const PARTY = lexiconTest('PARTY_NAME');

/** The words `longer` adds around `shorter`, when `shorter`'s words sit in it whole and in order; else null. */
function addedWords(shorter: string, longer: string): string[] | null {
  const [s, l] = [normaliseName(shorter).split(' '), normaliseName(longer).split(' ')];
  if (l.length <= s.length) return null;
  for (let at = 0; at + s.length <= l.length; at += 1) if (s.every((w, k) => l[at + k] === w)) return [...l.slice(0, at), ...l.slice(at + s.length)];
  return null;
}

/**
 * "PSG" and "Paris Saint-Germain", "Tottenham" and "Tottenham Hotspur", "Labour" and "Labour Party" in one article:
 * one organisation, under its full name, the other kept as an alias (organisation-short-forms.json). A listed short
 * form is its organisation's everywhere; a bare name joins the one organisation of the article whose full name adds
 * only club or party words to it, and none when two do ("Manchester" with City and United). The gazetteer's
 * entities keep their own names. Returns the entities under their new ids and the ids that changed.
 */
export function joinShortForms(entities: HybridEntity[]): { entities: HybridEntity[]; renamed: Map<string, string> } {
  const renamed = new Map<string, string>();
  const organisations = entities.filter((e) => e.type === 'Organization' && !fromGazetteer(e));
  const fullNameOf = (e: HybridEntity): string | undefined => {
    const listed = CANONICAL.get(normaliseName(e.name));
    if (listed) return listed;
    const longer = organisations.filter((o) => {
      const added = o !== e ? addedWords(e.name, o.name) : null;
      return !!added && (added.every((w) => CLUB_WORDS.has(w)) || (PARTY.test(o.name) && added.every((w) => PARTY_WORDS.has(w))));
    });
    return longer.length === 1 ? longer[0]!.name : undefined;
  };
  const joined = entities.map((e) => {
    if (e.type !== 'Organization' || fromGazetteer(e)) return e;
    const full = fullNameOf(e);
    if (!full || normaliseName(full) === normaliseName(e.name)) return e;
    const id = toEntityId('Organization', full);
    renamed.set(e.id, id);
    return { ...e, id, name: full, aliases: [...new Set([e.name, ...e.aliases])] };
  });
  return { entities: joined, renamed };
}
