import type { FilterState } from '@/lib/filters/state';
import type { Bucket } from './buckets';

/** A brushed range of bars, first and last index inclusive; null when nothing is brushed. */
export type BrushRange = { start: number; end: number } | null;

/** The filter's own date bounds (lib/filters/state.ts): the brush writes these and nothing else. */
export type DateRange = { publishedFrom?: string; publishedTo?: string };

/** The bar under a pointer `x` pixels from the strip's left edge, clamped to the strip. */
export function barAt(x: number, width: number, count: number): number {
  if (count <= 0 || width <= 0) return 0;
  return Math.min(count - 1, Math.max(0, Math.floor((x / width) * count)));
}

/** A drag from bar `a` to bar `b`, in either direction. */
export function rangeBetween(a: number, b: number): BrushRange {
  return { start: Math.min(a, b), end: Math.max(a, b) };
}

/**
 * Keyboard brushing on the strip: arrows move the range a bar at a time (the first arrow brushes the first or
 * last bar), Shift+arrows move its end (at least one bar stays), Home/End jump to the ends, Escape clears.
 * Returns undefined for keys the strip does not handle, so the browser keeps them.
 */
export function keyRange(range: BrushRange, key: string, shift: boolean, count: number): BrushRange | undefined {
  if (count <= 0) return undefined;
  const last = count - 1;
  if (key === 'Escape') return null;
  if (key === 'Home' || key === 'End') {
    const width = range ? range.end - range.start : 0;
    return key === 'Home' ? { start: 0, end: width } : { start: last - width, end: last };
  }
  const step = key === 'ArrowRight' || key === 'ArrowUp' ? 1 : key === 'ArrowLeft' || key === 'ArrowDown' ? -1 : 0;
  if (step === 0) return undefined;
  if (!range) return step > 0 ? { start: 0, end: 0 } : { start: last, end: last };
  if (shift) return { start: range.start, end: Math.min(last, Math.max(range.start, range.end + step)) };
  const moved = Math.min(last - range.end, Math.max(-range.start, step));
  return { start: range.start + moved, end: range.end + moved };
}

/** The dates a brushed range stands for: from the first bar's first day to the last bar's last day. */
export function rangeToDates(buckets: readonly Bucket[], range: BrushRange): DateRange {
  const [first, last] = range ? [buckets[range.start], buckets[range.end]] : [undefined, undefined];
  return first && last ? { publishedFrom: first.from, publishedTo: last.to } : {};
}

/** The bars a date range touches (dates typed in the inputs need not fall on bar edges); null when none. */
export function datesToRange(buckets: readonly Bucket[], dates: DateRange): BrushRange {
  if (!dates.publishedFrom && !dates.publishedTo) return null;
  const inside = buckets.flatMap((b, i) => ((!dates.publishedFrom || b.to >= dates.publishedFrom) && (!dates.publishedTo || b.from <= dates.publishedTo) ? [i] : []));
  return inside.length > 0 ? { start: inside[0]!, end: inside.at(-1)! } : null;
}

/** True when an article date falls in the range; an unknown date never does (as in the Cypher filter). */
export function inDateRange(publishedAt: string | null, dates: DateRange): boolean {
  if (!dates.publishedFrom && !dates.publishedTo) return true;
  if (!publishedAt) return false;
  return (!dates.publishedFrom || publishedAt >= dates.publishedFrom) && (!dates.publishedTo || publishedAt <= dates.publishedTo);
}

/** The explorer's filter state with the brushed dates in place of its own; every other field is kept. */
export function withDates(state: FilterState, dates: DateRange): FilterState {
  return { ...state, publishedFrom: dates.publishedFrom, publishedTo: dates.publishedTo };
}

/** Inverted inputs (from after to) are swapped rather than refused: the user meant the range between them. */
export function orderedDates(dates: DateRange): DateRange {
  const { publishedFrom, publishedTo } = dates;
  return publishedFrom && publishedTo && publishedFrom > publishedTo ? { publishedFrom: publishedTo, publishedTo: publishedFrom } : dates;
}
