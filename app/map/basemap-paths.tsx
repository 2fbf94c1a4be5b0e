import { memo } from 'react';
import type { Basemap } from '@/lib/geo/basemap';

/** The countries, drawn once: zooming changes only the viewBox, so React never diffs these paths again. */
export const BasemapPaths = memo(function BasemapPaths({ basemap }: { basemap: Basemap }) {
  return (
    <g aria-hidden="true">
      <path className="map-sphere" d={basemap.sphere} />
      <path className="map-graticule" d={basemap.graticule} />
      {basemap.countries.map((c) => (
        <path key={c.id} className="map-country" d={c.d} data-country={c.name} />
      ))}
    </g>
  );
});
