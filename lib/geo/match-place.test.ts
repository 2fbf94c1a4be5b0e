import { describe, expect, it } from 'vitest';
import { buildGazetteer, getGazetteer } from '@/lib/extract/gazetteer/load';
import type { GazetteerEntry } from '@/lib/extract/gazetteer/types';
import { countryCodeOf } from './country-code';
import type { City, GeoFacts } from './geo-lookup';
import { keysOf, placeByPlan, planPlace, type PlaceEntity } from './match-place';
import { placeKey } from './place-key.mjs';

const loc = (id: string, name: string, names: string[], extra: Partial<GazetteerEntry> = {}): GazetteerEntry => ({
  id,
  name,
  type: 'Location',
  names: [name, ...names],
  acronyms: [],
  ...extra,
});
const gazetteer = buildGazetteer([
  loc('loc-ekaterinburg', 'Ekaterinburg', ['Iekaterinbourg', 'Yekaterinburg'], { kind: 'city', country: 'RU' }),
  loc('loc-vienna', 'Vienna', ['Vienne'], { kind: 'city', country: 'AT' }),
  loc('loc-switzerland', 'Switzerland', ['Suisse'], { kind: 'country', country: 'CH' }),
  loc('loc-chechnya', 'Chechnya', ['Tchétchénie'], { kind: 'region', country: 'RU' }),
]);
const city = (name: string, country: string, population: number, lat: number, lon: number): City => ({ name, country, population, lat, lon });
// As the geo worker answers: per key, the most populous city of that name in each country.
const facts: GeoFacts = {
  cities: {
    yekaterinburg: [city('Yekaterinburg', 'RU', 1349772, 56.85, 60.61)],
    geneve: [city('Genève', 'CH', 183981, 46.2, 6.15)],
    geneva: [city('Geneva', 'US', 21806, 41.89, -88.31)],
    paris: [city('Paris', 'FR', 2138551, 48.85, 2.35), city('Paris', 'US', 24782, 33.66, -95.56)],
    // A made-up bigger Vienna elsewhere: the gazetteer's country must still win.
    vienna: [city('Vienna', 'US', 9_999_999, 38.9, -77.27), city('Vienna', 'AT', 1691468, 48.21, 16.37)],
    virginia: [city('Virginia', 'ZA', 122502, -28.1, 26.86)],
    florence: [city('Florence', 'IT', 371517, 43.77, 11.25)],
  },
  countries: { CH: [8.21, 46.8], RU: [95.5, 65.9] },
  // Also the names of GeoNames divisions: a US state; Paris and Florence, a département and a province too.
  divisions: { virginia: ['US'], paris: ['FR'], florence: ['IT'] },
};
const place = (name: string, aliases: string[] = [], id = `loc-test-${placeKey(name)}`): PlaceEntity => ({ id, name, aliases });
const locate = (p: PlaceEntity) => placeByPlan(planPlace(p, gazetteer, countryCodeOf), facts);

describe('placeKey', () => {
  it('ignores accents, case, punctuation, and reads St as Saint', () => {
    expect(placeKey('Genève')).toBe('geneve');
    expect(placeKey('Washington, D.C.')).toBe('washington dc');
    expect(placeKey('St. Petersburg')).toBe(placeKey('Saint-Petersburg'));
    expect(placeKey('N’Djamena')).toBe('ndjamena');
  });
});

describe('placing a Location entity', () => {
  it('reaches GeoNames through the gazetteer’s other names (French Iekaterinbourg → Yekaterinburg)', () => {
    expect(locate(place('Iekaterinbourg', [], 'loc-iekaterinbourg'))).toEqual({ lat: 56.85, lon: 60.61, matched: 'Yekaterinburg, RU' });
    expect(locate(place('Ekaterinburg', [], 'loc-ekaterinburg'))?.matched).toBe('Yekaterinburg, RU');
  });

  it('takes the most populous city across all names and countries when nothing says which', () => {
    expect(locate(place('Geneva', ['Genève']))?.matched).toBe('Genève, CH');
    expect(locate(place('Geneva'))?.matched).toBe('Geneva, US');
    expect(locate(place('Paris'))?.matched).toBe('Paris, FR');
  });

  it('takes a division’s name for the division when the city of that name lies in another country', () => {
    expect(locate(place('Virginia'))).toBeNull();
    expect(locate(place('Paris'))?.matched).toBe('Paris, FR');
    expect(locate(place('Florence'))?.matched).toBe('Florence, IT');
  });

  it('keeps to the country the gazetteer gives, even when a bigger namesake exists elsewhere', () => {
    expect(locate(place('Vienne'))?.matched).toBe('Vienna, AT');
  });

  it('puts countries at their centroid, known to the gazetteer or only to the country list (en and fr)', () => {
    expect(locate(place('Suisse'))).toEqual({ lon: 8.21, lat: 46.8, matched: 'country CH' });
    expect(locate(place('Russie'))?.matched).toBe('country RU');
    expect(locate(place('Russia'))?.matched).toBe('country RU');
  });

  it('leaves regions and unknown names unplaced rather than guessing', () => {
    expect(locate(place('Tchétchénie'))).toBeNull();
    expect(locate(place('Atlantis'))).toBeNull();
    // A country the centroids lack.
    expect(locate(place('Tuvalu'))).toBeNull();
  });

  it('asks the worker for every key of a batch once per plan', () => {
    const plans = [place('Iekaterinbourg'), place('Suisse'), place('Tchétchénie')].map((p) => planPlace(p, gazetteer, countryCodeOf));
    expect(keysOf(plans)).toEqual({ keys: ['iekaterinbourg', 'ekaterinburg', 'yekaterinburg'], countries: ['CH'] });
  });
});

describe('with the project’s gazetteer (graph-seed/gazetteer)', () => {
  const plan = (p: PlaceEntity) => planPlace(p, getGazetteer(), countryCodeOf);
  it('knows the French and English forms of the seed’s places', () => {
    expect(plan(place('Iekaterinbourg'))).toMatchObject({ kind: 'city', within: 'RU' });
    expect(plan(place('Iekaterinbourg')).kind === 'city' && plan(place('Iekaterinbourg'))).toMatchObject({ keys: expect.arrayContaining(['yekaterinburg']) });
    expect(placeByPlan(plan(place('Geneva')), facts)?.matched).toBe('Genève, CH');
    expect(plan(place('Fédération de Russie'))).toEqual({ kind: 'country', country: 'RU' });
  });
});
