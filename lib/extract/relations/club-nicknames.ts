import data from '../data/club-nicknames.json';
import cues from '../data/type-cues.json';
import type { Cluster } from '../coref';
import { alternation } from '../mentions/cues';
import type { Mention } from '../mentions/types';
import { overlapIndex } from '../span-index';
import { normaliseName } from '../slug';
import { townOfDemonym } from '../sport';

const NICKNAMES = new Map(Object.entries(data.nicknames).map(([nickname, club]) => [nickname, club.split('|').map(normaliseName)] as const));
const BARE = new Set(data.withoutArticle);
/** After an article ("for the Gunners", "les Verts"), but for the few written without one ("Spurs"). */
const NICKNAME = new RegExp(
  `(?:(?<![\\p{L}\\p{N}'’-])(?:(?:the|The|les|Les|des|Des|aux|Aux|le|Le|la|La)\\s+|[lL]['’])|(?<![\\p{L}\\p{N}'’-])(?=${alternation([...BARE])}))(${alternation([...NICKNAMES.keys()])})(?![\\p{L}\\p{N}-])`,
  'gu',
);
/** "les Lensois", "aux Parisiens", "des Marseillais": a town's people, capitalised, after a plural article. */
const CAPITALISED = (w: string) => w[0]!.toUpperCase() + w.slice(1);
const PEOPLE = new RegExp(
  `(?<![\\p{L}])(?:[Ll]es|[Dd]es|[Aa]ux)\\s+((?:${alternation(Object.keys(cues.clubDemonyms).map(CAPITALISED))})(?:e|s|es|ne|nes)?)(?![\\p{L}\\p{N}-])`,
  'gu',
);

const MAX_HITS = 200;

const TOWN_OF_ACRONYM = new Map(Object.entries(data.townAcronyms).map(([acronym, town]) => [acronym, normaliseName(town)] as const));
const names = (c: Cluster) => [c.name, ...c.mentions.map((m) => m.text)];
const holds = (name: string, words: string[]) => words.some((w) => ` ${normaliseName(name)} `.includes(` ${w} `));

/**
 * The one organisation of the article whose name holds one of the club's words or whose initials stand for its town
 * ("PSG" for Paris), if exactly one does: "le PSG … le Paris FC … les Parisiens" is either side, so neither.
 */
export function clubNamed(words: string[], clubs: Cluster[]): Cluster | undefined {
  const organisations = clubs.filter((c) => c.type === 'Organization');
  const named = organisations.filter((c) => names(c).some((n) => holds(n, words)));
  const byInitials = organisations.filter((c) => !named.includes(c) && names(c).some((n) => words.includes(TOWN_OF_ACRONYM.get(n.trim()) ?? '')));
  // "Paris 2024" is no club of Paris: a name with a year is an event's or its organisers'.
  const found = [...named, ...byInitials].filter((c) => !/\b\d{4}\b/u.test(c.name));
  return found.length === 1 ? found[0] : undefined;
}

/**
 * "Saka scored for the Gunners", "Les Lensois ont ouvert le score par Thauvin": in a sport article, a club's nickname
 * (club-nicknames.json) or its town's people in the plural read, for the relation patterns only, as the club the
 * article names; a club not named, or two clubs of one town ("Paris FC" and the PSG), leave it unread.
 */
export function findClubNicknames(text: string, owners: Map<Mention, Cluster>, sport: boolean, taken: Mention[] = []): Map<Mention, Cluster> {
  const found = new Map<Mention, Cluster>();
  if (!sport) return found;
  const clubs = [...new Set(owners.values())].filter((c) => c.type === 'Organization');
  if (clubs.length === 0) return found;
  const overlapsTaken = overlapIndex([...owners.keys(), ...taken]);
  const add = (start: number, word: string, club: Cluster | undefined) => {
    if (club && !overlapsTaken({ start, end: start + word.length }))
      found.set({ start, end: start + word.length, text: word, type: 'Organization', role: 'bare', sure: false }, club);
  };
  // A bound on hits keeps a long hostile text linear: an article names a club's nickname a few times.
  let hits = 0;
  for (const m of text.matchAll(NICKNAME)) if ((hits += 1) <= MAX_HITS) add(m.index + m[0].length - m[1]!.length, m[1]!, clubNamed(NICKNAMES.get(m[1]!)!, clubs));
  for (const m of text.matchAll(PEOPLE)) {
    if ((hits += 1) > MAX_HITS) break;
    const town = townOfDemonym(m[1]!);
    add(m.index + m[0].length - m[1]!.length, m[1]!, town ? clubNamed([normaliseName(town)], clubs) : undefined);
  }
  return found;
}
