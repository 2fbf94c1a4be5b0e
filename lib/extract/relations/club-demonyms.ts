import cues from '../data/type-cues.json';
import type { Cluster } from '../coref';
import { alternation } from '../mentions/cues';
import { normaliseName } from '../slug';
import { townOfDemonym } from '../sport';
import type { FoundRelation } from './apply';
import { clubNamed } from './club-nicknames';
import { pattern } from './macros';
import type { MaskedSentence } from './masked';

/**
 * "l'attaquant parisien Ousmane Dembélé", "l'entraîneur marseillais Roberto De Zerbi": French sport writing names a
 * player's or a coach's club by its town's adjective (type-cues.json clubDemonyms). The club is the one organisation
 * of the article named after that town ("Paris Saint-Germain", "RC Lens", "Lens" read as the club); with none, or
 * two ("Paris FC" and the PSG), nothing is said. Sport articles only.
 */
const ADJECTIVE = `(${alternation(Object.keys(cues.clubDemonyms))})(?:e|s|es|ne|nes)?`;
const ROLES: [string, string][] = [
  ['PLAYS_FOR', '{PLAYER_ROLE}'],
  ['WORKS_FOR', '{CLUB_STAFF_ROLE}'],
  ['LEADS', '{CLUB_LEAD_ROLE}'],
];
const PATTERNS = ROLES.map(([type, role]) => ({ type, re: pattern(`\\b${role}\\s+(?:[\\p{L}-]+\\s+)?${ADJECTIVE}\\s+{HON}{S}`) }));

/** The article's one organisation named after the town, if exactly one is ("PSG" is named after Paris). */
const clubOf = (town: string, clusters: Cluster[]) => clubNamed([normaliseName(town)], clusters);

export function findDemonymRoles(masked: MaskedSentence[], clusters: Cluster[], sport: boolean): FoundRelation[] {
  if (!sport) return [];
  const found: FoundRelation[] = [];
  for (const ms of masked) {
    if (ms.slots.length === 0) continue;
    for (const { type, re } of PATTERNS) {
      re.lastIndex = 0;
      for (const m of ms.masked.matchAll(re)) {
        const person = ms.slots[Number(m.groups?.s)]?.cluster;
        const town = townOfDemonym(m[1]!);
        const club = town ? clubOf(town, clusters) : undefined;
        if (person?.type === 'Person' && club) found.push({ type, source: person, target: club, confidence: 0.75, sentence: ms.sentence });
      }
    }
  }
  return found;
}
