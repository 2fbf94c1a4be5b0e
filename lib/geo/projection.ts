import { geoNaturalEarth1, type GeoProjection } from 'd3-geo';

/**
 * The map's one projection, shared by the basemap, the pins and the browser spec (which checks that a pin sits
 * where its coordinates project). Natural Earth: a compromise projection that keeps the poles from ballooning.
 */
export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 500;
const MARGIN = 8;

export function makeProjection(): GeoProjection {
  return geoNaturalEarth1().fitExtent(
    [
      [MARGIN, MARGIN],
      [MAP_WIDTH - MARGIN, MAP_HEIGHT - MARGIN],
    ],
    { type: 'Sphere' },
  );
}

/** [x, y] in map units (the SVG's viewBox) of a point given in degrees. */
export function project(lon: number, lat: number): [number, number] {
  const [x, y] = makeProjection()([lon, lat]) ?? [NaN, NaN];
  return [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
}
