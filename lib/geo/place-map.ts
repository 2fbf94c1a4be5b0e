import { getGazetteer } from '@/lib/extract/gazetteer/load';
import { listPlaces, type PlaceRow } from '@/lib/graph/places';
import { countryCodeOf } from './country-code';
import { lookupGeo } from './geo-lookup';
import { keysOf, placeByPlan, planPlace } from './match-place';
import { project } from './projection';

/** A place on the map, in map units (projection.ts). */
export type MapPin = { id: string; name: string; mentions: number; articles: number; matched: string; lat: number; lon: number; x: number; y: number; r: number };
export type UnplacedPlace = { id: string; name: string; mentions: number };
/** `total` counts every Location entity; `pins` and `unplaced` cover the MAX_PLACES most mentioned. */
export type PlaceMap = { pins: MapPin[]; unplaced: UnplacedPlace[]; total: number };

const MIN_RADIUS = 3;
const MAX_RADIUS = 12;

/** Pin radius by mentions, by area (square root), so that twice the mentions looks twice as big rather than four times. */
export function pinRadius(mentions: number, mostMentions: number): number {
  if (mostMentions <= 0) return MIN_RADIUS;
  const share = Math.sqrt(Math.max(0, mentions) / mostMentions);
  return Math.round((MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * share) * 10) / 10;
}

/**
 * Coordinates are resolved when the map is read, not stored at ingest: a rename, merge or split in curation,
 * a better gazetteer or a newer GeoNames package then shows at once, with no migration of stored graphs.
 * The cost is one lookup in the geo worker per map (a few ms once its data is built).
 */
export async function getPlaceMap(): Promise<PlaceMap> {
  const { rows, total } = await listPlaces();
  const gazetteer = getGazetteer();
  const plans = rows.map((row) => planPlace(row, gazetteer, countryCodeOf));
  const { keys, countries } = keysOf(plans);
  const facts = await lookupGeo(keys, countries);
  const mostMentions = Math.max(0, ...rows.map((r) => r.mentions));
  const pins: MapPin[] = [];
  const unplaced: UnplacedPlace[] = [];
  rows.forEach((row: PlaceRow, i) => {
    const placement = placeByPlan(plans[i]!, facts);
    if (!placement) {
      unplaced.push({ id: row.id, name: row.name, mentions: row.mentions });
      return;
    }
    const [x, y] = project(placement.lon, placement.lat);
    pins.push({ id: row.id, name: row.name, mentions: row.mentions, articles: row.articles, ...placement, x, y, r: pinRadius(row.mentions, mostMentions) });
  });
  // Most mentioned first: the keyboard meets the main places first, and the small pins are drawn on top of the big.
  pins.sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
  return { pins, unplaced, total };
}
