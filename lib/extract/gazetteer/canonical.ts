import type { EntityType } from '@/lib/model';
import { getGazetteer, nameKey } from './load';
import type { Gazetteer } from './types';

export interface CanonicalEntity {
  id: string;
  name: string;
  type: EntityType;
}

/**
 * The gazetteer's canonical entity for a surface form, so the loader maps ONUDC and UNODC, Moscou
 * and Moscow, Fédération de Russie and Russia to one id. Acronyms must match exactly; full names
 * match case-, accent- and punctuation-insensitively. Unknown names (and people) give null: the
 * loader then keeps the extractor's own id rather than guess a merge.
 */
export function canonicalFor(surface: string, type?: EntityType, gazetteer: Gazetteer = getGazetteer()): CanonicalEntity | null {
  const trimmed = surface.trim();
  const entry = gazetteer.byAcronym.get(trimmed) ?? gazetteer.byName.get(nameKey(trimmed));
  if (!entry || (type && entry.type !== type)) return null;
  return { id: entry.id, name: entry.name, type: entry.type };
}
