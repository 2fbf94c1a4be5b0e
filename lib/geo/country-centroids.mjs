// Plain JavaScript, run in the geo worker (geo-worker.mjs): computing centroids from Natural Earth 1:50m takes
// more than half a second, which must not happen on the server's request thread.
import { createRequire } from 'node:module';
import { geoArea, geoCentroid } from 'd3-geo';
import countries from 'i18n-iso-countries';
import { feature } from 'topojson-client';

const require = createRequire(import.meta.url);

/**
 * A country's point on the map: the centroid of its largest polygon, so that France sits in France rather than
 * in the Atlantic between Paris and French Guiana, and the United States in the lower 48 rather than towards Alaska.
 */
export function centroidOfMainland(geometry) {
  if (geometry.type !== 'MultiPolygon') return geoCentroid(geometry);
  let largest;
  for (const coordinates of geometry.coordinates) {
    const part = { type: 'Polygon', coordinates };
    const area = geoArea(part);
    if (!largest || area > largest.area) largest = { part, area };
  }
  return geoCentroid(largest.part);
}

/** ISO 3166-1 alpha-2 code → [lon, lat], from world-atlas; territories without an ISO code are left out. */
export function buildCountryCentroids() {
  const topology = require('world-atlas/countries-50m.json');
  const centroids = new Map();
  for (const f of feature(topology, topology.objects.countries).features) {
    const alpha2 = f.id === undefined ? undefined : countries.numericToAlpha2(String(f.id));
    if (alpha2 && f.geometry) centroids.set(alpha2, centroidOfMainland(f.geometry));
  }
  return centroids;
}
