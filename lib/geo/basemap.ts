import { geoGraticule10, geoPath } from 'd3-geo';
import type { Feature } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-110m.json';
import { makeProjection } from './projection';

/** The world drawn as SVG paths in map units: the globe's outline, a 10° graticule and the countries. */
export type Basemap = { sphere: string; graticule: string; countries: { id: string; name: string; d: string }[] };

let cached: Basemap | undefined;

/**
 * Natural Earth 1:110m (world-atlas), projected on the server once per process: the browser receives about
 * 100 kB of path data and never the TopoJSON, nor any tile from anywhere.
 */
export function getBasemap(): Basemap {
  if (cached) return cached;
  const path = geoPath(makeProjection()).digits(1);
  const topology = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const countries = (feature(topology, topology.objects.countries).features as Feature<GeoJSON.Geometry, { name: string }>[]).map((f, i) => ({
    id: String(f.id ?? `x${i}`),
    name: f.properties.name,
    d: path(f) ?? '',
  }));
  cached = { sphere: path({ type: 'Sphere' }) ?? '', graticule: path(geoGraticule10()) ?? '', countries };
  return cached;
}
