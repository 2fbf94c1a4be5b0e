import cues from '@/graph-seed/gazetteer/people-cues.json';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Alternation of phrases, longest first so "Directeur exécutif adjoint" wins over "Directeur exécutif". */
export function alternation(phrases: string[]): string {
  return [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
}

export const HONORIFICS = new Set(cues.honorifics.map((h) => h.replace(/\.$/, '')));
export const GIVEN_NAMES = new Set(cues.givenNames);
/** Words for groups of people ("Delegates", "Les experts"): a speech verb after them names nobody. */
export const GROUP_NOUNS = new Set(cues.groupNouns);

export const LEADER_TITLE = alternation(cues.leaderTitles);
export const MEMBER_TITLE = alternation(cues.memberTitles);
export const ANY_TITLE = alternation([...cues.leaderTitles, ...cues.memberTitles]);

const TITLE_WORDS = new Set([...cues.leaderTitles, ...cues.memberTitles].flatMap((t) => t.toLowerCase().split(/\s+/)));
export function isTitleWord(word: string): boolean {
  return TITLE_WORDS.has(word.toLowerCase());
}

/** Speech verbs around a name: "a déclaré Ban Ki-moon", "Fedotov said", "said Mr. Ban". */
export const SPEECH_BEFORE =
  /(?:a|avait|ont)\s+(?:déclaré|dit|souligné|ajouté|affirmé|indiqué|expliqué|estimé|rappelé|précisé|insisté|noté|observé|averti|conclu|répondu)\s*,?\s*$|\b(?:said|says|added|noted|stressed|explained|according to|selon|declared|warned|told)\s*$/iu;
export const SPEECH_AFTER =
  /^\s*,?\s*(?:a|avait|ont)\s+(?:déclaré|dit|souligné|ajouté|affirmé|indiqué|expliqué|estimé|rappelé|précisé|insisté|noté|observé|averti|réclamé|appelé|salué|plaidé|conclu)\b|^\s+(?:said|says|told|added|noted|stressed|explained|warned|urged|called|declared|welcomed|argued|insisted|emphasized|emphasised|underlined|highlighted)\b/iu;

const MONTHS =
  'janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre decembre january february march april may june july august september october november december';
const WEEKDAYS = 'lundi mardi mercredi jeudi vendredi samedi dimanche monday tuesday wednesday thursday friday saturday sunday';
const STARTERS =
  'le la les l un une des du de d ce cet cette ces il elle ils elles on nous vous je selon après avant pour dans mais si en à au aux sur par avec sans depuis pendant lors alors ainsi aussi enfin cependant toutefois beaucoup plusieurs chaque tout tous toute toutes aucun aucune seuls seul reconnaissons suivre recevez téléchargez inscrivez-vous ' +
  'the a an in on at for but and or this that these those it he she they we i you our his her their its according as after before while with without from by since during despite among if when where there such more many some all any every each both other also however yet still meanwhile today yesterday tomorrow here read watch follow sign ' +
  'later earlier then now last next first finally thus indeed moreover furthermore speaking asked addressing although though because whereas once until ' +
  'puis ensuite plus tard par ailleurs désormais déjà encore face lors parmi entre contre vers chez outre';
const COMMON = new Set([...MONTHS.split(' '), ...WEEKDAYS.split(' '), ...STARTERS.split(' ')]);

/** Capitalised words that never start or form a name on their own: months, weekdays, sentence openers. */
export function isCommonWord(word: string): boolean {
  return COMMON.has(word.toLowerCase());
}

export function isDateWord(word: string): boolean {
  const w = word.toLowerCase();
  return MONTHS.split(' ').includes(w) || WEEKDAYS.split(' ').includes(w);
}
