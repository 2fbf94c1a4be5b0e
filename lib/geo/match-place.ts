import { nameKey } from '@/lib/extract/gazetteer/load';
import type { Gazetteer, GazetteerEntry } from '@/lib/extract/gazetteer/types';
import type { GeoFacts } from './geo-lookup';
import { placeKey } from './place-key.mjs';

/** A Location entity as the graph holds it. */
export type PlaceEntity = { id: string; name: string; aliases: string[] };

/**
 * What to look up for a place: a country's centroid, or a city among the names it goes by (optionally only in
 * one country), or nothing: regions and continents have no single point, and saying so beats a wrong pin.
 */
export type PlacePlan = { kind: 'country'; country: string } | { kind: 'city'; keys: string[]; within?: string } | { kind: 'area' };

/**
 * A name that is also a state, province, département or county in another country than its biggest namesake city
 * is taken for the division (and left unplaced) unless that city has at least this many people: "Virginia" is
 * not Virginia, South Africa (122,000), "Vaucluse" not the Sydney suburb. A division in the city's own country
 * is the city's namesake ("Paris", "Florence") and changes nothing.
 */
export const CITY_OVER_DIVISION = 1_000_000;

/** Where a place was put, and what it was matched to ("Yekaterinburg, RU" or "country RU"). */
export type Placement = { lat: number; lon: number; matched: string };

/** The gazetteer's entry for the entity: by id, else by any of its names or acronyms, Locations only. */
function findEntry(place: PlaceEntity, gazetteer: Gazetteer): GazetteerEntry | undefined {
  const byId = gazetteer.byId.get(place.id);
  if (byId?.type === 'Location') return byId;
  for (const name of [place.name, ...place.aliases]) {
    const entry = gazetteer.byName.get(nameKey(name)) ?? gazetteer.byAcronym.get(name);
    if (entry?.type === 'Location') return entry;
  }
  return undefined;
}

/**
 * Decides what to look up, from the entity's names and aliases and the gazetteer's names for it (which add the
 * French and English forms: "Iekaterinbourg" and "Yekaterinburg" both reach GeoNames' Yekaterinburg).
 */
export function planPlace(place: PlaceEntity, gazetteer: Gazetteer, countryCodeOf: (name: string) => string | undefined): PlacePlan {
  const entry = findEntry(place, gazetteer);
  if (entry?.kind === 'country' && entry.country) return { kind: 'country', country: entry.country };
  if (entry?.kind === 'region' || entry?.kind === 'continent') return { kind: 'area' };
  const names = [place.name, ...place.aliases, ...(entry?.names ?? [])];
  if (!entry) {
    const country = names.map(countryCodeOf).find(Boolean);
    if (country) return { kind: 'country', country };
  }
  const keys = [...new Set(names.map(placeKey).filter(Boolean))];
  return { kind: 'city', keys, ...(entry?.country ? { within: entry.country } : {}) };
}

/** Every key a batch of plans needs from the geo worker. */
export function keysOf(plans: PlacePlan[]): { keys: string[]; countries: string[] } {
  return {
    keys: plans.flatMap((p) => (p.kind === 'city' ? p.keys : [])),
    countries: plans.flatMap((p) => (p.kind === 'country' ? [p.country] : [])),
  };
}

/** The plan's coordinates: the country's centroid, or the most populous city of any of its names; null if none. */
export function placeByPlan(plan: PlacePlan, facts: GeoFacts): Placement | null {
  if (plan.kind === 'area') return null;
  if (plan.kind === 'country') {
    const centroid = facts.countries[plan.country];
    return centroid ? { lon: centroid[0], lat: centroid[1], matched: `country ${plan.country}` } : null;
  }
  const candidates = plan.keys.flatMap((key) => facts.cities[key] ?? []).filter((c) => !plan.within || c.country === plan.within);
  const best = candidates.reduce<(typeof candidates)[number] | undefined>((a, c) => (!a || c.population > a.population ? c : a), undefined);
  // The gazetteer's word (within) settles it; without it, a division's name beats a small namesake town.
  const elsewhere = best && !plan.within && plan.keys.some((key) => (facts.divisions[key] ?? []).some((country) => country !== best.country));
  if (best && elsewhere && best.population < CITY_OVER_DIVISION) return null;
  return best ? { lat: best.lat, lon: best.lon, matched: `${best.name}, ${best.country}` } : null;
}
