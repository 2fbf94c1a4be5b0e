import generic from './data/generic-words.json';
import { canonicalFor } from './gazetteer/canonical';
import { normaliseName } from './slug';

/** Both languages at once: an English article quotes "the Conseil", a French one "Office". */
const GENERIC = new Set([...generic.fr, ...generic.en]);
/** Determiners a definite reference starts with ("l'Office", "the Council"), compared after normaliseName. */
const DETERMINER = /^(?:the|le|la|les|l|this|that|these|ce|cet|cette|ces|son|sa|ses|its|their|leur)\s+/u;

/** The name's words with a leading determiner dropped: "L'Office" → "office", "the Council" → "council". */
function core(name: string): string {
  return normaliseName(name.trim().replace(/^(?:l|d)['’]\s*/iu, '')).replace(DETERMINER, '');
}

/**
 * A name that says which thing it is only inside one article: a bare generic word or a definite reference
 * ("Office", "l'Office", "the Council", "Conseil municipal"). Such a name is never an alias nor a key that
 * resolves across articles (EXTRACTION-NOTES.md, over-merge 7). Gazetteer names ("Security Council") are not.
 */
export function isGenericName(name: string): boolean {
  const key = core(name);
  if (key === '' || canonicalFor(name) !== null) return key === '';
  return GENERIC.has(key);
}

/** A place the gazetteer knows, by this exact name: inside an organisation's aliases it would join the two. */
export function isKnownPlace(name: string): boolean {
  return canonicalFor(name, 'Location') !== null;
}
