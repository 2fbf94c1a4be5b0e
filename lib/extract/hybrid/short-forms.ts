import data from '../data/organisation-short-forms.json';
import { getGazetteer, nameKey } from '../gazetteer/load';
import { lexiconTest } from '../relations/macros';
import { normaliseName, toEntityId } from '../slug';
import { fromGazetteer } from './spans';
import type { HybridEntity } from './types';

const words = (name: string) => normaliseName(name).split(' ').filter(Boolean);
const wordSet = (list: string[]) => new Set(list.flatMap(words));
const CANONICAL = new Map(data.names.flatMap(([canonical, ...short]) => short.map((s) => [normaliseName(s), canonical!] as const)));
const CLUB_WORDS = wordSet(data.clubWords);
const COMPANY_WORDS = wordSet(data.companyWords);
const PARTY_WORDS = wordSet(data.partyWords);
const VENUE_WORDS = wordSet(data.venueWords);
const ARTICLES = new Set(data.articles);
const OTHER_SIDES = wordSet(data.otherSides);
const SAME = new Map(data.sameInArticle.flatMap((group, k) => group.map((n) => [normaliseName(n), k] as const)));
const PARTY = lexiconTest('PARTY_NAME');

/** The words `longer` adds around `shorter`, when `shorter`'s words sit in it whole and in order; else null. */
function addedWords(shorter: string, longer: string): string[] | null {
  const [s, l] = [words(shorter), words(longer)];
  if (l.length <= s.length) return null;
  for (let at = 0; at + s.length <= l.length; at += 1) if (s.every((w, k) => l[at + k] === w)) return [...l.slice(0, at), ...l.slice(at + s.length)];
  return null;
}

/** The name without a leading article: "La France insoumise" → "france insoumise". */
const withoutArticle = (name: string) => {
  const ws = words(name);
  return ws.length > 1 && ARTICLES.has(ws[0]!) ? ws.slice(1).join(' ') : ws.join(' ');
};

/** A known place's name ("Milan", "Madrid"): what a club's name may add to its short form in a sport article. */
const isPlace = (ws: string[]) => ws.length > 0 && getGazetteer().byName.get(nameKey(ws.join(' ')))?.type === 'Location';

/** The other entity of the article that is `e` under a fuller name, when exactly one is. */
function fullerOf(e: HybridEntity, all: HybridEntity[], sport: boolean): HybridEntity | undefined {
  const others = all.filter((o) => o !== e && o.type === e.type);
  const one = (found: HybridEntity[]) => (found.length === 1 ? found[0] : undefined);
  // "France insoumise" and "La France insoumise": the one with its article.
  const bare = withoutArticle(e.name);
  const articled = one(others.filter((o) => withoutArticle(o.name) === bare && words(o.name).length > words(e.name).length));
  if (articled) return articled;
  if (e.type === 'Person') {
    // "Van Aert" and "Wout van Aert": the one person whose full name ends in these words.
    const ws = words(e.name);
    return one(others.filter((o) => words(o.name).length > ws.length && words(o.name).slice(-ws.length).join(' ') === ws.join(' ')));
  }
  if (e.type === 'Location') return one(others.filter((o) => addedWords(e.name, o.name)?.every((w) => VENUE_WORDS.has(w)) && words(o.name)[0] !== words(e.name)[0]));
  if (e.type !== 'Organization') return undefined;
  const group = SAME.get(normaliseName(e.name));
  // Listed synonyms join the one listed first: "Tories" the "Conservatives".
  const rank = (name: string) => data.sameInArticle[group ?? 0]!.findIndex((n) => normaliseName(n) === normaliseName(name));
  const synonym = group === undefined ? undefined : others.find((o) => SAME.get(normaliseName(o.name)) === group && rank(o.name) < rank(e.name));
  if (synonym) return fullerOf(synonym, all, sport) ?? synonym;
  const plural = /^(.+?)s$/u.exec(normaliseName(e.name));
  return one(
    others.filter((o) => {
      if (plural && PARTY.test(o.name) && normaliseName(o.name) === `${plural[1]} party`) return true;
      const added = addedWords(e.name, o.name);
      if (!added) return false;
      if (added.every((w) => CLUB_WORDS.has(w) || COMPANY_WORDS.has(w))) return true;
      if (PARTY.test(o.name) && added.every((w) => PARTY_WORDS.has(w))) return true;
      // "Inter" and "Inter Milan" in a match report: the club's town (written with its capital; not "Arsenal Women").
      const town = o.name.split(/\s+/u).find((w) => normaliseName(w) === added[0]);
      return sport && words(e.name).length === 1 && added.length === 1 && !OTHER_SIDES.has(added[0]!) && (isPlace(added) || /^\p{Lu}/u.test(town ?? ''));
    }),
  );
}

/**
 * One thing an article names two ways becomes one entity under its fuller name, the other kept as an alias
 * (organisation-short-forms.json): a listed short form everywhere ("PSG" is the Paris Saint-Germain); within the
 * article, a name and the one entity of its type whose name only adds an article, a first name, club, company or
 * party words, or a venue's word before it ("Tottenham Hotspur", "Alphabet Inc", "Labour Party", "Wout van Aert", "Stade
 * Vélodrome"), a party's plural ("Liberals", "Liberal Party") and listed synonyms ("Tories", "Conservatives"). Two
 * candidates leave it apart ("Manchester" with City and United, "Le Pen" with Marine and Jean-Marie). The gazetteer's
 * entities keep their own names. Returns the entities under their new ids and the ids that changed.
 */
export function joinShortForms(entities: HybridEntity[], sport = false): { entities: HybridEntity[]; renamed: Map<string, string> } {
  const renamed = new Map<string, string>();
  const own = entities.filter((e) => !fromGazetteer(e));
  const target = new Map<HybridEntity, { id: string; name: string }>();
  for (const e of own) {
    const listed = e.type === 'Organization' ? CANONICAL.get(normaliseName(e.name)) : undefined;
    if (listed) {
      if (normaliseName(listed) !== normaliseName(e.name)) target.set(e, { id: toEntityId('Organization', listed), name: listed });
      continue;
    }
    const fuller = fullerOf(e, own, sport);
    if (fuller) target.set(e, fuller);
  }
  // A chain ("Spurs" → "Tottenham Hotspur", "Tottenham" → "Tottenham Hotspur") ends at a name that goes nowhere.
  const end = (e: HybridEntity, seen = new Set<HybridEntity>()): { id: string; name: string } => {
    const to = target.get(e)!;
    const next = own.find((o) => o.id === to.id && target.has(o) && !seen.has(o));
    return next ? end(next, seen.add(e)) : to;
  };
  const joined = entities.map((e) => {
    if (!target.has(e)) return e;
    const { id, name } = end(e);
    if (id === e.id) return e;
    renamed.set(e.id, id);
    return { ...e, id, name, aliases: [...new Set([e.name, ...e.aliases])] };
  });
  return { entities: joined, renamed };
}
