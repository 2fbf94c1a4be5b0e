import { explorerFocusHref } from '@/lib/cy/url-state';
import type { MapPin } from '@/lib/geo/place-map';

const round = (n: number) => n.toFixed(2);

/** The pins as a table: for reading with a screen reader, and to see what each name was matched to. */
export function PlaceTable({ pins }: { pins: MapPin[] }) {
  if (pins.length === 0) return <p>No place in the graph has coordinates yet: ingest articles that name cities or countries.</p>;
  return (
    <details className="place-table">
      <summary>The {pins.length} places on the map, as a table</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">Place</th>
            <th scope="col">Mentions</th>
            <th scope="col">Articles</th>
            <th scope="col">Matched to</th>
            <th scope="col">Latitude, longitude</th>
          </tr>
        </thead>
        <tbody>
          {pins.map((p) => (
            <tr key={p.id}>
              <td>
                <a href={explorerFocusHref(p.id)}>{p.name}</a>
              </td>
              <td>{p.mentions}</td>
              <td>{p.articles}</td>
              <td>{p.matched}</td>
              <td>
                {round(p.lat)}, {round(p.lon)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
