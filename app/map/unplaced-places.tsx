import { explorerFocusHref } from '@/lib/cy/url-state';
import type { UnplacedPlace } from '@/lib/geo/place-map';

/** The places the map could not put anywhere (regions, misspellings, places too small for GeoNames' list). */
export function UnplacedPlaces({ places }: { places: UnplacedPlace[] }) {
  if (places.length === 0) return null;
  return (
    <details className="unplaced">
      <summary>
        {places.length} place{places.length === 1 ? '' : 's'} without coordinates
      </summary>
      <p className="muted">
        Regions and continents have no single point; other names matched no city of 1,000 people or more, nor a country. A curation rename to the usual English or French name
        usually places them.
      </p>
      <ul>
        {places.map((p) => (
          <li key={p.id}>
            <a href={explorerFocusHref(p.id)}>{p.name}</a> <span className="muted">({p.mentions} mentions)</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
