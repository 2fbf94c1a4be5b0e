import vocabulary from '@/graph-seed/relations.json';
import type { EntityType } from '@/lib/model';
import type { Cluster } from '../coref';
import regions from '../data/regions.json';
import { normaliseName } from '../slug';

const ALLOWED = new Map(vocabulary.relations.map((r) => [r.type, { from: new Set(r.from), to: new Set(r.to) }]));

/** Whether the vocabulary allows `type` from an entity of this type to one of that type. */
export function fitsVocabulary(type: string, from: EntityType, to: EntityType): boolean {
  const rule = ALLOWED.get(type);
  return !!rule && rule.from.has(from) && rule.to.has(to);
}

/**
 * LOCATED_IN read from "X, Y" or "X en Y" needs more than types: Y must be a country or region
 * containing X, else "France, Germany and Italy" would put France in Germany.
 */
function plausiblyInside(inner: Cluster, outer: Cluster, loose = false): boolean {
  const [a, b] = [inner.entry, outer.entry];
  // "Stanford University in California", "le CHU de Rennes": an institution bound to its place.
  if (loose && inner.type === 'Organization' && PLACE_BOUND.test(inner.name)) return !b || b.kind !== 'continent';
  // "Colomiers (Haute-Garonne)", "Hebden Bridge, West Yorkshire": a region the gazetteer does not hold as an entity.
  const region = b ? undefined : regionCountry(outer.name);
  // Not one region in another: "le Gard, l'Hérault et l'Aveyron" is a list.
  if (region) return inner.type === 'Location' && !regionCountry(inner.name) && a?.kind !== 'country' && a?.kind !== 'continent' && (!a?.country || a.country === region);
  // "the Utilita Arena in Newcastle": unknown places nest only where the wording says so, and never a country;
  // a place the gazetteer does not know nests in one it knows too ("the Royal Free Hospital in London").
  if (loose && inner.type === 'Location' && (!b || (!a && b.kind !== 'country')) && a?.kind !== 'country' && a?.kind !== 'continent') return true;
  if (inner.type !== 'Location' || !b?.kind || b.kind === 'city') return false;
  if (a?.kind === 'country') return b.kind === 'continent' || b.kind === 'region';
  if (a?.kind === 'continent') return false;
  return !(a?.country && b.kind === 'country' && b.country !== a.country);
}

/** Organisations that stand in one place: universities, hospitals, schools, prisons, museums, courts. */
const PLACE_BOUND =
  /(?:^|\s)(?:University|Hospital|Infirmary|Clinic|College|School|Prison|Museum|Court|Université|université|CHU|Musée|musée|hôpital|Hôpital|lycée|Lycée|collège|prison)(?:\s|$)/u;

const REGIONS = new Map(
  Object.entries(regions)
    .filter(([code]) => !code.startsWith('$'))
    .flatMap(([code, names]) => (names as string[]).map((name) => [normaliseName(name), code] as const)),
);

/** The country of a first-level region named so (data/regions.json), if it is one. */
export function regionCountry(name: string): string | undefined {
  return REGIONS.get(normaliseName(name.replace(/^(?:the|le|la|les|l')\s*/iu, '')));
}

/** The first candidate type the pair fits, or null; resolutions are adopted, not published. */
export function chooseType(candidates: string[], source: Cluster, target: Cluster, loosePlaces = false): string | null {
  if (source.id === target.id) return null;
  for (const type of candidates) {
    if (!fitsVocabulary(type, source.type, target.type)) continue;
    if (type === 'LOCATED_IN' && !plausiblyInside(source, target, loosePlaces)) continue;
    if (type === 'PUBLISHED' && /^resolution\b/i.test(target.name)) return fitsVocabulary('ADOPTED', source.type, target.type) ? 'ADOPTED' : null;
    return type;
  }
  return null;
}
