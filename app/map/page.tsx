import './map.css';
import type { Metadata } from 'next';
import { DatabaseDown } from '@/app/explorer/database-down';
import { getBasemap } from '@/lib/geo/basemap';
import { GeoDataError } from '@/lib/geo/geo-lookup';
import { getPlaceMap } from '@/lib/geo/place-map';
import { orUnavailable } from '@/lib/result';
import { MapAttribution } from './map-attribution';
import { PlaceTable } from './place-table';
import { UnplacedPlaces } from './unplaced-places';
import { WorldMap } from './world-map';

export const metadata: Metadata = { title: 'Map · newsgraph' };
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Every place the articles name, as a pin on an offline world map; ?focus=<entity id> highlights one. */
export default async function MapPage({ searchParams }: Props) {
  const focusParam = (await searchParams).focus;
  const result = await orUnavailable(async () => {
    try {
      return { ok: true as const, map: await getPlaceMap() };
    } catch (error) {
      if (error instanceof GeoDataError) return { ok: false as const, message: error.message };
      throw error;
    }
  });
  if (!result.ok) return <DatabaseDown message={result.message} />;
  if (!result.value.ok)
    return (
      <section className="error-box" role="alert">
        <h1>The map cannot be drawn</h1>
        <p>{result.value.message}</p>
      </section>
    );
  const { pins, unplaced, total } = result.value.map;
  const focus = typeof focusParam === 'string' && pins.some((p) => p.id === focusParam) ? focusParam : null;
  const considered = pins.length + unplaced.length;
  return (
    <div className="map-page">
      <h1>Map</h1>
      <p className="muted" role="status" data-testid="map-summary">
        {pins.length} place{pins.length === 1 ? '' : 's'} on the map · {unplaced.length} place{unplaced.length === 1 ? '' : 's'} without coordinates
        {total > considered && ` · the ${considered} most mentioned of ${total} places`}
      </p>
      <WorldMap basemap={getBasemap()} pins={pins} focus={focus} />
      <MapAttribution />
      <UnplacedPlaces places={unplaced} />
      <PlaceTable pins={pins} />
    </div>
  );
}
