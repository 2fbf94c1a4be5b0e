import type { EntityType, ExtractedEntity, Language } from '@/lib/model';
import { slugify } from '../slug';
import { findRelationsAmong } from './index';

/**
 * Entities given by hand, for the relation tests: each name a mention at every occurrence (or only the first), so
 * a test states which things an article names and checks only what the patterns make of them.
 */
export function handEntities(text: string, named: [string, EntityType][], every = true): ExtractedEntity[] {
  return named.map(([name, type]) => {
    const all = [...text.matchAll(new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].map((m) => ({ start: m.index, end: m.index + name.length, text: name }));
    return { id: `${type.toLowerCase()}-${slugify(name)}`, name, type, aliases: [], mentions: every ? all : all.slice(0, 1) };
  });
}

/** The typed relations among hand-given entities, as "TYPE source → target"; co-mentions left out. */
export function typedAmong(text: string, language: Language, named: [string, EntityType][]): string[] {
  return findRelationsAmong(text, language, handEntities(text, named))
    .filter((r) => r.type !== 'CO_MENTIONED')
    .map((r) => `${r.type} ${r.source} → ${r.target}`);
}
