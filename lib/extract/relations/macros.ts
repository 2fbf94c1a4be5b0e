import { LEADER_TITLE, MEMBER_TITLE } from '../mentions/cues';
import lexicon from './lexicon.json';

/**
 * Patterns are written over a masked sentence where each mention is ⟦k⟧. These macros keep them
 * readable: {S} and {T} capture the source and target mentions, {ACR} skips an acronym in
 * brackets after a name, {DET} an article, {HON} an honorific, {GAP} a few words with no mention
 * and no sentence break. Every word list of lexicon.json is a macro too: {ACQUIRE}, {BEAT}, {PLAYER_ROLE}...
 */
const MACROS: Record<string, string> = {
  '{S}': '⟦(?<s>\\d+)⟧',
  '{T}': '⟦(?<t>\\d+)⟧',
  '{ACR}': '(?:\\s*\\(⟦\\d+⟧\\))?',
  '{DET}': "(?:(?:le|la|les|l'|the|an?|du|des|de la|de l'|d'|au|aux|à la|à l'|this|ce|cette|its|their|son|sa|ses|leur)\\s*)?",
  /** A decimal point ("$12.5 billion") is no sentence break. */
  '{GAP}': '(?:[^⟦.;:!?]|\\.(?=\\d)){0,90}?',
  /** A wider gap that may cross other mentions; only for cue phrases strong enough to bridge them. */
  '{FAR}': '[^.;!?]{0,220}?',
  /** A clause up to its comma: "Addressing the Council in New York, Mr. Fedotov said". */
  '{CLAUSE}': '[^.;:!?,]{0,100}?',
  /** Up to three lower-case words with no mention: the adjectives of "Le défenseur marocain de l'OM". */
  '{ADJ}': '(?:[\\p{L}\\d-]+\\s+){0,3}?',
  /**
   * Up to three words describing the name that follows, none a preposition, conjunction or relative ("defeats against X" is no defeat of X): "met French
   * President Emmanuel Macron", "a battu le club breton Brest", "joined Spanish side Real Madrid".
   */
  '{DESC}':
    "(?:(?<![\\p{L}'’-])(?!(?:of|in|at|on|for|by|with|and|or|to|from|against|over|under|after|before|during|between|into|than|as|like|about|since|who|which|that|de|du|des|d|à|au|aux|en|dans|par|pour|sur|sous|avec|contre|face|après|avant|pendant|entre|vers|chez|sans|selon|comme|depuis|et|ou|qui|que|dont)(?![\\p{L}'’-]))[\\p{L}'’-]+\\s+){0,3}?",
  /** The kind of place before its name: "la présidente de la région Occitanie", "the mayor of the city of Leeds". */
  '{AREA}': "(?:(?:région|ville|commune|métropole|département|collectivité|province|state|city|county|region|borough)\\s+(?:de\\s+|d'|of\\s+)?)?",
  '{HON}': '(?:(?:M|MM|Mme|Mlle|Mr|Mrs|Ms|Dr|Pr|Sir|Dame|Lord)\\.?\\s+)?',
  /** A leader's title, not a deputy's: people-cues.json lists "Vice-President" among the titles stripped from names. */
  '{LEAD}': `(?<!(?:vice|deputy|assistant|adjointe?)[\\s-])(?!(?:vice|deputy|assistant)[\\s-])(?:${LEADER_TITLE})`,
  '{MEMBER}': `(?:${MEMBER_TITLE})`,
  '{OF}': "(?:of the|of|for|de la|de l'|des|du|de|d'|à la|au|aux)",
  ...Object.fromEntries(
    Object.entries(lexicon)
      .filter(([key]) => !key.startsWith('$'))
      .map(([key, phrases]) => [`{${key}}`, `(?:${(phrases as string[]).join('|')})`]),
  ),
};

/** JavaScript's \b is ASCII-only even with the u flag, so " à" has no boundary; this one knows letters. */
const BOUNDARY = '(?:(?<=[\\p{L}\\p{N}])(?![\\p{L}\\p{N}])|(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}]))';

export function pattern(source: string): RegExp {
  let expanded = source.split('\\b').join(BOUNDARY);
  for (const [macro, value] of Object.entries(MACROS)) expanded = expanded.split(macro).join(value);
  const unknown = /\{[A-Z][A-Z_]+\}/.exec(expanded);
  if (unknown) throw new Error(`Relation pattern uses an unknown macro ${unknown[0]}: add it to lib/extract/relations/lexicon.json or macros.ts`);
  return new RegExp(expanded, 'giu');
}

/** A lexicon list as a whole-word test of a name or a text: "Labour Party" is a party name. */
export function lexiconTest(key: Exclude<keyof typeof lexicon, '$comment'>): RegExp {
  const { source } = pattern(`\\b(?:${lexicon[key].join('|')})\\b`);
  return new RegExp(source, 'iu');
}

/**
 * A quick test a sentence must pass before a pattern runs: one plain scan for the pattern's key words, instead of
 * the pattern's lazy gaps tried from every mention. Most sentences have none of the words, so most patterns skip.
 */
export function cue(source: string): RegExp {
  return new RegExp(pattern(source).source, 'iu');
}
