import type { EntityType } from '@/lib/model';
import { GENERAL_PATTERNS } from './general-patterns';
import { pattern } from './macros';

export interface RelationPattern {
  /** Candidate types, first whose vocabulary from/to fits the two entities wins (SPOKE_AT to an Event, BRIEFED to a body). */
  types: string[];
  re: RegExp;
  confidence: number;
  /** "X et Y, qui servent de gardiens de Z": the relation holds for Y too. */
  coordinate?: boolean;
  /** "met Zelensky and Starmer", "novels include A and B": the relation holds for the targets listed after {T} too. */
  coordinateTargets?: boolean;
  /**
   * Only {T} is captured. 'nearest': the source is the nearest organisation (else person) in the
   * sentence; 'previous': also the last organisation of earlier sentences ("la résolution 1540,
   * adoptée à l'unanimité" after "Le Conseil de sécurité ..."); 'antecedent': what "cet organe" refers
   * back to, the last organisation named before {T} (in this sentence or earlier ones).
   */
  agent?: 'nearest' | 'previous' | 'antecedent' | 'subject';
  /** Patterns with a {FAR} gap bridge other mentions, so they insist on the source's type. */
  sourceTypes?: EntityType[];
  /** The source's name must match: only a court sentences ("tribunal", "Court"). */
  sourceNames?: RegExp;
  /** The target's name must not match: "député du Rassemblement national" is its member, not elected to it. */
  targetNotNames?: RegExp;
  /** Words the sentence must hold for the pattern to be tried at all (see macros.ts cue). */
  cue?: RegExp;
  /** The found relation runs the other way: "after defeat by Manchester City" makes City the winner. */
  reverse?: boolean;
  /** LOCATED_IN may nest a place the gazetteer does not know in another ("the Utilita Arena in Newcastle"). */
  loosePlaces?: boolean;
  /** Which family of general-news patterns this is (roles, business, sport, politics, justice, visits, works). */
  family?: string;
}

const SPEAK_FR =
  '(?:dans|par) (?:un|son) (?:message|discours|allocution|intervention|déclaration)(?: vidéo| écrit| enregistré)?(?: adressée?| lue?| prononcée?)? (?:à|aux|au|devant|lors de)';
const SPEAK_FRONTED =
  "(?:Addressing|Briefing|Speaking (?:at|to|before)|Telling|In (?:a|his|her|their) (?:briefing|statement|speech|message|address) to|S'adressant (?:à|au|aux)|Intervenant devant|Prenant la parole devant|Devant)";
const SPEAK_BEFORE_BODY =
  "(?:a assuré|a affirmé|a déclaré|a indiqué|a souligné|a expliqué|a averti|a estimé|a dit|a rappelé|a plaidé|a présenté|présentait|est intervenue?|s'est exprimée?|prenait la parole|a pris la parole|prend la parole)\\s*,?\\s+devant|s'est adressée? (?:à|au|aux)|(?:told|briefed|addressed)";
const REGION =
  '(?:nord|sud|est|ouest|centre|nord-est|nord-ouest|sud-est|sud-ouest|north|south|east|west|northern|southern|eastern|western|central|north-east|north-west|south-east|south-west)';
const MODIFIERS =
  "(?:(?:its|their|his|her|son|sa|ses|leur|the|le|la|les|l'|an?|un|une|this|latest|new|annual|flagship|dernier|dernière|nouveau|nouvelle|annuel|unanimously|à l'unanimité)\\s*)*";

/** French and English patterns of UN and diplomatic news; both run on every article, since quotes and names cross languages. */
const DIPLOMATIC_PATTERNS: RelationPattern[] = [
  { types: ['SPOKE_AT', 'BRIEFED'], re: pattern(`{S}{ACR}{GAP}\\b${SPEAK_FR}\\s*{DET}{T}`), confidence: 0.9 },
  { types: ['SPOKE_AT', 'BRIEFED'], re: pattern(`{S}{ACR}{GAP}\\b{SPEAK_FR_VERB}\\s*{DET}{T}`), confidence: 0.85 },
  { types: ['SPOKE_AT', 'BRIEFED'], re: pattern(`{S}{ACR}{GAP}\\b{SPEAK_EN}\\s+{DET}{T}`), confidence: 0.85 },
  { types: ['BRIEFED', 'SPOKE_AT'], re: pattern(`\\b${SPEAK_FRONTED}\\s+{DET}{T}{CLAUSE},\\s*{HON}{S}`), confidence: 0.85 },
  { types: ['BRIEFED', 'SPOKE_AT'], re: pattern(`{S}{FAR}\\b(?:${SPEAK_BEFORE_BODY})\\s+{DET}{T}`), confidence: 0.75, sourceTypes: ['Person'] },
  { types: ['BRIEFED', 'SPOKE_AT'], re: pattern(`{T}{GAP}\\b(?:was addressed by|heard from|heard a briefing (?:by|from)|was briefed by|a entendu)\\s+{DET}{S}`), confidence: 0.85 },
  {
    types: ['BRIEFED', 'SPOKE_AT'],
    re: pattern(`{S}{ACR},?{GAP}\\b(?:a fait|a présenté|fait|présente|présentait|faisait)\\b[^⟦.;]{0,30}?\\b(?:exposé|rapport|bilan|briefing)\\s+(?:devant|au|à|aux)\\s*{DET}{T}`),
    confidence: 0.9,
  },
  {
    types: ['BRIEFED', 'SPOKE_AT'],
    re: pattern(`{S}{ACR}{GAP}\\b(?:briefed|briefing|briefs|gave a briefing to|in a briefing to|a informé|a fait le point devant)\\s+{DET}{T}`),
    confidence: 0.9,
  },
  { types: ['ATTENDED'], re: pattern(`{S}{ACR}{GAP}\\b{ATTEND}\\s*{DET}{DESC}{T}`), confidence: 0.85, coordinate: true },
  {
    types: ['ATTENDED'],
    re: pattern(
      `{T}{GAP}\\b(?:attended by|with the participation of|bringing together|brought together|en présence de|avec la participation de|réunissant|qui a réuni|réunit)\\s+{DET}{S}`,
    ),
    confidence: 0.8,
  },
  // "The COP29 summit opened in Baku": a head noun may follow the event's name
  {
    types: ['HELD_IN'],
    re: pattern(`{S}{ACR}(?:\\s+\\p{Ll}+)?,?\\s+(?:qui\\s+|which\\s+|that\\s+)?{HOLD}\\b[^⟦.;]{0,40}?\\b(?:à|en|au|aux|in|at|dans)\\s+{DET}{T}`),
    confidence: 0.9,
  },
  { types: ['HELD_IN'], re: pattern(`{S}{ACR}\\s+(?:in|at|à|en|au|aux|de|of)\\s+{DET}{T}`), confidence: 0.75 },
  { types: ['LOCATED_IN'], re: pattern(`{S}\\s*(?:,|en|au|aux|in|\\()\\s*{DET}{T}`), confidence: 0.8 },
  { types: ['LOCATED_IN'], re: pattern(`{S},?\\s+(?:dans|in)\\s+(?:le |la |l'|the )?${REGION}\\s*(?:du|de la|de l'|d'|de|of)?\\s*{DET}{T}`), confidence: 0.8 },
  {
    types: ['HEADQUARTERED_IN'],
    re: pattern(
      `{S}{ACR},?\\s+(?:(?:which|that|qui)\\s+(?:is|est)\\s+)?(?:based in|headquartered in|basée? à|dont le siège est à|dont le siège se trouve à|siégeant à|with headquarters in|ayant son siège à)\\s+{T}`,
    ),
    confidence: 0.85,
  },
  // "Seattle-based Amazon", "the Seattle-based company Amazon", "a London-based asset manager, Schroders"
  { types: ['HEADQUARTERED_IN'], re: pattern(`{T}-based\\s+(?:[\\p{Ll}-]+,?\\s+){0,2}{S}`), confidence: 0.8 },
  { types: ['LEADS', 'MEMBER_OF'], re: pattern(`{LEAD}(?:\\s+{OF}|\\s*,)?\\s*{DET}{T}{ACR}\\s*,?\\s*{HON}{S}`), confidence: 0.9 },
  { types: ['LEADS'], re: pattern(`{T}{ACR}(?:'s)?\\s+{LEAD}\\s*,?\\s*{HON}{S}`), confidence: 0.9 },
  { types: ['LEADS'], re: pattern(`{S},\\s*(?:the\\s+|le\\s+|la\\s+|l'|an?\\s+)?{LEAD}\\s+{OF}\\s*{DET}{T}`), confidence: 0.9 },
  { types: ['LEADS'], re: pattern(`{S},?\\s+(?:qui est|qui était|est|était|is|was|who is|who was)\\s+(?:le |la |l'|the )?{LEAD}\\s+{OF}\\s*{DET}{T}`), confidence: 0.85 },
  {
    types: ['LEADS'],
    re: pattern(
      `{S}{GAP}\\b(?:who heads|who leads|heads|dirige|qui dirige|préside|qui préside|chairs|who chairs|is the head of|est à la tête de|à la tête de|at the head of)\\s+{DET}{T}`,
    ),
    confidence: 0.85,
  },
  { types: ['MEMBER_OF'], re: pattern(`{MEMBER}(?:\\s+{OF}|\\s*,)\\s*{DET}{T}{ACR}\\s*,?\\s*{HON}{S}`), confidence: 0.85 },
  { types: ['MEMBER_OF'], re: pattern(`{T}{ACR}(?:'s)?\\s+{MEMBER}\\s*,?\\s*{HON}{S}`), confidence: 0.85 },
  { types: ['MEMBER_OF'], re: pattern(`{S},\\s*(?:the\\s+|le\\s+|la\\s+|l'|an?\\s+)?{MEMBER}\\s+{OF}\\s*{DET}{T}`), confidence: 0.85 },
  { types: ['LEADS'], re: pattern(`{S},\\s*(?:the\\s+)?{T}(?:'s)?\\s+{LEAD}(?![\\p{L}])`), confidence: 0.85 },
  { types: ['MEMBER_OF'], re: pattern(`{S},\\s*(?:the\\s+)?{T}(?:'s)?\\s+{MEMBER}(?![\\p{L}])`), confidence: 0.8 },
  {
    types: ['PART_OF'],
    re: pattern(
      `\\b(?:cet|cette|this|the|that|l')\\s*(?:organe|organ|body|entity|entité|agence|agency|office|programme|bureau|subsidiary)\\s+(?:du|de la|de l'|des|of the|of|within the|au sein du|au sein de la)\\s*{T}`,
    ),
    confidence: 0.7,
    agent: 'antecedent',
  },
  {
    types: ['MEMBER_OF'],
    re: pattern(`{S}{GAP}\\b(?:a member of|member of|membre du|membre de la|membre de l'|membre des|joined|a rejoint|a adhéré à|adhère à)\\s*{DET}{T}`),
    confidence: 0.8,
  },
  {
    types: ['GUARDS'],
    re: pattern(
      `{S}{ACR},?\\s+(?:qui\\s+|which\\s+|that\\s+)?(?:sert|servent|servait|agit|agissent|est|sont|serves?|acts?|is|are)\\s+(?:de|comme|as|en tant que)\\s+(?:the\\s+|le\\s+|la\\s+|les\\s+)?(?:gardiens?|gardiennes?|guardians?|custodians?|dépositaires?)\\s+{OF}\\s*{DET}{T}`,
    ),
    confidence: 0.9,
    coordinate: true,
  },
  { types: ['GUARDS'], re: pattern(`{S}{ACR},?\\s+(?:the\\s+|le\\s+|la\\s+)?(?:gardien|gardienne|guardian|custodian|dépositaire)\\s+{OF}\\s*{DET}{T}`), confidence: 0.85 },
  {
    types: ['GUARDS'],
    re: pattern(`\\b(?:as|en tant que|comme)\\s+(?:the\\s+|le\\s+|la\\s+)?(?:gardien|gardienne|guardian|custodian|dépositaire)\\s+{OF}\\s*{DET}{T}{CLAUSE},\\s*{S}`),
    confidence: 0.85,
  },
  { types: ['MET_WITH'], re: pattern(`{S}{ACR}{GAP}\\b{MEET}\\s+{DET}{DESC}{T}`), confidence: 0.85, coordinate: true, coordinateTargets: true },
  {
    types: ['MET_WITH'],
    re: pattern(`\\b(?:In|During|After|Following) (?:a|an|his|her|their) (?:meeting|talks|bilateral meeting) with\\s+[^⟦.;]{0,80}?{HON}{T}{ACR},\\s*{HON}{S}`),
    confidence: 0.8,
  },
  {
    types: ['MET_WITH'],
    re: pattern(`\\b(?:Lors d'(?:une|un) (?:rencontre|réunion|entretien)|Au cours d'(?:une|un) (?:rencontre|entretien)) avec\\s+[^⟦.;]{0,80}?{HON}{T}{ACR},\\s*{HON}{S}`),
    confidence: 0.8,
  },
  // "Taylor Swift released "The Life of a Showgirl"": the title may stand in quotes.
  { types: ['PUBLISHED'], re: pattern(`{S}{ACR}{GAP}\\b{PUBLISH}\\s+${MODIFIERS}[«"“‘']?\\s*{T}`), confidence: 0.85 },
  {
    types: ['PUBLISHED'],
    re: pattern(
      `{T}[»"”’']?,?\\s+(?:published|released|issued|launched|presented|produced|publiée?s?|lancée?s?|présentée?s?|rendue? publique?|établie?)\\s+(?:by|par)\\s+{DET}{S}`,
    ),
    confidence: 0.85,
  },
  { types: ['PUBLISHED', 'ADOPTED'], re: pattern(`{S}(?:'s)?\\s+(?:latest\\s+|new\\s+|annual\\s+|flagship\\s+)?[«"“‘']?{T}`), confidence: 0.7 },
  // "« Jacaranda » est le nouveau roman de Gaël Faye"; "Publié par Gallimard, « Jacaranda »"
  {
    types: ['PUBLISHED'],
    re: pattern(`{T}\\s*[»"”’']?\\s+(?:est|était|is|was)\\s+(?:the|le|la|l'|son|sa|his|her|their|un|une|a|an)\\s*{ADJ}{WORK_NOUN}\\s+(?:de|by|d')\\s*{HON}{S}`),
    confidence: 0.75,
  },
  { types: ['PUBLISHED'], re: pattern(`\\b(?:publiée?s?|published|éditée?s?|edited)\\s+(?:par|by)\\s+{DET}{S},\\s*[«"“‘']?\\s*{T}`), confidence: 0.75 },
  {
    types: ['PUBLISHED'],
    re: pattern(`\\b(?:lancement|publication|présentation|parution|launch|launching|release|presentation)\\s+(?:du|de la|de l'|des|of(?: the| its)?)\\s*{T}`),
    confidence: 0.75,
    agent: 'nearest',
  },
  { types: ['ADOPTED'], re: pattern(`{S}{ACR}{GAP}\\b{ADOPT}\\s+${MODIFIERS}(?:[\\p{L}-]+\\s+){0,2}?{T}`), confidence: 0.85 },
  {
    types: ['ADOPTED'],
    re: pattern(
      `{T}(?:\\s*\\(\\d{4}\\))?,?\\s+(?:(?:was|were|a été|ont été)\\s+)?(?:unanimously\\s+)?(?:adoptée?s?|adopted)(?!\\s+(?:(?:à l'unanimité|unanimously)\\s+)?(?:par|by)\\b)`,
    ),
    confidence: 0.7,
    agent: 'previous',
  },
  {
    types: ['ADOPTED'],
    re: pattern(
      `{T},?\\s+(?:(?:was|were|had been|has been|been|a été|ont été)\\s+)?(?:unanimously\\s+)?(?:adopted|approved|endorsed|adoptée?s?|approuvée?s?)\\s+(?:(?:à l'unanimité|unanimously)\\s+)?(?:by|par)\\s+{DET}{S}`,
    ),
    confidence: 0.85,
  },
  {
    types: ['ADDRESSES'],
    re: pattern(
      `{S}{ACR}{GAP}\\b(?:against|contre|on|sur|to combat|to counter|to fight|to tackle|to address|pour combattre|pour lutter contre|de lutte contre|dealing with|focused on|consacrée? à|portant sur|relative à|relatif à|about)\\s+{DET}{T}`,
    ),
    confidence: 0.7,
  },
];

/** Every pattern: general news first, since their role words are more specific than the diplomatic titles. */
export const PATTERNS: RelationPattern[] = [...GENERAL_PATTERNS, ...DIPLOMATIC_PATTERNS];

/**
 * UN press style puts the title at the end of one sentence and the name at the start of the next:
 * "... et Chef de la MINUSMA. M. El-Ghassim Wane a également évoqué ...". Read over sentence pairs
 * whose second sentence opens with an honorific.
 */
export const CROSS_SENTENCE_PATTERNS: RelationPattern[] = [
  { types: ['LEADS', 'MEMBER_OF'], re: pattern(`{LEAD}\\s+{OF}?\\s*{DET}{T}{ACR}\\s*\\.\\s+{HON}{S}`), confidence: 0.8 },
  { types: ['MEMBER_OF'], re: pattern(`{MEMBER}\\s+{OF}\\s*{DET}{T}{ACR}\\s*\\.\\s+{HON}{S}`), confidence: 0.75 },
];
