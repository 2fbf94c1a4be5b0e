import cues from '../data/type-cues.json';
import { alternation } from '../mentions/cues';

/**
 * "Her publisher, Jonathan Cape", "the drugmaker AstraZeneca", "le constructeur Renault": a name right after an
 * organisation noun (type-cues.json organisationNouns) is an organisation, whatever the model, the rules or a given
 * name at its start ("Jonathan") say. The noun must be a word of its own, after an article, a possessive or an adjective,
 * never a possessive itself ("the club's captain X") nor followed by another word ("the union leader Sharon Graham").
 */
const NOUNS = alternation(cues.organisationNouns);
/** Straight before the name ("the publisher Jonathan Cape"), or with a comma after a possessive ("her publisher, X"):
 * "a spokesperson for the union, Jane Doe, said" names a person. */
const BEFORE = new RegExp(`(?:(?<![\\p{L}'’-])(?:${NOUNS})|(?<![\\p{L}'’-])(?:her|his|its|their|son|sa|leur)\\s+(?:[\\p{L}-]+\\s+)?(?:${NOUNS}),)\\s+$`, 'iu');

export function introducedAsOrganisation(text: string, mentions: readonly { start: number }[]): boolean {
  return mentions.some((m) => BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)));
}
