import data from '../data/article-towns.json';
import { normaliseName, toEntityId } from '../slug';
import type { HybridEntity } from './types';

/** Bare form → full name: "havre" → "Le Havre", "sables d olonne" → "Les Sables-d'Olonne". */
const FULL_NAME = new Map(data.towns.map((town) => [normaliseName(town.replace(/^(?:Le|Les)\s+/u, '')), town]));

/**
 * "Le maire du Havre", "aux Ulis": a place (or its club) read under the bare form of a town whose name opens with
 * its article takes the full name, the bare form kept as an alias, so it is one entity with "Le Havre" elsewhere.
 * Returns the entities and the ids that changed.
 */
export function restoreTownArticles(entities: HybridEntity[]): { entities: HybridEntity[]; renamed: Map<string, string> } {
  const renamed = new Map<string, string>();
  const out = entities.map((e) => {
    const full = e.type === 'Location' || e.type === 'Organization' ? FULL_NAME.get(normaliseName(e.name)) : undefined;
    if (!full) return e;
    const id = toEntityId(e.type, full);
    if (id !== e.id) renamed.set(e.id, id);
    return { ...e, id, name: full, aliases: [...new Set([...e.aliases, e.name])].filter((a) => a !== full) };
  });
  return { entities: out, renamed };
}
