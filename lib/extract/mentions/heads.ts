import type { EntityType, Language } from '@/lib/model';

/** Head nouns that type a capitalised name nobody listed: "Ministry of ...", "... Summit", "... Report". */
const HEADS: Record<Exclude<EntityType, 'Person' | 'Topic'>, string> = {
  Organization:
    'council conseil office organisation organization agency agence bank banque fund fonds commission committee comité comite court cour tribunal union party parti ministry ministère ministere department département departement institute institut university université universite association federation fédération group groupe forces force army armée armee police service programme program secretariat secrétariat assembly assemblée parliament parlement senate sénat government gouvernement company corporation foundation fondation centre center network réseau alliance coalition movement mouvement front brigade brigades authority autorité board bureau mission directorate direction news agency unit unité division cartel league ligue radio television télévision tv newspaper journal press presse',
  Event:
    'conference conférence summit sommet meeting réunion forum congress congrès session games jeux festival olympics war guerre day journée week semaine dialogue talks pourparlers symposium colloque',
  Document:
    'report rapport convention treaty traité protocol protocole strategy stratégie agreement accord resolution résolution charter charte declaration déclaration act loi plan agenda framework cadre statute statut pact pacte compact guidelines principles principes',
  Location:
    'city ville province region région island islands île îles river fleuve lake lac mount mont mountains valley vallée sea mer street rue square place airport aéroport camp district state oblast governorate gouvernorat county comté port border frontière',
};

const HEAD_SETS = Object.entries(HEADS).map(([type, words]) => [type as EntityType, new Set(words.split(' '))] as const);

const CONNECTORS = new Set(['of', 'on', 'for', 'de', 'du', 'des', 'd', 'sur', 'pour', 'contre', 'against']);

/**
 * The type a name's head noun gives, or null. The head sits before any complement ("Conference on
 * Disarmament", "Office des Nations Unies"); within that part it comes last in English ("World Drug
 * Report") and first in French ("Rapport mondial", "Forces armées").
 */
export function typeByHead(words: string[], language: Language): EntityType | null {
  const cut = words.findIndex((w) => CONNECTORS.has(w.toLowerCase()));
  const core = cut === -1 ? words : words.slice(0, cut);
  const ordered = language === 'en' ? [...core].reverse() : core;
  for (const word of ordered) {
    const w = word.toLowerCase();
    for (const [type, set] of HEAD_SETS) if (set.has(w)) return type;
  }
  return null;
}
