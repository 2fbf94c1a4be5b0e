import { cue, lexiconTest, pattern } from './macros';
import type { RelationPattern } from './patterns';

/**
 * Patterns of general news: roles (a player of a club, a coach, a spokesperson, a party's candidate), business
 * (acquisitions, ownership), sport and elections (who beat whom, who won which seat), justice (charged,
 * sentenced, ruled on) and visits. Their word lists live in lexicon.json; 'AFFILIATION' is read from the
 * target and the article (a party, else a club in sport news, else an employer: see affiliation.ts).
 */

/** "Le premier adjoint de la maire de Paris, Patrick Bloche" names the mayor's deputy, not the mayor. */
const NOT_SUBORDINATE =
  "(?<!(?:adjointe?|deputy|assistant|vice|porte-parole|spokesperson|spokesman|spokeswoman|conseillère?|adviser|advisor|aide)\\s+(?:de la|de l'|du|des|de|d'|of the|of|to the|to)\\s*)";

/** "La biotech est dirigée depuis 2022 par Kate Haviland", "the club, which has been coached since 2023 by". */
const PASSIVE = '(?:(?:which|that|qui)\\s+)?(?:(?:is|was|has been|had been|est|était|a été|sera)\\s+)?';
const SINCE = "(?:(?:depuis|since|from|jusqu'en|until)\\s+[\\p{L}\\d]+\\s+)?";

/** The ways news ties a person to an organisation by a role word, for one list of role words. */
function rolePatterns(role: string, types: string[], confidence: number, adjectivesAfterRole = true): RelationPattern[] {
  const after = adjectivesAfterRole ? '{ADJ}' : '';
  const words = cue(role);
  return (
    [
      // "PSG coach Luis Enrique", "Unite national lead officer Onay Kasab", "Tottenham's goalkeeper Guglielmo Vicario"
      { types, re: pattern(`{T}(?:'s|')?\\s+(?:[\\p{L}-]+\\s+){0,2}?${role},?\\s+{HON}{S}`), confidence, family: 'roles' },
      // "l'entraîneur de l'OM Roberto De Zerbi", "le défenseur marocain de l'OM Nayef Aguerd", "the leader of the Council, John Cotton"
      {
        types,
        re: pattern(`${NOT_SUBORDINATE}\\b${role}\\s+${after}{OF}\\s*{DET}{AREA}{T}{ACR}(?:\\s+(?:à|au|at|in)\\s+{DET}⟦\\d+⟧)?,?\\s+{HON}{S}`),
        confidence,
        family: 'roles',
      },
      // "Amanda Pritchard, the chief executive of NHS England", "Claude Guéant, ancien secrétaire général de l'Élysée"
      { types, re: pattern(`{S}{ACR},\\s*{DET}(?:[\\p{L}-]+\\s+){0,2}?${role}\\s+${after}{OF}\\s*{DET}{AREA}{T}`), confidence, family: 'roles' },
      // "Dominic Solanke, Tottenham's striker", "Diane Abbott, a veteran Labour MP"; not "a former Liverpool player"
      {
        types,
        re: pattern(`{S}{ACR},\\s*(?!(?:a |the )?(?:former|ex-|ancien|ancienne)\\b){DET}(?:(?!former\\b|ex-)\\p{Ll}[\\p{Ll}-]*\\s+){0,2}?{T}(?:'s)?\\s+${role}\\b`),
        confidence,
        family: 'roles',
      },
      // "Jean-Philippe Tanguy, député RN de la Somme", "Valérie Boyer, sénatrice LR": the label straight after the role
      // (the label ends the role: "chief UK economist" is an economist, not the UK's chief)
      {
        types,
        re: pattern(`{S}{ACR},\\s*{DET}(?:[\\p{L}-]+\\s+){0,2}?${role}\\s+{T}(?=\\s*(?:[,;.)]|$)|\\s+(?:de|du|des|d'|of|for|in|à|au|depuis|since)\\s)`),
        confidence,
        family: 'roles',
      },
    ] as RelationPattern[]
  ).map((p) => ({ ...p, cue: words }));
}

/** A leader's role, not a deputy's: "Google CEO Sundar Pichai", "le PDG de Sanofi, Paul Hudson"; not "vice-president". */
const LEADING = '(?<!(?:vice|deputy|assistant|adjointe?)[\\s-])(?:{LEAD}|{LEAD_ROLE})';

/** A scorer's minute: "(23e)", "(12')", "(45e+2, sp)". */
const MINUTE = "\\(\\s*\\d{1,3}\\s*(?:e|ᵉ|'|’|th|st|nd|rd)?(?:\\s*\\+\\s*\\d{1,2})?(?:\\s*[,;]?\\s*(?:s\\.?p\\.?|pen\\.?|csc|o\\.?g\\.?))?\\s*\\)";

/** "détenu par le groupe Lagardère", "owned by the Barclay family": the holder's kind before its name. */
const HOLDER = '(?:(?:groupe|group|company|firm|conglomerate|family|famille|fonds|fund|milliardaire|billionaire)\\s+)?';

/** "owned by India's Tata Motors", "bought by Japan's Nippon Steel": the holder's country before its name. */
const HOMELAND = "(?:⟦\\d+⟧['’]s\\s+)?";

const COURT = lexiconTest('COURT_NAME');
const PARTY = lexiconTest('PARTY_NAME');
const PEOPLE_OR_ORGS: RelationPattern['sourceTypes'] = ['Person', 'Organization'];

const ROLES: RelationPattern[] = [
  // "Présidé par Richard Ferrand, le Conseil constitutionnel", "Led by Kemi Badenoch, the Conservatives"
  { types: ['LEADS'], re: pattern(`\\b{LED_BY}\\s+(?:by|par)\\s+{DET}{HON}{S},\\s*{DET}{T}`), cue: cue('{LED_BY}'), confidence: 0.8, family: 'roles' },
  // "Élu à la tête de la FNSEA en 2023, Arnaud Rousseau promet", "À la tête de Renault depuis 2020, Luca de Meo"
  {
    types: ['LEADS'],
    re: pattern(`(?:^|[.!?]\\s+|\\b(?:élue?|réélue?|placée?|nommée?|arrivée?|installée?|portée?)\\s+)[àÀ]\\s+la\\s+tête\\s+{OF}\\s*{DET}{T}[^⟦,.;]{0,40},\\s+{HON}{S}`),
    cue: cue('tête'),
    confidence: 0.85,
    family: 'roles',
  },
  // "Xavier Niel, à la tête d'Iliad", "X, qui est à la tête du groupe depuis 2015", "X a été réélu à la tête du RN"
  {
    types: ['LEADS'],
    re: pattern(
      `{S},?\\s+(?:qui\\s+)?(?:(?:est|était|a été|avait été|sera)\\s+)?(?:(?:élue?|réélue?|placée?|nommée?|reconduite?|confirmée?|désignée?|maintenue?|installée?|portée?)\\s+)?à\\s+la\\s+tête\\s+{OF}\\s*{DET}{T}`,
    ),
    cue: cue('à la tête'),
    confidence: 0.85,
    family: 'roles',
  },
  // "Satya Nadella took over as chief executive of Microsoft", "X was named chair of the BBC"
  {
    types: ['LEADS'],
    re: pattern(
      `{S}\\s+(?:took over|has taken over|takes over|was appointed|has been appointed|was named|has been named|became|has become|becomes)\\s+(?:as\\s+)?(?:the\\s+)?{LEAD}\\s+{OF}\\s*{DET}{T}`,
    ),
    cue: cue('{LEAD}'),
    confidence: 0.85,
    family: 'roles',
  },
  // "Starbucks named Brian Niccol as its chief executive", "Renault a nommé François Provost directeur général"
  ...[
    [LEADING, 'LEADS'],
    ['{STAFF_ROLE}', 'WORKS_FOR'],
  ].map(([role, type]): RelationPattern => ({
    types: [type!],
    re: pattern(
      `{T}{ACR}{GAP}\\b(?:named|appointed|hired|has named|has appointed|has hired|a nommé|a désigné|a choisi|a recruté|nomme|désigne)\\s+{HON}{S},?\\s+(?:as\\s+|comme\\s+|au poste de\\s+)?(?:(?:its|their|the|son|sa|new|next|nouveau|nouvelle|futur|future|⟦\\d+⟧)\\s+)*${role}\\b`,
    ),
    cue: cue('(?:named|appointed|hired|nommé|désigné|choisi|recruté|nomme|désigne)'),
    confidence: 0.8,
    sourceTypes: ['Person'],
    family: 'roles',
  })),
  // "Ryanair, whose chief executive is Michael O'Leary", "Chez Stellantis, le directeur général Carlos Tavares"
  ...[
    [LEADING, 'LEADS'],
    ['{STAFF_ROLE}', 'WORKS_FOR'],
  ].flatMap(([role, type]): RelationPattern[] => [
    {
      types: [type!],
      re: pattern(`{T}{ACR},\\s+whose\\s+(?:\\p{Ll}+\\s+){0,2}?${role}\\s+(?:is|was|has been)\\s+{HON}{S}`),
      cue: cue('whose'),
      confidence: 0.85,
      family: 'roles',
    },
    {
      types: [type!],
      re: pattern(`\\b(?:chez|at)\\s+{T},\\s*{DET}(?:\\p{Ll}+\\s+){0,2}?${role}\\s+{HON}{S}`),
      cue: cue('(?:chez|at)\\s'),
      confidence: 0.8,
      family: 'roles',
    },
  ]),
  // "Tottenham sacked Ange Postecoglou", "L'OM a limogé Roberto De Zerbi", "X was sacked by Y": whom it employed
  {
    types: ['WORKS_FOR'],
    re: pattern(`{T}{ACR}\\s+(?:has\\s+|have\\s+)?(?:sacked|fired|dismissed|a limogé|a licencié|a remercié|a démis|limoge|licencie)\\s+{DESC}{HON}{S}`),
    cue: cue('(?:sacked|fired|dismissed|limogé|licencié|remercié|démis|limoge|licencie)'),
    confidence: 0.75,
    sourceTypes: ['Person'],
    family: 'roles',
  },
  {
    types: ['WORKS_FOR'],
    re: pattern(
      `{S}\\s+(?:was|has been|had been|a été|avait été)\\s+(?:sacked|fired|dismissed|limogée?|licenciée?|remerciée?|démise?)\\s+(?:[^⟦.;:!?]{0,30}?\\s)?(?:by|par)\\s+{DET}{T}`,
    ),
    cue: cue('(?:sacked|fired|dismissed|limogé|licencié|remercié|démis)'),
    confidence: 0.75,
    sourceTypes: ['Person'],
    family: 'roles',
  },
  // "Under chief executive Kelly Ortberg, Boeing has cut costs"
  {
    types: ['LEADS'],
    re: pattern(`\\b(?:under|sous)\\s+(?:(?:its|their|the|son|sa|le|la)\\s+)?{LEAD}\\s+{HON}{S},\\s*{DET}{T}`),
    cue: cue('{LEAD}'),
    confidence: 0.8,
    family: 'roles',
  },
  ...rolePatterns('{SPOKES_ROLE}', ['SPOKESPERSON_OF'], 0.85),
  ...rolePatterns('{PLAYER_ROLE}', ['PLAYS_FOR'], 0.8),
  ...rolePatterns('{STAFF_ROLE}', ['WORKS_FOR'], 0.8),
  ...rolePatterns('{PARTY_ROLE}', ['MEMBER_OF'], 0.75),
  ...rolePatterns(LEADING, ['LEADS'], 0.85, false),
  ...rolePatterns('{MEMBER_ROLE}', ['MEMBER_OF'], 0.75),
  // "Mbappé joined Real Madrid", "X a rejoint le PSG": a club in sport news, a party, else an employer
  { types: ['AFFILIATION'], re: pattern(`{S}{ACR}{GAP}\\b{JOIN}\\s+{DET}{DESC}{T}`), cue: cue('{JOIN}'), confidence: 0.7, sourceTypes: ['Person'], family: 'roles' },
  // "la députée Renaissance Violette Spillebout", "Liberal candidate Bruce Fanjoy"
  // "le député LFI de Seine-Saint-Denis Éric Coquerel"
  {
    types: ['MEMBER_OF'],
    re: pattern(`\\b{PARTY_ROLE}\\s+{T}(?:\\s+(?:de la|de l'|des|du|de|d'|for|of)\\s*⟦\\d+⟧)?,?\\s+{HON}{S}`),
    cue: cue('{PARTY_ROLE}'),
    confidence: 0.75,
    family: 'roles',
  },
  // "Reform UK's deputy leader Richard Tice": a deputy is a member (of a party) or works for the organisation
  {
    types: ['AFFILIATION'],
    re: pattern(`{T}(?:'s)?\\s+(?:deputy|vice|assistant)[\\s-](?:leader|chair|chairman|chairwoman|president),?\\s+{HON}{S}`),
    cue: cue('(?:deputy|vice|assistant)'),
    confidence: 0.7,
    sourceTypes: ['Person'],
    family: 'roles',
  },
  // "l'adjoint (Les Écologistes) chargé des espaces verts, Christophe Najdovski"; "Jonas Vingegaard (Visma-Lease a Bike)"
  {
    types: ['MEMBER_OF'],
    re: pattern(`\\((?:{DET})?{T}\\)(?:[^⟦.;:!?]{0,40}?\\b(?:de la|de l'|des|du|de|d'|of|in)\\s*⟦\\d+⟧)?[^⟦.;:!?]{0,60}?,\\s*{HON}{S}`),
    confidence: 0.7,
    family: 'roles',
  },
  { types: ['AFFILIATION'], re: pattern(`{S}\\s*\\(\\s*{T}\\s*\\)`), confidence: 0.7, sourceTypes: ['Person'], family: 'roles' },
  // "Labour's Karen Shore", "Tottenham's Destiny Udogie"
  { types: ['AFFILIATION'], re: pattern(`{T}'s\\s+{S}`), confidence: 0.7, sourceTypes: ['Person'], family: 'roles' },
  // "Teddy Kareta of Villanova University", "Sean Houlston of the Conservatives"
  { types: ['AFFILIATION'], re: pattern(`{S}\\s+(?:of|from|at)\\s+{DET}{T}`), confidence: 0.65, sourceTypes: ['Person'], family: 'roles' },
  // "Van Aert, coéquipier de Vingegaard chez Visma-Lease a Bike"
  // "Bukayo Saka scored twice for Arsenal", "Ousmane Dembélé a ouvert le score pour le PSG"
  {
    types: ['PLAYS_FOR'],
    re: pattern(`{S}{ACR}{GAP}\\b{SCORE}\\b[^⟦.;:!?]{0,50}?\\b(?:for|pour)\\s+{DET}{T}`),
    cue: cue('{SCORE}'),
    confidence: 0.8,
    sourceTypes: ['Person'],
    family: 'roles',
  },
  { types: ['PLAYS_FOR'], re: pattern(`{S},\\s*{DET}{PLAYER_ROLE}\\s+{OF}\\s*⟦\\d+⟧\\s+(?:chez|at|with)\\s+{T}`), cue: cue('{PLAYER_ROLE}'), confidence: 0.8, family: 'roles' },
  // "Bukayo Saka's goal gave Arsenal the lead", "Le but de Bradley Barcola a offert la victoire au PSG"
  {
    types: ['PLAYS_FOR'],
    re: pattern(
      `{S}['’]s\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:goal|goals|strike|header|penalty|brace|double|hat-trick|winner|equaliser|equalizer)\\s+(?:gave|handed|earned|secured|sealed|won|put|sent|rescued)\\s+{DET}{T}`,
    ),
    cue: cue('(?:gave|handed|earned|secured|sealed|won|put|sent|rescued)'),
    confidence: 0.8,
    sourceTypes: ['Person'],
    family: 'roles',
  },
  {
    types: ['PLAYS_FOR'],
    re: pattern(
      `\\b(?:le but|le doublé|le triplé|la frappe|la tête|le penalty|le coup franc|la reprise)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:de|d')\\s*{S}\\s+(?:a|avait)\\s+(?:offert|donné|permis|assuré)\\s+(?:[^⟦.;:!?]{0,40}?\\s)?(?:à|au|aux)\\s+{DET}{T}`,
    ),
    cue: cue('(?:offert|donné|permis|assuré)'),
    confidence: 0.8,
    sourceTypes: ['Person'],
    family: 'roles',
  },
  // "Arsenal signed Declan Rice from West Ham", "Le PSG a recruté Désiré Doué": the side that signs him, not the one he left
  {
    types: ['AFFILIATION'],
    re: pattern(`{T}{ACR}\\s+(?:has\\s+|have\\s+)?(?:signed|recruited|a recruté|a engagé|a enrôlé|a fait signer|a attiré|recrute|engage)\\s+{DESC}{HON}{S}`),
    cue: cue('(?:signed|recruited|recruté|engagé|enrôlé|signer|attiré|recrute|engage)'),
    confidence: 0.75,
    sourceTypes: ['Person'],
    family: 'roles',
  },
  // A scorers' line: "Buts : Thauvin (23e), Saïd (78e) pour Lens", "Goals: Saka (12'), Rice (80') for Arsenal"
  {
    types: ['PLAYS_FOR'],
    re: pattern(`{S}\\s*${MINUTE}(?:\\s*(?:,|et|and)\\s*⟦\\d+⟧\\s*${MINUTE})*\\s*(?:pour|for)\\s+{DET}{T}`),
    confidence: 0.8,
    sourceTypes: ['Person'],
    family: 'roles',
  },
  // "Lens a réduit l'écart par Florian Thauvin", "Arsenal took the lead through Bukayo Saka": the side scored by its player.
  {
    types: ['PLAYS_FOR'],
    re: pattern(
      `{T}\\s+(?:a|avait|ont|avaient)\\s+(?:ouvert le score|réduit l'écart|réduit la marque|égalisé|doublé la mise|pris l'avantage|corsé l'addition)\\s+(?:[^⟦.;]{0,30}?\\s)?(?:par|grâce à)\\s+{HON}{S}`,
    ),
    confidence: 0.8,
    sourceTypes: ['Person'],
    family: 'roles',
  },
  {
    types: ['PLAYS_FOR'],
    re: pattern(
      `{T}\\s+(?:took the lead|went ahead|equalised|equalized|pulled one back|pulled a goal back|doubled (?:their|its) lead|levelled|leveled)\\s+(?:[^⟦.;]{0,30}?\\s)?(?:through|via|thanks to)\\s+{HON}{S}`,
    ),
    confidence: 0.8,
    sourceTypes: ['Person'],
    family: 'roles',
  },
  // "Tottenham, managed by Ange Postecoglou"; "The Tories, led by Kemi Badenoch"; "présidé par la députée Renaissance Violette Spillebout"
  {
    types: ['WORKS_FOR'],
    re: pattern(`{T}{ACR},?\\s+${PASSIVE}{MANAGED_BY}\\s+${SINCE}(?:by|par)\\s+{DET}(?:[^⟦.;]{0,40}?⟦\\d+⟧\\s+)?{HON}{S}`),
    cue: cue('{MANAGED_BY}'),
    confidence: 0.8,
    family: 'roles',
  },
  {
    types: ['LEADS'],
    re: pattern(`{T}{ACR},?\\s+${PASSIVE}{LED_BY}\\s+${SINCE}(?:by|par)\\s+{DET}(?:[^⟦.;]{0,40}?⟦\\d+⟧\\s+)?[^⟦.;]{0,30}?{HON}{S}`),
    cue: cue('{LED_BY}'),
    confidence: 0.8,
    family: 'roles',
  },
  // "Sundar Pichai, who also runs Alphabet"
  // "Satya Nadella, who has run Microsoft since 2014"
  {
    types: ['LEADS'],
    re: pattern(`{S}{ACR},?\\s+(?:who|qui)\\s+(?:has\\s+|had\\s+|have\\s+)?(?:also\\s+|aussi\\s+|également\\s+)?(?:run|{RUNS})\\s+{DET}{T}`),
    cue: cue('(?:run|{RUNS})'),
    confidence: 0.8,
    family: 'roles',
  },
  // "Maria Van Kerkhove, an epidemiologist at the World Health Organization", "Jean Dupuis, directeur de recherche au CNRS"
  {
    types: ['WORKS_FOR'],
    re: pattern(
      `{S}{ACR},\\s*(?:an?|the|une?|la|le|l')?\\s*(?:[\\p{Ll}-]+\\s+|⟦\\d+⟧\\s+){0,2}?[\\p{Ll}-]+(?:\\s+(?:de|d')\\s*[\\p{Ll}-]+)?\\s+(?:at|with|au|aux|chez|à la|à l'|à)\\s*{DET}{T}(?=\\s*(?:[,.;)]|$|\\s(?:said|says|told|a |who|qui|et|and)))`,
    ),
    confidence: 0.65,
    sourceTypes: ['Person'],
    family: 'roles',
  },
  { types: ['WORKS_FOR'], re: pattern(`{S}{ACR}{GAP}\\b{WORK}\\s+{DET}{DESC}{T}`), cue: cue('{WORK}'), confidence: 0.75, family: 'roles' },
  // "Selon Marie Dupont, de l'Insee, …", "Marylise Léon, de la CFDT, …": a person of the organisation (a party's member)
  { types: ['AFFILIATION'], re: pattern(`{S},\\s+(?:de la|de l'|du|des|d')\\s*{T}{ACR}\\s*(?=[,)])`), confidence: 0.6, sourceTypes: ['Person'], family: 'roles' },
  // "Carney, who became Canada's 24th prime minister"
  {
    types: ['LEADS'],
    re: pattern(`{S}{ACR},?\\s+(?:who|qui)\\s+(?:became|becomes|est devenue?|devient)\\s+{T}'s\\s+(?:[\\p{L}\\d-]+\\s+){0,2}?{LEAD}`),
    cue: cue('{LEAD}'),
    confidence: 0.8,
    family: 'roles',
  },
  // "Alphabet Inc.'s Google" (owns), "Mark Carney's Liberal Party" (leads)
  { types: ['LEADS', 'OWNS'], re: pattern(`{S}\\.?'s\\s+{T}`), confidence: 0.65, family: 'business' },
  // "La présidente du groupe du Rassemblement national à l'Assemblée nationale, Marine Le Pen": she leads the group, not the party
  {
    types: ['MEMBER_OF'],
    re: pattern(`\\b(?:{LEAD}|{PARTY_ROLE}|{MEMBER})\\s+{OF}\\s*(?:groupe|group|parliamentary group)\\s+{OF}\\s*{DET}{T}{ACR}(?:\\s+(?:à|au|at|in)\\s+{DET}⟦\\d+⟧)?,?\\s+{HON}{S}`),
    cue: cue('(?:groupe|group)'),
    confidence: 0.75,
    family: 'roles',
  },
  // "El-Ghassim Wane, Représentant spécial et chef de la MINUSMA"
  { types: ['LEADS'], re: pattern(`{S}{ACR},\\s*{DET}[^.;!?]{0,100}?\\b(?:et|and)\\s+{DET}{LEAD}\\s+{OF}\\s*{DET}{T}`), cue: cue('{LEAD}'), confidence: 0.8, family: 'roles' },
  // "la Libye de Mouammar Kadhafi"
  { types: ['LEADS'], re: pattern(`{T}(?<=(?<![\\p{L}])(?:la|le|l')\\s*⟦\\d+⟧)\\s+(?:de|d')\\s*{S}`), confidence: 0.6, sourceTypes: ['Person'], family: 'roles' },
  // "Lille : Arnaud Deslandes élu maire"; "X élu maire de Lille"
  { types: ['LEADS'], re: pattern(`{T}\\s*:\\s*{S}\\s+{ELECTED}\\s+{LEAD}`), cue: cue('{ELECTED}'), confidence: 0.75, family: 'roles' },
  {
    types: ['LEADS'],
    re: pattern(`{S}{ACR}{GAP}\\b(?:{ELECTED}|nommée?|appointed|named)\\s+(?:as\\s+)?{LEAD}\\s+{OF}\\s*{DET}{T}`),
    cue: cue('(?:{ELECTED}|nommée?|appointed|named)'),
    confidence: 0.75,
    family: 'roles',
  },
  // "principale publication de l'ONUDC, qu'il dirige": the sentence's first person leads it
  {
    types: ['LEADS'],
    re: pattern(`{T}{ACR},?\\s+(?:qu'il|qu'elle|which (?:he|she))\\s+{RUNS}`),
    cue: cue('{RUNS}'),
    confidence: 0.7,
    agent: 'subject',
    sourceTypes: ['Person'],
    family: 'roles',
  },
];

const BUSINESS: RelationPattern[] = [
  { types: ['ACQUIRED'], re: pattern(`{S}{ACR}{GAP}\\b{ACQUIRE}\\s+{DET}(?:[\\p{L}-]+\\s+){0,2}?{T}`), cue: cue('{ACQUIRE}'), confidence: 0.85, family: 'business' },
  {
    types: ['ACQUIRED'],
    re: pattern(`{S}'s\\s+[^⟦.;:!?]{0,40}?\\b(?:acquisition|purchase|takeover|rachat)\\s+(?:of|de|d')\\s*{DET}{T}`),
    cue: cue('(?:acquisition|purchase|takeover|rachat)'),
    confidence: 0.85,
    family: 'business',
  },
  {
    types: ['ACQUIRED'],
    re: pattern(`{T}{ACR},?{GAP}\\b(?:(?:was|were|has been|had been|is being|will be|a été|ont été|sera)\\s+)?{ACQUIRED_BY}\\s+(?:by|par)\\s+{DET}${HOMELAND}{S}`),
    cue: cue('{ACQUIRED_BY}'),
    confidence: 0.85,
    family: 'business',
  },
  // "LVMH, the owner of Louis Vuitton and Dior": each brand listed after the first
  { types: ['OWNS'], re: pattern(`{S}{ACR}{GAP}\\b{OWN}\\s+{DET}{DESC}{T}`), cue: cue('{OWN}'), confidence: 0.8, coordinateTargets: true, family: 'business' },
  {
    types: ['OWNS'],
    re: pattern(
      `{T}{ACR},?\\s+(?:(?:which|that)\\s+is\\s+|qui est\\s+)?(?:{OWNED_BY}\\s+(?:by|par)|propriété\\s+(?:de\\s+la|de\\s+l'|de|du|d'|des))\\s*{DET}${HOMELAND}${HOLDER}{S}`,
    ),
    cue: cue('(?:{OWNED_BY}|propriété)'),
    confidence: 0.8,
    family: 'business',
  },
  { types: ['OWNS'], re: pattern(`{T}{ACR},\\s*{DET}{ADJ}{UNIT}\\s+(?:of|de|du|d')\\s*{DET}${HOLDER}{S}`), cue: cue('{UNIT}'), confidence: 0.8, family: 'business' },
  // "Instagram, a Meta subsidiary"
  { types: ['OWNS'], re: pattern(`{T}{ACR},\\s*(?:an?|the)\\s+{S}(?:'s)?\\s+{UNIT}\\b`), cue: cue('{UNIT}'), confidence: 0.8, family: 'business' },
  // "the Murdoch-owned Sun", "Qatar-backed PSG"
  { types: ['OWNS'], re: pattern(`{S}-(?:owned|controlled|backed)\\s+{DESC}{T}`), cue: cue('-(?:owned|controlled|backed)'), confidence: 0.8, family: 'business' },
  // "Chelsea owner Todd Boehly", "Chelsea's American owner Todd Boehly", "le propriétaire du PSG, X"
  { types: ['OWNS'], re: pattern(`{T}(?:'s)?\\s+(?:\\p{L}+\\s+)?(?:co-)?owners?\\s+{HON}{S}`), cue: cue('owners?'), confidence: 0.8, family: 'business' },
  { types: ['OWNS'], re: pattern(`\\b(?:co-)?propriétaires?\\s+{OF}\\s*{DET}{T}{ACR},?\\s+{HON}{S}`), cue: cue('propriétaires?'), confidence: 0.8, family: 'business' },
];

/** "Toulouse 2-1 Angers": a result line names the winner first when its score is the higher. */
const scores = (win: boolean) =>
  Array.from({ length: 10 }, (_, a) => Array.from({ length: 10 }, (_, b) => [a, b] as const))
    .flat()
    .filter(([a, b]) => (win ? a > b : a < b))
    .map(([a, b]) => `${a}\\s*[-–]\\s*${b}`)
    .join('|');

/**
 * "Le PSG de Luis Enrique a battu Lyon", "l'OM de Roberto De Zerbi s'est imposé": the side named with its coach
 * is the winner, not the coach (who is no slot of his own before the verb).
 */
const WITH_COACH = "(?:\\s*(?:de|d'|d’)\\s*⟦\\d+⟧)?";
const NOT_COACH = "(?<!⟦\\d+⟧\\s*(?:de|d'|d’)\\s*)";

const CONTESTS: RelationPattern[] = [
  { types: ['DEFEATED'], re: pattern(`{S}\\s+\\(?(?:${scores(true)})\\)?\\s+{T}`), cue: /\d\s*[-–]\s*\d/u, confidence: 0.75, family: 'contests' },
  { types: ['DEFEATED'], re: pattern(`{S}\\s+\\(?(?:${scores(false)})\\)?\\s+{T}`), cue: /\d\s*[-–]\s*\d/u, confidence: 0.75, reverse: true, family: 'contests' },
  // "Lens s'est imposé 2-1 face à Lyon", "City won 3-0 against Arsenal"
  {
    types: ['DEFEATED'],
    re: pattern(
      `${NOT_COACH}{S}{ACR}${WITH_COACH}{GAP}\\b(?:s'est imposée?|se sont imposés|l'a emporté|l'emporte|won|wins|win)\\s+(?:\\(?\\d+\\s*[-–]\\s*\\d+\\)?\\s+)?(?:face à|contre|devant|sur|against|over)\\s+{DET}{T}`,
    ),
    cue: cue('(?:imposée?|imposés|emporté|emporte|won|wins|win)'),
    confidence: 0.8,
    family: 'contests',
  },
  { types: ['DEFEATED'], re: pattern(`${NOT_COACH}{S}{ACR}${WITH_COACH}{GAP}\\b{BEAT}\\b\\s*{DET}{DESC}{T}`), cue: cue('{BEAT}'), confidence: 0.85, family: 'contests' },
  // "PSG won the Champions League ..., routing Inter Milan 5-0"
  { types: ['DEFEATED'], re: pattern(`,\\s*{BEATING}\\s+{DET}{T}`), cue: cue('{BEATING}'), confidence: 0.75, agent: 'subject', sourceTypes: PEOPLE_OR_ORGS, family: 'contests' },
  // "Liverpool ... coming from behind to beat Tottenham", "Liverpool crowned champions after 5-1 rout of Spurs"
  {
    types: ['DEFEATED'],
    re: pattern(`\\b{BEAT_SUBJECT}\\s+{DET}{T}`),
    cue: cue('{BEAT_SUBJECT}'),
    confidence: 0.7,
    agent: 'subject',
    sourceTypes: PEOPLE_OR_ORGS,
    family: 'contests',
  },
  // "For Inter coach Simone Inzaghi it was a second lost final, after defeat by Manchester City": the subject lost
  {
    types: ['DEFEATED'],
    re: pattern(`\\b{DEFEAT_BY}\\s+{DET}{T}`),
    cue: cue('{DEFEAT_BY}'),
    confidence: 0.65,
    agent: 'subject',
    sourceTypes: ['Organization'],
    reverse: true,
    family: 'contests',
  },
  // "Poilievre lost the riding of Carleton ... to Liberal candidate Bruce Fanjoy": Fanjoy won Carleton
  {
    types: ['ELECTED_TO'],
    re: pattern(`\\b{LOST}\\s+{DET}[^⟦.;!?]{0,30}?(?:⟦\\d+⟧[^⟦.;!?]{0,10}?)?{SEAT}\\s+(?:of\\s+|de\\s+)?{T}[^.;!?]{0,80}?\\b(?:to|au profit d[eu']|face à)\\s*[^⟦.;]{0,40}?{S}`),
    cue: cue('{LOST}'),
    confidence: 0.7,
    family: 'contests',
  },
  // "Poilievre lost the riding of Carleton, which he had held since 2004, to Liberal candidate Bruce Fanjoy"
  {
    types: ['DEFEATED'],
    re: pattern(
      `{T}{ACR}{GAP}\\b{LOST}\\b(?!\\s+(?:finals?|matches|games?)\\b)[^.;!?]{0,120}?\\b(?:to|by|against|face à|contre|devant)\\s+{DET}(?:(?:{PARTY_ROLE}|\\p{Lu}[\\p{L}-]*)\\s+){0,2}{HON}{S}`,
    ),
    cue: cue('{LOST}'),
    confidence: 0.75,
    family: 'contests',
  },
  // "Sarah Pochin ... polled 12,645 votes to 12,639 for Labour's Karen Shore"
  {
    types: ['DEFEATED'],
    re: pattern(`\\b{VOTES}\\s+[\\d,. ]+\\s*(?:votes?|voix|%|per cent)?\\s+(?:to|contre)\\s+[\\d,. ]+\\s*(?:votes?|voix|%|per cent)?\\s+(?:for|pour)\\s+(?:⟦\\d+⟧(?:'s)?\\s+)?{T}`),
    cue: cue('(?:votes?|voix|per cent|%)\\s+(?:to|contre)'),
    confidence: 0.75,
    agent: 'subject',
    sourceTypes: ['Person'],
    family: 'contests',
  },
  // "Carney ... won his own riding of Nepean"; "élu maire de Lille"; "Nigel Farage, the MP for Clacton"
  {
    types: ['ELECTED_TO'],
    re: pattern(`{S}{FAR}\\b{WIN_SEAT}\\s+(?:(?:his|her|their|the|own|sa|la|le|son)\\s+)*{ADJ}{SEAT}\\s+(?:of|in|for|de|du|d')\\s*{DET}{T}`),
    cue: cue('{WIN_SEAT}'),
    confidence: 0.8,
    sourceTypes: ['Person'],
    family: 'contests',
  },
  // "élu à la tête du RN", "elected to lead the party" lead it (LEADS, elsewhere): no one is elected to a party.
  {
    types: ['ELECTED_TO'],
    re: pattern(`{S}{ACR}{GAP}\\b{ELECTED}\\s+(?!à la tête\\b|at the head\\b)(?:as\\s+)?{ADJ}(?:{OF}|à|in|to)\\s*{DET}{T}`),
    cue: cue('{ELECTED}'),
    confidence: 0.8,
    targetNotNames: PARTY,
    family: 'contests',
  },
  {
    types: ['ELECTED_TO'],
    re: pattern(`{S}{ACR},?\\s+(?:the\\s+|le\\s+|la\\s+|l')?{REPRESENT}\\s*{DET}{T}`),
    cue: cue('{REPRESENT}'),
    confidence: 0.8,
    targetNotNames: PARTY,
    family: 'contests',
  },
  {
    types: ['ELECTED_TO'],
    re: pattern(`{T}{GAP}\\b(?:a élu|ont élu|elected|re-elected)\\s+{HON}{S}`),
    cue: cue('(?:a élu|ont élu|elected)'),
    confidence: 0.75,
    family: 'contests',
  },
];

const JUSTICE: RelationPattern[] = [
  { types: ['SENTENCED'], re: pattern(`{S}{ACR}{GAP}\\b{SENTENCE}\\b[^⟦.;]{0,80}?{T}`), cue: cue('{SENTENCE}'), confidence: 0.85, sourceNames: COURT, family: 'justice' },
  { types: ['SENTENCED'], re: pattern(`{T}{GAP}\\b{SENTENCED}\\b[^.;!?]{0,100}?\\b(?:by|par)\\s+{DET}{S}`), cue: cue('{SENTENCED}'), confidence: 0.85, family: 'justice' },
  // "X was jailed for 50 months at Southwark Crown Court", "X a été condamné ... devant le tribunal correctionnel"
  {
    types: ['SENTENCED'],
    re: pattern(`{T}{GAP}\\b{SENTENCED}\\b[^.;!?]{0,100}?\\b(?:at|in|devant|au|à la|à l')\\s*{DET}{S}`),
    cue: cue('{SENTENCED}'),
    confidence: 0.8,
    sourceNames: COURT,
    family: 'justice',
  },
  // "X was found guilty by a jury at the Old Bailey", "X a été reconnu coupable par le tribunal"
  {
    types: ['RULED_ON'],
    re: pattern(`{T}{GAP}\\b{CONVICTED}\\b[^.;!?]{0,100}?\\b(?:by|par|at|in|devant|au|à la|à l')\\s*{DET}{S}`),
    cue: cue('{CONVICTED}'),
    confidence: 0.75,
    sourceNames: COURT,
    family: 'justice',
  },
  { types: ['CHARGED'], re: pattern(`{S}{ACR}{GAP}\\b{CHARGE}\\b[^⟦.;]{0,60}?(?:contre\\s+|against\\s+)?{DET}{T}`), cue: cue('{CHARGE}'), confidence: 0.8, family: 'justice' },
  { types: ['CHARGED'], re: pattern(`{T}{GAP}\\b{CHARGED}\\b[^.;!?]{0,100}?\\b(?:by|par)\\s+{DET}{S}`), cue: cue('{CHARGED}'), confidence: 0.8, family: 'justice' },
  { types: ['RULED_ON'], re: pattern(`{S}{ACR}{GAP}\\b{RULE}\\b[^⟦.;]{0,60}?{T}`), cue: cue('{RULE}'), confidence: 0.75, sourceNames: COURT, family: 'justice' },
];

const VISITS: RelationPattern[] = [
  // "Grandi met the country's Chief Advisor, Dr. Muhammad Yunus"
  { types: ['MET_WITH'], re: pattern(`{S}{ACR}{GAP}\\b{MEET}\\s+{DET}[^⟦.;:!?]{0,60}?,\\s*{HON}{T}`), cue: cue('{MEET}'), confidence: 0.75, family: 'visits' },
  { types: ['VISITED'], re: pattern(`{S}{ACR}{GAP}\\b{VISIT}\\s*{DET}{DESC}{T}`), cue: cue('{VISIT}'), confidence: 0.8, coordinateTargets: true, family: 'visits' },
  { types: ['VISITED'], re: pattern(`{S}'s\\s+(?:[\\p{L}\\d-]+\\s+){0,2}?{VISIT_NOUN}\\s*{DET}{T}`), cue: cue('{VISIT_NOUN}'), confidence: 0.8, family: 'visits' },
  {
    types: ['VISITED'],
    re: pattern(`\\b(?:during|on|after|lors d'|au cours d'|pendant)\\s*(?:an?|his|her|their|une?|sa|son)\\s+{ADJ}{VISIT_NOUN}\\s*{DET}{T}{CLAUSE},\\s*{DET}{HON}{S}`),
    cue: cue('{VISIT_NOUN}'),
    confidence: 0.75,
    family: 'visits',
  },
];

const COMPASS =
  '(?:north|south|east|west|northern|southern|eastern|western|central|north-east|north-west|south-east|south-west|nord|sud|est|ouest|centre|nord-est|nord-ouest|sud-est|sud-ouest)';

/** "at the Utilita Arena in Newcastle", "Nice, dans les Alpes-Maritimes": a place the gazetteer does not know, inside another. */
const PLACES: RelationPattern[] = [
  { types: ['LOCATED_IN'], re: pattern(`{S}\\s+(?:in|dans)\\s+{DET}{T}`), confidence: 0.7, loosePlaces: true, family: 'places' },
  // "la gare Matabiau à Toulouse", but not "relier Colomiers à Labège": after "à" only a named venue or street nests.
  { types: ['LOCATED_IN'], re: pattern(`{S},?\\s+à\\s+{T}`), confidence: 0.7, loosePlaces: true, sourceNames: /\s/u, family: 'places' },
  // "Goma, the largest city in eastern Congo", "Kourou, une commune de Guyane", "Burnley is a town in Lancashire",
  // "Rennes, chef-lieu de la Bretagne";
  // not "une province au sud de Marrakech"
  {
    types: ['LOCATED_IN'],
    re: pattern(`{S}(?:,\\s*|\\s+(?:is|was|est|était)\\s+)(?:(?:an?|the|une?|la|le|l')\\s*)?{ADJ}{PLACE_NOUN}\\s+(?:in|of|dans|de|du|d'|de la|de l')\\s*{DET}{ADJ}{DET}{T}`),
    cue: cue('{PLACE_NOUN}'),
    confidence: 0.7,
    loosePlaces: true,
    family: 'places',
  },
  { types: ['LOCATED_IN'], re: pattern(`{S}{ACR}\\s+(?:de|d'|du)\\s*{T}`), confidence: 0.65, loosePlaces: true, family: 'places' },
  { types: ['LOCATED_IN'], re: pattern(`{S},\\s+dans\\s+(?:le|la|les|l')\\s*{T}`), cue: cue(',\\s+dans\\s'), confidence: 0.75, loosePlaces: true, family: 'places' },
  // "Le Louvre, à Paris, a été cambriolé", "the plant near Rouen, in Normandy, closed": where it is, set apart by commas
  { types: ['LOCATED_IN'], re: pattern(`{S},\\s+(?:in|à|en|au)\\s+{DET}{T}\\s*[,)]`), confidence: 0.75, loosePlaces: true, family: 'places' },
  // "Grenfell Tower in west London", "un village dans le nord de la Lozère"
  {
    types: ['LOCATED_IN'],
    re: pattern(`{S},?\\s+(?:in|dans)\\s+(?:the\\s+|le\\s+|la\\s+|l')?${COMPASS}\\s+(?:of\\s+|de\\s+la\\s+|de\\s+l'|du\\s+|de\\s+|d')?{DET}{T}`),
    confidence: 0.75,
    loosePlaces: true,
    family: 'places',
  },
];

const WORKS: RelationPattern[] = [
  // "le Rapport mondial sur les drogues, principale publication de l'ONUDC"
  {
    types: ['PUBLISHED'],
    re: pattern(`{T}{ACR},\\s*{DET}{ADJ}(?:publication|report|rapport|flagship)\\s+{OF}\\s*{DET}{S}`),
    cue: cue('(?:publication|report|rapport|flagship)'),
    confidence: 0.75,
    family: 'works',
  },
  // "le Conseil de sécurité a écouté l'exposé sur la situation au Mali de M. El-Ghassim Wane"
  {
    types: ['BRIEFED'],
    re: pattern(`{T}{GAP}\\b(?:a écouté|a entendu|heard|listened to)\\s+(?:l'exposé|un exposé|the briefing|a briefing)[^.;!?]{0,60}?\\b(?:de|by|from)\\s+{HON}{S}`),
    cue: cue('(?:écouté|entendu|heard|listened)'),
    confidence: 0.8,
    family: 'works',
  },
  // "Sam Fender has won the 2025 Mercury Prize for his third album, "People Watching""
  {
    types: ['PUBLISHED'],
    re: pattern(`{S}{FAR}\\b(?:for|pour)\\s+(?:his|her|their|son|sa|ses|leur)\\s+{ADJ}{WORK_NOUN}\\s*,?\\s*[«"“]?\\s*{T}`),
    cue: cue('{WORK_NOUN}'),
    confidence: 0.75,
    sourceTypes: ['Person'],
    family: 'works',
  },
  // "Charli XCX's album Brat", "Samantha Harvey won the Booker Prize for Orbital, a short novel"
  {
    types: ['PUBLISHED'],
    re: pattern(`{S}'s\\s+{ADJ}{WORK_NOUN}s?\\s*,?\\s*(?:(?:include|includes|including)\\s+)?[«"“]?\\s*{T}`),
    cue: cue('{WORK_NOUN}'),
    confidence: 0.75,
    sourceTypes: ['Person'],
    coordinateTargets: true,
    family: 'works',
  },
  {
    types: ['PUBLISHED'],
    re: pattern(`{S}{FAR}\\b(?:for|pour)\\s+[«"“]?{T}[»"”]?,\\s+(?:a|an|un|une)\\s+(?:[\\p{L}-]+,?\\s+){0,3}?{WORK_NOUN}\\b`),
    cue: cue('{WORK_NOUN}'),
    confidence: 0.75,
    sourceTypes: ['Person'],
    family: 'works',
  },
  // "Jafar Panahi a reçu la Palme d'or pour « Un simple accident »"
  { types: ['PUBLISHED'], re: pattern(`{S}{FAR}\\bpour\\s+(?:son|sa|ses)?\\s*{ADJ}[«"“]\\s*{T}`), confidence: 0.75, sourceTypes: ['Person'], family: 'works' },
  // "« Valeur sentimentale » du Norvégien Joachim Trier"; "Orbital, the novel by Samantha Harvey"
  {
    types: ['PUBLISHED'],
    re: pattern(`{T}\\s*[»"”]?,?\\s+(?:(?:the|le|la|un|une|a)\\s+{ADJ}{WORK_NOUN}\\s+)?(?:du|de la|de l'|de|by|d')\\s*{ADJ}{HON}{S}`),
    confidence: 0.75,
    family: 'works',
  },
];

export const GENERAL_PATTERNS: RelationPattern[] = [...ROLES, ...BUSINESS, ...CONTESTS, ...JUSTICE, ...VISITS, ...PLACES, ...WORKS];
