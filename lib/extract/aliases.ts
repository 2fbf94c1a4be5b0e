import type { ExtractedEntity } from '@/lib/model';
import { isGenericName, isKnownPlace } from './generic-names';
import { normaliseName } from './slug';

/**
 * Aliases are what the loader and the resolver merge on, across articles. A bare generic word or a definite
 * reference ("Office", "the Council", "Conseil") would join every office or council; a place named inside an
 * organisation ("Lille" in "Métropole européenne de Lille", "Alberta" in "Alberta Party") would join the body
 * and the place. Those stay mentions of the entity, never aliases.
 */
export function pruneAliases<E extends ExtractedEntity>(entities: E[]): E[] {
  const places = new Set(entities.filter((e) => e.type === 'Location').flatMap((e) => [e.name, ...e.aliases].map(normaliseName)));
  const keep = (e: E, alias: string) => !isGenericName(alias) && (e.type === 'Location' || (!places.has(normaliseName(alias)) && !isKnownPlace(alias)));
  return entities.map((e) => (e.aliases.every((a) => keep(e, a)) ? e : { ...e, aliases: e.aliases.filter((a) => keep(e, a)) }));
}
