/**
 * A small, realistic FR/EN news vocabulary for generated articles: names per entity type and sentence
 * templates per relation type. `{s}` and `{t}` are the source and target names.
 */
import type { EntityType } from '@/lib/model';

const FIRST_NAMES = [
  'Yury',
  'Ban',
  'Marie',
  'Jean',
  'Amina',
  'Carlos',
  'Olga',
  'Kofi',
  'Léa',
  'Hiroshi',
  'Fatou',
  'Pierre',
  'Anna',
  'Rafael',
  'Ngozi',
  'Élodie',
  'Tomás',
  'Sven',
  'Aïcha',
  'Dmitri',
];
const LAST_NAMES = [
  'Fedotov',
  'Ki-moon',
  'Dupont',
  'Martin',
  'Mohammed',
  'Silva',
  'Ivanova',
  'Annan',
  'Moreau',
  'Tanaka',
  'Diallo',
  'Lefèvre',
  'Schmidt',
  'Núñez',
  'Okonjo',
  'Girard',
  'Costa',
  'Lindqvist',
  'Benali',
  'Petrov',
];
const ORG_HEADS = ['Office', 'Agence', 'Conseil', 'Commission', 'Bureau', 'Programme', 'Fonds', 'Organisation', 'Institut', 'Comité'];
const ORG_TAILS = [
  'des Nations Unies',
  'européen',
  'africain',
  'pour le développement',
  'contre la drogue',
  'de sécurité',
  'pour les réfugiés',
  'de la santé',
  'du commerce',
  'pour l’environnement',
];
const PLACES = [
  'Vienne',
  'Genève',
  'New York',
  'Paris',
  'Moscou',
  'Ekaterinbourg',
  'Nairobi',
  'Dakar',
  'Tokyo',
  'Lima',
  'Bruxelles',
  'Rabat',
  'Kaboul',
  'Bogota',
  'Lagos',
  'Oslo',
  'Lyon',
  'Montréal',
  'Bamako',
  'Hanoï',
];
const EVENT_KINDS = ['Sommet', 'Conférence', 'Réunion', 'Forum', 'Assemblée', 'Session'];
const DOC_KINDS = ['Rapport mondial', 'Convention', 'Résolution', 'Stratégie', 'Déclaration', 'Plan d’action'];
const TOPICS = [
  'trafic de drogues',
  'criminalité organisée',
  'terrorisme',
  'corruption',
  'piraterie',
  'migrations',
  'climat',
  'santé publique',
  'cybersécurité',
  'blanchiment',
  'sécurité alimentaire',
  'droits humains',
];

/** Every name of a type, built deterministically from the lists above (hundreds per type). */
export function namesOf(type: EntityType): string[] {
  switch (type) {
    case 'Person':
      return FIRST_NAMES.flatMap((f) => LAST_NAMES.map((l) => `${f} ${l}`));
    case 'Organization':
      return ORG_HEADS.flatMap((h) => ORG_TAILS.map((t) => `${h} ${t}`));
    case 'Location':
      return PLACES;
    case 'Event':
      return EVENT_KINDS.flatMap((k) => PLACES.map((p) => `${k} de ${p}`));
    case 'Document':
      return DOC_KINDS.flatMap((k) => TOPICS.map((t) => `${k} sur ${t === 'climat' ? 'le climat' : t}`));
    case 'Topic':
      return TOPICS;
  }
}

/** Relation templates: type, allowed ends, and one sentence per language. */
export const TEMPLATES: Array<{ type: string; from: EntityType; to: EntityType; fr: string; en: string }> = [
  { type: 'LEADS', from: 'Person', to: 'Organization', fr: '{s} dirige le {t} depuis plusieurs années.', en: '{s} has led the {t} for several years.' },
  { type: 'SPOKE_AT', from: 'Person', to: 'Event', fr: '{s} a pris la parole lors du {t}.', en: '{s} spoke at the {t}.' },
  { type: 'HELD_IN', from: 'Event', to: 'Location', fr: 'Le {s} s’est tenu à {t} cette semaine.', en: 'The {s} was held in {t} this week.' },
  { type: 'HEADQUARTERED_IN', from: 'Organization', to: 'Location', fr: 'Le {s} a son siège à {t}.', en: 'The {s} is headquartered in {t}.' },
  { type: 'PUBLISHED', from: 'Organization', to: 'Document', fr: 'Le {s} a publié le {t} jeudi.', en: 'The {s} published the {t} on Thursday.' },
  { type: 'ADDRESSES', from: 'Document', to: 'Topic', fr: 'Le {s} porte sur le {t} et ses conséquences.', en: 'The {s} deals with {t} and its consequences.' },
  { type: 'MET_WITH', from: 'Person', to: 'Person', fr: '{s} a rencontré {t} en marge des travaux.', en: '{s} met {t} on the sidelines of the meeting.' },
  { type: 'ATTENDED', from: 'Organization', to: 'Event', fr: 'Le {s} a participé au {t}.', en: 'The {s} took part in the {t}.' },
  { type: 'MEMBER_OF', from: 'Person', to: 'Organization', fr: '{s} est membre du {t}.', en: '{s} is a member of the {t}.' },
];

export const FILLER = {
  fr: [
    'Les délégués ont salué les progrès accomplis.',
    'Plusieurs pays ont demandé davantage de coopération internationale.',
    'Le débat se poursuivra lors de la prochaine session.',
    'Selon les observateurs, la situation reste préoccupante.',
  ],
  en: [
    'Delegates welcomed the progress made.',
    'Several countries called for more international cooperation.',
    'The debate will continue at the next session.',
    'According to observers, the situation remains worrying.',
  ],
};
