import type { EntityType } from '@/lib/model';

const PREFIX: Record<EntityType, string> = {
  Person: 'person',
  Organization: 'org',
  Location: 'loc',
  Event: 'event',
  Document: 'doc',
  Topic: 'topic',
};

function stripAccents(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '');
}

/** Lowercase ASCII, accents stripped, every run of non-alphanumerics turned into one '-'. */
export function slugify(s: string): string {
  return stripAccents(s)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A comparison key that ignores case, accents, punctuation and spacing, so that "U.N.", "UN",
 * "Conseil de sécurité" and "conseil de securite" compare as they should.
 */
export function normaliseName(s: string): string {
  return stripAccents(s)
    .toLowerCase()
    .replace(/[\u2019'.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Deterministic, global, URL-safe entity id: `<prefix>-<slug of canonical name>`. */
export function toEntityId(type: EntityType, canonicalName: string): string {
  return `${PREFIX[type]}-${slugify(canonicalName)}`;
}

/**
 * normaliseName word by word: the gazetteer's lookup key. Built from tokens so the matcher can
 * join precomputed token keys instead of normalising every window of the text again.
 */
export function nameKeyOfWords(words: string[]): string {
  return words.map(normaliseName).filter(Boolean).join(' ');
}
