import { explorerFocusHref } from '@/lib/cy/url-state';
import type { MapPin } from '@/lib/geo/place-map';

type Props = { pins: MapPin[]; focus: string | null; zoom: number; onPinFocus: (pin: MapPin) => void };

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * One link per place, opening it in the explorer with its neighbours. Radii are divided by the zoom so pins keep
 * their size on screen while the world grows under them.
 */
export function MapPins({ pins, focus, zoom, onPinFocus }: Props) {
  return (
    <g className="map-pins">
      {pins.map((pin) => {
        const label = `${pin.name}: ${plural(pin.mentions, 'mention')} in ${plural(pin.articles, 'article')}. Open in the explorer`;
        return (
          <a
            key={pin.id}
            href={explorerFocusHref(pin.id)}
            aria-label={label}
            aria-current={pin.id === focus ? 'true' : undefined}
            className={pin.id === focus ? 'map-pin focused' : 'map-pin'}
            data-entity-id={pin.id}
            onFocus={() => onPinFocus(pin)}
          >
            <circle cx={pin.x} cy={pin.y} r={pin.r / zoom} vectorEffect="non-scaling-stroke">
              <title>{`${pin.name} (${plural(pin.mentions, 'mention')}; ${pin.matched})`}</title>
            </circle>
          </a>
        );
      })}
    </g>
  );
}
