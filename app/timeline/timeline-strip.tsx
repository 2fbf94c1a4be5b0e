'use client';

import { useRef, useState } from 'react';
import { bucketLabel, type Histogram } from '@/lib/timeline/buckets';
import { barAt, keyRange, rangeBetween, rangeToDates, type BrushRange, type DateRange } from '@/lib/timeline/brush';
import { StripTable } from './strip-table';

type Props = { histogram: Histogram; range: BrushRange; onBrush: (dates: DateRange) => void };

const UNIT = { day: 'day', month: 'month', year: 'year' } as const;
const TICKS = 8;

/**
 * Counts per bar (mentions below, evidence stacked on top). Drag across bars to brush a range, or focus the strip
 * and use the arrow keys; the range becomes the filter's dates (lib/timeline/brush.ts).
 */
export function TimelineStrip({ histogram, range, onBrush }: Props) {
  const { buckets, granularity } = histogram;
  const barsRef = useRef<HTMLDivElement>(null);
  const anchor = useRef<number | null>(null);
  const [dragging, setDragging] = useState(false);
  if (buckets.length === 0) return <p className="muted">None of these articles has a publication date, so there is no time axis to draw.</p>;
  const max = Math.max(1, ...buckets.map((b) => b.mentions + b.evidence));
  const barUnder = (clientX: number) => {
    const box = barsRef.current!.getBoundingClientRect();
    return barAt(clientX - box.left, box.width, buckets.length);
  };
  const brush = (next: BrushRange) => onBrush(rangeToDates(buckets, next));
  const every = Math.ceil(buckets.length / TICKS);
  const described = range ? `${bucketLabel(buckets[range.start]!, granularity)} to ${bucketLabel(buckets[range.end]!, granularity)}` : 'no range';
  return (
    <div className="strip-wrap">
      <div
        className={`strip${dragging ? ' dragging' : ''}`}
        role="group"
        tabIndex={0}
        aria-roledescription="time range brush"
        aria-label={`Mentions by ${UNIT[granularity]}, ${bucketLabel(buckets[0]!, granularity)} to ${bucketLabel(buckets.at(-1)!, granularity)}. Brushed: ${described}.`}
        aria-describedby="strip-help"
        data-testid="timeline-strip"
        data-granularity={granularity}
        onKeyDown={(event) => {
          const next = keyRange(range, event.key, event.shiftKey, buckets.length);
          if (next === undefined) return;
          event.preventDefault();
          brush(next);
        }}
        onPointerDown={(event) => {
          if (event.button !== 0) return;
          event.currentTarget.setPointerCapture(event.pointerId);
          anchor.current = barUnder(event.clientX);
          setDragging(true);
          brush(rangeBetween(anchor.current, anchor.current));
        }}
        onPointerMove={(event) => {
          if (anchor.current === null) return;
          brush(rangeBetween(anchor.current, barUnder(event.clientX)));
        }}
        onPointerUp={() => {
          anchor.current = null;
          setDragging(false);
        }}
      >
        <div className="bars" ref={barsRef} aria-hidden="true">
          {buckets.map((b, i) => {
            const inside = !range || (i >= range.start && i <= range.end);
            return (
              <div
                key={b.key}
                className={`bar${inside ? '' : ' outside'}${range && inside ? ' brushed' : ''}`}
                data-key={b.key}
                title={`${bucketLabel(b, granularity)}: ${b.mentions} mention${b.mentions === 1 ? '' : 's'}, ${b.evidence} evidence`}
              >
                <span className="evidence-part" style={{ height: `${(b.evidence / max) * 100}%` }} />
                <span className="mention-part" style={{ height: `${(b.mentions / max) * 100}%` }} />
              </div>
            );
          })}
        </div>
        <div className="axis" aria-hidden="true">
          {buckets.map((b, i) => (
            <span key={b.key} className={i === 0 || i === buckets.length - 1 ? 'tick-end' : 'tick-mid'}>
              {i % every === 0 || i === buckets.length - 1 ? bucketLabel(b, granularity) : ''}
            </span>
          ))}
        </div>
      </div>
      <p id="strip-help" className="muted strip-help">
        Drag across the bars, or focus them and press ←/→ to move the range, Shift+←/→ to widen or narrow it, Home/End, Esc to clear.{' '}
        <span className="legend-mention">Mentions</span> <span className="legend-evidence">Relation evidence</span>
      </p>
      <StripTable histogram={histogram} />
    </div>
  );
}
