import type { FilterFacets } from '@/lib/filters/facets';

type Props = { dates: FilterFacets['dates']; from?: string; to?: string };

/** Articles per date as small bars (like Bloom's Slicer); bars inside the chosen range are highlighted. */
export function DateHistogram({ dates, from, to }: Props) {
  if (dates.length === 0) return <p className="muted">No articles yet.</p>;
  const max = Math.max(...dates.map((d) => d.count));
  const width = 260;
  const barWidth = Math.max(2, Math.min(24, width / dates.length - 2));
  return (
    <svg
      role="img"
      aria-label={`Articles by published date, ${dates[0]?.date} to ${dates.at(-1)?.date}`}
      width={width}
      height={48}
      className="date-histogram"
      data-testid="date-histogram"
    >
      {dates.map((d, i) => {
        const inRange = (!from || d.date >= from) && (!to || d.date <= to);
        const height = Math.max(3, (d.count / max) * 36);
        const x = dates.length === 1 ? width / 2 - barWidth / 2 : (i / (dates.length - 1)) * (width - barWidth);
        return (
          <rect key={d.date} x={x} y={40 - height} width={barWidth} height={height} fill={inRange ? '#1f5fa8' : '#c9d3df'}>
            <title>{`${d.date}: ${d.count} article${d.count === 1 ? '' : 's'}`}</title>
          </rect>
        );
      })}
      <text x={0} y={48} fontSize={8} fill="#666">
        {dates[0]?.date}
      </text>
      <text x={width} y={48} fontSize={8} fill="#666" textAnchor="end">
        {dates.at(-1)?.date}
      </text>
    </svg>
  );
}
