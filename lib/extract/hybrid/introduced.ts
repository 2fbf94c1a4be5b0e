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

/** ", Wiltshire", " (Haute-Garonne)": a name set after a comma or in brackets, up to three capitalised words. */
const SETTING = /^\s*(?:,\s*|\(\s*)(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})\s*(?:[,)]|$|\s+(?:was|were|is|a|est|ont|a été))/u;

/**
 * "Salisbury, Wiltshire, was evacuated", "Colomiers (Haute-Garonne)": a name followed by the region or country it
 * lies in is a place, whatever the model read (it took Salisbury for a person). The region must be one of
 * data/regions.json or a country or region the gazetteer knows, not a city ("Macron, Paris" says nothing).
 */
export function setInAPlace(text: string, mentions: readonly { end: number }[], isRegion: (name: string) => boolean): boolean {
  return mentions.some((m) => {
    const setting = SETTING.exec(text.slice(m.end, m.end + 60));
    return setting !== null && isRegion(setting[1]!);
  });
}
