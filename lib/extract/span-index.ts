/** Whether two spans share a character. */
export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/**
 * Whether a span overlaps any of `spans`, by binary search over their starts: the spans are taken as they are
 * when the index is built. `longest` bounds how far back an overlapping span may start.
 */
export function overlapIndex(spans: { start: number; end: number }[]): (span: { start: number; end: number }) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const longest = sorted.reduce((n, x) => Math.max(n, x.end - x.start), 0);
  return (span) => {
    let [lo, hi] = [0, sorted.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.start < span.start - longest) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < sorted.length && sorted[k]!.start < span.end; k += 1) if (overlaps(sorted[k]!, span)) return true;
    return false;
  };
}
