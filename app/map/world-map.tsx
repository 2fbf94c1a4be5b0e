'use client';

import { useReducer, useRef } from 'react';
import type { Basemap } from '@/lib/geo/basemap';
import { FOCUS_ZOOM, isVisible, reduceMapView, viewBoxOf, WORLD_VIEW, type MapView } from '@/lib/geo/map-view';
import type { MapPin } from '@/lib/geo/place-map';
import { BasemapPaths } from './basemap-paths';
import { MapPins } from './map-pins';
import { PinLabels } from './pin-labels';
import { usePointerZoom } from './use-pointer-zoom';

type Props = { basemap: Basemap; pins: MapPin[]; focus: string | null };

const ZOOM_STEP = 1.6;
/** Map units per arrow key press, at zoom 1 (less when zoomed in, so a press moves the same distance on screen). */
const PAN_STEP = 40;

function initialView(pins: MapPin[], focus: string | null): MapView {
  const pin = focus ? pins.find((p) => p.id === focus) : undefined;
  return pin ? reduceMapView(WORLD_VIEW, { type: 'show', x: pin.x, y: pin.y, k: FOCUS_ZOOM }) : WORLD_VIEW;
}

/** The world map with its pins: zoom with the buttons, the wheel or + and -, pan by dragging or with the arrow keys. */
export function WorldMap({ basemap, pins, focus }: Props) {
  const [view, dispatch] = useReducer(reduceMapView, undefined, () => initialView(pins, focus));
  const svgRef = useRef<SVGSVGElement>(null);
  const dragged = usePointerZoom(svgRef, view, dispatch);
  const onKeyDown = (event: React.KeyboardEvent) => {
    const step = PAN_STEP / view.k;
    const moves: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
    const move = moves[event.key];
    if (move) dispatch({ type: 'pan', dx: move[0], dy: move[1] });
    else if (event.key === '+' || event.key === '=') dispatch({ type: 'zoom', factor: ZOOM_STEP });
    else if (event.key === '-') dispatch({ type: 'zoom', factor: 1 / ZOOM_STEP });
    else return;
    event.preventDefault();
  };
  return (
    <div className="world-map" onKeyDown={onKeyDown}>
      <div className="map-controls" role="group" aria-label="Zoom">
        <button type="button" onClick={() => dispatch({ type: 'zoom', factor: ZOOM_STEP })} aria-label="Zoom in">
          +
        </button>
        <button type="button" onClick={() => dispatch({ type: 'zoom', factor: 1 / ZOOM_STEP })} aria-label="Zoom out">
          −
        </button>
        <button type="button" onClick={() => dispatch({ type: 'reset' })}>
          Whole world
        </button>
        <span className="muted">Tab through the pins; arrow keys pan, + and − zoom.</span>
      </div>
      <svg
        ref={svgRef}
        className="world-map-svg"
        viewBox={viewBoxOf(view).join(' ')}
        role="group"
        aria-label="World map of the places named in the articles"
        data-zoom={view.k}
        onClickCapture={(event) => {
          // The end of a drag is not a click on the pin under the pointer.
          if (dragged.current) event.preventDefault();
        }}
      >
        <BasemapPaths basemap={basemap} />
        <MapPins
          pins={pins}
          focus={focus}
          zoom={view.k}
          onPinFocus={(pin) => {
            if (!isVisible(view, pin.x, pin.y)) dispatch({ type: 'show', x: pin.x, y: pin.y });
          }}
        />
        <PinLabels pins={pins} zoom={view.k} />
      </svg>
    </div>
  );
}
