import type { Geometry } from 'geojson';

export type LonLat = [number, number];
export function centroidOfMainland(geometry: Geometry): LonLat;
export function buildCountryCentroids(): Map<string, LonLat>;
