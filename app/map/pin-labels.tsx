import { useMemo } from 'react';
import type { MapPin } from '@/lib/geo/place-map';
import { choosePinLabels } from '@/lib/geo/pin-labels';

/** Font size in screen pixels; divided by the zoom, as the pins' radii are. */
const FONT_PX = 11.5;

/** Names beside the most mentioned pins, where they fit. Hidden from screen readers: each pin's link says its name. */
export function PinLabels({ pins, zoom }: { pins: MapPin[]; zoom: number }) {
  const labels = useMemo(() => choosePinLabels(pins, zoom), [pins, zoom]);
  return (
    <g className="map-labels" aria-hidden="true" fontSize={FONT_PX / zoom}>
      {labels.map((label) => (
        <text key={label.id} x={label.x} y={label.y} dominantBaseline="central" data-entity-id={label.id}>
          {label.name}
        </text>
      ))}
    </g>
  );
}
