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
const CLUB_PHRASES = new Set(data.clubPhrases.map((p) => words(p).join(' ')));
const COMPANY_WORDS = wordSet(data.companyWords);
const PARTY_WORDS = wordSet(data.partyWords);
const VENUE_WORDS = wordSet(data.venueWords);
const ARTICLES = new Set(data.articles);
const OTHER_SIDES = wordSet(data.otherSides);
const SAME = new Map(data.sameInArticle.flatMap((group, k) => group.map((n) => [normaliseName(n), k] as const)));
const PARTY = lexiconTest('PARTY_NAME');

/** An entity with its name's words worked out once. */
interface Named {
  e: HybridEntity;
  ws: string[];
  key: string;
  /** The name without a leading article: "La France insoumise" → "france insoumise". */
  bare: string;
}

const named = (e: HybridEntity): Named => {
  const ws = words(e.name);
  return { e, ws, key: ws.join(' '), bare: (ws.length > 1 && ARTICLES.has(ws[0]!) ? ws.slice(1) : ws).join(' ') };
};

/** Where `short`'s words sit whole and in order in `long`'s, and the words around them; else null. */
function added(short: Named, long: Named): { at: number; words: string[] } | null {
  const [s, l] = [short.ws, long.ws];
  if (l.length <= s.length) return null;
  for (let at = 0; at + s.length <= l.length; at += 1) if (s.every((w, k) => l[at + k] === w)) return { at, words: [...l.slice(0, at), ...l.slice(at + s.length)] };
  return null;
}

/** A known place's name ("Madrid"): what a club's name may add after its short form in a sport article. */
const isPlace = (ws: string[]) => ws.length > 0 && getGazetteer().byName.get(nameKey(ws.join(' ')))?.type === 'Location';

/** Club words around the short form: "Tottenham Hotspur", "RC Lens", "Olympique de Marseille"; not "Stade de France". */
const clubWords = (a: { at: number; words: string[] }) => a.words.every((w) => CLUB_WORDS.has(w)) || CLUB_PHRASES.has(a.words.join(' '));

/** Entities of one type, indexed by their words, so each name is compared with the few that share its rarest word. */
class Index {
  private byWord = new Map<string, Named[]>();
  private byBare = new Map<string, Named[]>();
  readonly byKey = new Map<string, Named[]>();
  constructor(readonly all: Named[]) {
    for (const n of all) {
      for (const w of new Set(n.ws)) this.byWord.set(w, [...(this.byWord.get(w) ?? []), n]);
      this.byBare.set(n.bare, [...(this.byBare.get(n.bare) ?? []), n]);
      this.byKey.set(n.key, [...(this.byKey.get(n.key) ?? []), n]);
    }
  }
  /** The others holding every word of `n` (found through its rarest word). */
  holding(n: Named): Named[] {
    const lists = n.ws.map((w) => this.byWord.get(w) ?? []);
    const rarest = lists.reduce((a, b) => (b.length < a.length ? b : a), lists[0] ?? []);
    return rarest.filter((o) => o !== n && o.e.type === n.e.type && added(n, o));
  }
  sameBare(n: Named): Named[] {
    return (this.byBare.get(n.bare) ?? []).filter((o) => o !== n && o.e.type === n.e.type);
  }
}

const firstAt = (e: HybridEntity) => Math.min(...e.mentions.map((m) => m.start));
const one = (found: Named[]) => (found.length === 1 ? found[0] : undefined);

/** The other entity of the article that is `n` under a fuller name, when exactly one is. */
/** What the article says about itself: a sport article, and where its first line (its headline) ends. */
interface Article {
  sport: boolean;
  headlineEnd: number;
}

function fullerOf(n: Named, index: Index, article: Article): Named | undefined {
  const { sport } = article;
  // "France insoumise" and "La France insoumise": the one with its article.
  const articled = one(index.sameBare(n).filter((o) => o.ws.length > n.ws.length));
  if (articled) return articled;
  const holding = index.holding(n);
  const { e } = n;
  // "Van Aert" and "Wout van Aert": the end of the one fuller name. A bare surname only after the full name, as news
  // introduces people ("Hunter Biden … Biden" with no "Joe Biden" before is left apart when "Biden" came first).
  if (e.type === 'Person') {
    const full = one(holding.filter((o) => o.ws.slice(-n.ws.length).join(' ') === n.key));
    return full && (n.ws.length > 1 || firstAt(full.e) < firstAt(e) || firstAt(e) < article.headlineEnd) ? full : undefined;
  }
  if (e.type === 'Location') {
    // "Vélodrome" and "Stade Vélodrome": venue words before the name, nothing after it.
    return one(
      holding.filter((o) => {
        const a = added(n, o)!;
        return a.at > 0 && a.at === o.ws.length - n.ws.length && a.words.every((w) => VENUE_WORDS.has(w));
      }),
    );
  }
  if (e.type !== 'Organization') return undefined;
  const group = SAME.get(n.key);
  if (group !== undefined) {
    // Listed synonyms join the one listed first: "Tories" the "Conservatives".
    const list = data.sameInArticle[group]!.map(normaliseName);
    const synonym = list.slice(0, list.indexOf(n.key)).flatMap((k) => (index.byKey.get(k) ?? []).filter((o) => o.e.type === 'Organization'))[0];
    if (synonym) return fullerOf(synonym, index, article) ?? synonym;
  }
  // "Liberals" and "Liberal Party".
  const plural = /^(.+?)s$/u.exec(n.key);
  const party = plural ? one((index.byKey.get(`${plural[1]} party`) ?? []).filter((o) => o.e.type === 'Organization')) : undefined;
  if (party) return party;
  const fitting = holding.filter((o) => {
    const a = added(n, o)!;
    if (clubWords(a) || a.words.every((w) => COMPANY_WORDS.has(w))) return true;
    if (PARTY.test(o.e.name) && a.words.every((w) => PARTY_WORDS.has(w))) return true;
    // "Inter" and "Inter Milan" in a match report: the club's known town after it (not "Arsenal Women").
    return sport && n.ws.length === 1 && a.at === 0 && a.words.length === 1 && !OTHER_SIDES.has(a.words[0]!) && isPlace(a.words);
  });
  // "Paris" beside "Paris FC" and "Paris Saint-Germain" is either: none.
  return fitting.length === 1 && holding.length === 1 ? fitting[0] : undefined;
}

/**
 * One thing an article names two ways becomes one entity under its fuller name, the other kept as an alias
 * (organisation-short-forms.json): a listed short form everywhere ("PSG" is the Paris Saint-Germain); within the
 * article, a name and the one entity of its type whose name only adds an article, first names, club, company or
 * party words, or a venue's word before it ("Tottenham Hotspur", "Alphabet Inc", "Labour Party", "Wout van Aert",
 * "Stade Vélodrome"), a party's plural ("Liberals", "Liberal Party") and listed synonyms ("Tories", "Conservatives").
 * Two candidates leave it apart ("Manchester" with City and United, "Le Pen" with Marine and Jean-Marie, "Paris" with
 * Paris FC and the PSG). The gazetteer's entities keep their own names. Returns the entities under their new ids and
 * the ids that changed.
 */
export function joinShortForms(entities: HybridEntity[], sport = false, text = ''): { entities: HybridEntity[]; renamed: Map<string, string> } {
  // The headline names people by surname before the text names them in full.
  const article = { sport, headlineEnd: text.includes('\n') ? text.indexOf('\n') : 0 };
  const renamed = new Map<string, string>();
  const own = entities.filter((e) => !fromGazetteer(e)).map(named);
  const index = new Index(own);
  const byId = new Map(own.map((n) => [n.e.id, n] as const));
  const target = new Map<HybridEntity, { id: string; name: string }>();
  for (const n of own) {
    const listed = n.e.type === 'Organization' ? CANONICAL.get(n.key) : undefined;
    if (listed) {
      if (normaliseName(listed) !== n.key) target.set(n.e, { id: toEntityId('Organization', listed), name: listed });
      continue;
    }
    const fuller = fullerOf(n, index, article);
    if (fuller) target.set(n.e, { id: fuller.e.id, name: fuller.e.name });
  }
  // A chain ("Paris SG" → "Paris Saint-Germain", "Paris Saint-Germain FC" …) ends at a name that goes nowhere.
  const end = (e: HybridEntity, seen = new Set<HybridEntity>()): { id: string; name: string } => {
    const to = target.get(e)!;
    const next = byId.get(to.id)?.e;
    return next && next !== e && target.has(next) && !seen.has(next) ? end(next, seen.add(e)) : to;
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
